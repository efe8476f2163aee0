// Composes sensor -> estimation worker -> records, and publishes the kiosk API's state and events.
import type { CallHandlers, EventName, EventPayload } from '../contract/api.js';
import type {
  DailyCount,
  KioskSnapshot,
  Mode,
  Outcome,
  Room,
  ScreeningState,
  SensorStatus,
} from '../contract/schemas.js';
import { EstimationClient, type WorkerResult } from './estimation/worker-client.js';
import { defaultEngineSettings, type EngineSettings } from './estimation/engine-settings.js';
import { emptyDay, type CountsStore } from './records/counts-store.js';
import { localDate } from './records/local-date.js';
import type { ThermalFrame } from './sensor/frame.js';

export interface SensorSink {
  onFrame: (frame: ThermalFrame) => void;
  onStatus: (status: SensorStatus) => void;
}

export interface FrameSource {
  start(): void;
  stop(): Promise<void>;
  status(): SensorStatus;
}

export interface KioskOptions {
  mode: Mode;
  /** The counts store, or the reason it could not be opened (screening then pauses). */
  records: CountsStore | { error: string };
  openSensor: ((sink: SensorSink) => FrameSource) | null;
  settings?: EngineSettings;
  workerUrl?: URL | string;
  /** Frames the worker may fall behind by before frames are dropped. */
  maxBacklog?: number;
  now?: () => Date;
  log?: (line: string) => void;
}

const FAULT_PAUSE = {
  stalled: 'sensor-stalled',
  frozen: 'sensor-frozen',
  garbage: 'sensor-garbage',
} as const satisfies Record<NonNullable<SensorStatus['fault']>, string>;

export type KioskListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

const NO_SENSOR: SensorStatus = {
  state: 'none',
  fault: null,
  port: null,
  protocol: null,
  baud: null,
  frames: 0,
  checksumErrors: 0,
  malformed: 0,
  resyncs: 0,
  bytesDiscarded: 0,
  reconnects: 0,
  rateHz: null,
  lastError: 'no sensor chosen: start the kiosk with --sensor PATH',
  lastErrorAt: null,
};

export class Kiosk {
  readonly tally: Record<Outcome, number> = { pass: 0, refer: 0, retry: 0 };
  private readonly listeners = new Set<KioskListener>();
  private readonly estimation: EstimationClient;
  private sensor: FrameSource | null = null;
  private sensorStatus: SensorStatus = NO_SENSOR;
  private workerState: ScreeningState = { screen: 'paused', reason: 'starting' };
  private shown: ScreeningState = { screen: 'paused', reason: 'starting' };
  private recordsError: string | null;
  private estimatorRestarting = false;
  private room: Room = 'unknown';
  private watchdog: NodeJS.Timeout | null = null;
  private lastSensorJson = '';
  framesSubmitted = 0;

  constructor(private readonly options: KioskOptions) {
    this.recordsError = 'error' in options.records ? options.records.error : null;
    this.estimation = new EstimationClient({
      workerUrl: options.workerUrl,
      maxBacklog: options.maxBacklog,
      onResult: (result) => this.onResult(result),
      onError: (message) => this.log(`estimation: ${message}`),
      onRestarting: (restarting) => {
        this.estimatorRestarting = restarting;
        this.refresh();
      },
    });
  }

  async start(): Promise<void> {
    await this.estimation.configure(
      this.options.settings ?? defaultEngineSettings(localDate(this.now())),
    );
    if (this.options.openSensor) {
      this.sensor = this.options.openSensor({
        onFrame: (frame) => this.onFrame(frame),
        onStatus: (status) => this.onSensorStatus(status),
      });
      this.sensor.start();
    }
    // Publishes the sensor's counters once a second (its state changes arrive at once).
    this.watchdog = setInterval(() => this.publishSensor(), 1000);
    this.refresh();
  }

  async stop(): Promise<void> {
    if (this.watchdog) clearInterval(this.watchdog);
    await this.sensor?.stop();
    await this.estimation.close();
    if (!('error' in this.options.records)) this.options.records.close();
  }

  subscribe(listener: KioskListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get framesProcessed(): number {
    return this.estimation.processed + this.estimation.dropped;
  }

  readonly handlers: CallHandlers = {
    getSnapshot: () => this.snapshot(),
    getCounts: (range) => {
      const records = this.options.records;
      if ('error' in records) throw new Error(records.error);
      return records.counts(range);
    },
  };

  snapshot(): KioskSnapshot {
    return {
      mode: this.options.mode,
      estimatorCrashes: this.estimation.crashes,
      room: this.room,
      state: this.shown,
      sensor: this.currentSensor(),
      today: this.today(),
    };
  }

  private onFrame(frame: ThermalFrame): void {
    this.framesSubmitted++;
    this.estimation.submit(frame);
  }

  private onResult(result: WorkerResult): void {
    for (const warning of result.warnings) this.log(`estimation: ${warning}`);
    if (result.observation.ambient !== this.room) {
      this.room = result.observation.ambient;
      if (this.room === 'cold' || this.room === 'warm') {
        this.log(
          `kiosk: the room is too ${this.room} for reliable screening (18–24 °C recommended)`,
        );
      }
      this.emit('room', this.room);
    }
    this.workerState = result.state;
    if (result.verdict) {
      this.record(result.verdict.outcome);
      this.emit('verdict', result.verdict);
    }
    this.refresh();
  }

  private record(outcome: Outcome): void {
    this.tally[outcome]++;
    const records = this.options.records;
    if ('error' in records) return;
    try {
      records.increment(localDate(this.now()), outcome);
      this.emit('counts', this.today());
    } catch (error) {
      // Never screen without counting: pause until staff fixes the storage.
      this.recordsError = `could not save counts: ${error instanceof Error ? error.message : String(error)}`;
      this.log(this.recordsError);
    }
  }

  private onSensorStatus(status: SensorStatus): void {
    this.sensorStatus = status;
    this.publishSensor();
    this.refresh();
  }

  /** Works out what the screen shows: faults pause screening, otherwise the worker decides. */
  private refresh(): void {
    const sensor = this.currentSensor();
    let next: ScreeningState;
    if (this.recordsError) next = { screen: 'paused', reason: 'records-unavailable' };
    else if (this.estimatorRestarting) next = { screen: 'paused', reason: 'estimator-restarting' };
    else if (sensor.state === 'none' || sensor.state === 'disconnected') {
      next = { screen: 'paused', reason: 'sensor-disconnected' };
    } else if (sensor.state !== 'streaming') next = { screen: 'paused', reason: 'starting' };
    else if (sensor.fault) next = { screen: 'paused', reason: FAULT_PAUSE[sensor.fault] };
    else next = this.workerState;
    if (JSON.stringify(next) !== JSON.stringify(this.shown)) {
      this.shown = next;
      this.emit('state', next);
    }
  }

  private publishSensor(): void {
    const status = this.currentSensor();
    const json = JSON.stringify(status);
    if (json === this.lastSensorJson) return;
    this.lastSensorJson = json;
    this.emit('sensor', status);
  }

  private currentSensor(): SensorStatus {
    return this.sensor ? this.sensor.status() : this.sensorStatus;
  }

  private today(): DailyCount {
    const date = localDate(this.now());
    const records = this.options.records;
    return 'error' in records ? emptyDay(date) : records.day(date);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  private log(line: string): void {
    (this.options.log ?? ((l: string) => console.error(l)))(line);
  }
}
