// Screening: frames go to the estimation worker, its verdicts are counted and then shown, and
// faults (sensor, records, worker) pause the screen. A verdict is shown only once it is counted.
// Verdicts also wait until the kiosk is ready: the sensor warmed up, the room in range.
import type {
  Outcome,
  Room,
  ScreeningState,
  SensorStatus,
  VerdictEvent,
} from '../../contract/schemas.js';
import type { BlackbodyState } from '../../contract/staff.js';
import type { EngineSettings } from '../estimation/engine-settings.js';
import type { Box } from '../estimation/observation.js';
import type { CapturedReading } from '../estimation/messages.js';
import { EstimationClient, type WorkerResult } from '../estimation/worker-client.js';
import type { ThermalFrame } from '../sensor/frame.js';
import type { KioskContext } from './kiosk-context.js';
import { WarmUp } from './warm-up.js';

const FAULT_PAUSE = {
  stalled: 'sensor-stalled',
  frozen: 'sensor-frozen',
  garbage: 'sensor-garbage',
  device: 'sensor-problem',
} as const satisfies Record<NonNullable<SensorStatus['fault']>, string>;

/** The room's status that pauses screening (skin readings are unreliable outside 18–24 °C). */
const ROOM_PAUSE = { cold: 'room-too-cold', warm: 'room-too-warm' } as const;

/** The screens that show a verdict (each one counted before it is shown). */
const VERDICT_SCREENS: ReadonlySet<ScreeningState['screen']> = new Set(['pass', 'refer', 'retry']);

export interface ScreeningOptions {
  context: KioskContext;
  sensor: () => SensorStatus;
  /** Counts a verdict; false when it could not be (then it is not shown). */
  count: (outcome: Outcome) => boolean;
  /** Whether counting is impossible now (screening pauses). */
  recordsUnavailable: () => boolean;
  /** The device event's detail for a pause (its reason, and why where the kiosk knows). */
  pauseDetail?: (reason: string) => string;
  /** The one reading staff armed for a site calibration's volunteer. */
  onCapture: (capture: CapturedReading) => void;
  /** The subject's and face's boxes in the latest frame (for the live view). */
  onRegions: (regions: { subject: Box | null; face: Box | null }) => void;
  /** How long a sensor warms up before verdicts (ms; the warmUpMinutes setting). */
  warmUpMs?: () => number;
  workerUrl?: URL | string;
  maxBacklog?: number;
}

export class ScreeningService {
  readonly estimation: EstimationClient;
  framesSubmitted = 0;
  private workerState: ScreeningState = { screen: 'paused', reason: 'starting' };
  private shownState: ScreeningState = { screen: 'paused', reason: 'starting' };
  private restarting = false;
  private roomValue: Room = 'unknown';
  private ambient: number | null = null;
  private blackbody: BlackbodyState = 'unknown';
  /** The worker holds the screen of a verdict that could not be counted. */
  private uncounted = false;
  /** The pause last noted as a device event, or null while screening. */
  private notedPause: string | null = null;
  private readonly warmUp: WarmUp;
  /** Refreshes the screen when the warm-up ends (frames may not arrive to do it). */
  private warmTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: ScreeningOptions) {
    this.warmUp = new WarmUp(options.warmUpMs ?? (() => 0));
    this.estimation = new EstimationClient({
      workerUrl: options.workerUrl,
      maxBacklog: options.maxBacklog,
      onResult: (result) => this.onResult(result),
      onError: (message) => options.context.log(`estimation: ${message}`),
      onRestarting: (restarting) => {
        this.restarting = restarting;
        this.refresh();
      },
    });
  }

  /** What the screen shows now. */
  get shown(): ScreeningState {
    return this.shownState;
  }

  get room(): Room {
    return this.roomValue;
  }

  get ambientC(): number | null {
    return this.ambient;
  }

  get blackbodyState(): BlackbodyState {
    return this.blackbody;
  }

  get estimatorRestarting(): boolean {
    return this.restarting;
  }

  /** While the sensor warms up: when verdicts start (ms since 1970); otherwise null. */
  get warmUpEndsAt(): number | null {
    return this.warmUp.readyAt(this.options.context.now().getTime());
  }

  /** Staff connected or disconnected a sensor: whatever streams next warms up afresh. */
  sensorChanged(): void {
    this.warmUp.restart(this.options.context.now().getTime());
    this.refresh();
  }

  configure(engine: EngineSettings): Promise<void> {
    return this.estimation.configure(engine);
  }

  submit(frame: ThermalFrame): void {
    this.framesSubmitted++;
    this.estimation.submit(frame);
  }

  close(): Promise<void> {
    if (this.warmTimer) clearTimeout(this.warmTimer);
    this.warmTimer = null;
    return this.estimation.close();
  }

  /** Works out what the screen shows: faults pause screening, otherwise the worker decides. */
  refresh(): void {
    const sensor = this.options.sensor();
    const now = this.options.context.now().getTime();
    this.warmUp.track(sensor.state, now);
    let next: ScreeningState;
    if (this.options.recordsUnavailable())
      next = { screen: 'paused', reason: 'records-unavailable' };
    else if (this.restarting) next = { screen: 'paused', reason: 'estimator-restarting' };
    else if (sensor.state === 'none' || sensor.state === 'disconnected') {
      next = { screen: 'paused', reason: 'sensor-disconnected' };
    } else if (sensor.state === 'detecting') {
      next = {
        screen: 'paused',
        reason: sensor.fault ? FAULT_PAUSE[sensor.fault] : 'sensor-detecting',
      };
    } else if (sensor.state !== 'streaming') next = { screen: 'paused', reason: 'starting' };
    else if (sensor.fault) next = { screen: 'paused', reason: FAULT_PAUSE[sensor.fault] };
    else next = this.readiness(now) ?? this.workerState;
    if (JSON.stringify(next) !== JSON.stringify(this.shownState)) {
      this.shownState = next;
      this.notePause(next);
      this.options.context.emit('state', next);
    }
  }

  /** The pause while the kiosk is not ready for verdicts (faults aside), or null when it is. */
  private readiness(now: number): ScreeningState | null {
    const readyAt = this.warmUp.readyAt(now);
    if (readyAt !== null) {
      this.wakeAt(readyAt, now);
      return { screen: 'paused', reason: 'warming-up', readyAt };
    }
    if (this.roomValue === 'cold' || this.roomValue === 'warm') {
      return { screen: 'paused', reason: ROOM_PAUSE[this.roomValue] };
    }
    return null;
  }

  /** One timer for the warm-up's end (unref'd: it never keeps the process alive). */
  private wakeAt(readyAt: number, now: number): void {
    if (this.warmTimer) return;
    this.warmTimer = setTimeout(
      () => {
        this.warmTimer = null;
        this.refresh();
      },
      Math.max(0, readyAt - now) + 5,
    );
    this.warmTimer.unref();
  }

  private onResult(result: WorkerResult): void {
    const { context } = this.options;
    for (const warning of result.warnings) context.log(`estimation: ${warning}`);
    // The one reading staff armed a capture for: into the wizard's memory, nowhere else.
    if (result.capture) this.options.onCapture(result.capture);
    const observation = result.observation;
    this.blackbody = observation.blackbody;
    this.ambient = observation.ambientC;
    this.options.onRegions(observation.regions);
    if (observation.ambient !== this.roomValue) {
      this.roomValue = observation.ambient;
      if (this.roomValue === 'cold' || this.roomValue === 'warm') {
        context.log(
          `kiosk: the room is too ${this.roomValue} for reliable screening (18–24 °C recommended): verdicts wait until it is back in range`,
        );
      }
      context.emit('room', this.roomValue);
    }
    // The count is committed before the verdict's screen is published: a verdict that was shown
    // is never lost. One that cannot be counted is never shown, not even once counting works
    // again while the worker still holds its screen (that person sees the idle screen instead).
    // A verdict reached while the kiosk is not ready is neither counted nor shown.
    const now = context.now().getTime();
    this.warmUp.track(this.options.sensor().state, now);
    const ready = this.readiness(now) === null;
    if (result.verdict) this.uncounted = !ready || !this.showIfCounted(result.verdict);
    else if (!VERDICT_SCREENS.has(result.state.screen)) this.uncounted = false;
    this.workerState = this.uncounted ? { screen: 'idle' } : result.state;
    this.refresh();
  }

  /** Counts the verdict, then publishes it; false when it could not be counted. */
  private showIfCounted(verdict: VerdictEvent): boolean {
    if (!this.options.count(verdict.outcome)) return false;
    this.options.context.emit('verdict', verdict);
    return true;
  }

  /** Pauses and resumptions as device events: once per change of reason, never per person. */
  private notePause(state: ScreeningState): void {
    const pause = state.screen === 'paused' && state.reason !== 'starting' ? state.reason : null;
    if (pause === this.notedPause) return;
    if (pause)
      this.options.context.note('screening-paused', this.options.pauseDetail?.(pause) ?? pause);
    else if (state.screen !== 'paused') {
      this.options.context.note('screening-resumed', this.notedPause ?? '');
    } else return; // back to 'starting': wait for the outcome before noting anything
    this.notedPause = pause;
  }
}
