// Reads volunteers through the kiosk's own path, for `kiosk calibrate site`: the sensor link, the
// estimation worker with the kiosk's settings, and the worker's one-shot capture of the next
// pass/refer reading. A reading goes to the caller only: nothing is printed, stored or logged here.
// What the screen would show meanwhile (try again, paused) is told in words, never a number.
import type { ScreeningState, SensorStatus } from '../contract/schemas.js';
import type { SensorChoice } from '../contract/staff.js';
import type { EngineSettings } from '../core/estimation/engine-settings.js';
import type { CapturedReading } from '../core/estimation/messages.js';
import { sensorKey } from '../core/estimation/optics-correction.js';
import { profileFor } from '../core/estimation/pipeline-settings.js';
import { EstimationClient, type WorkerResult } from '../core/estimation/worker-client.js';
import { LinkSupervisor } from '../core/sensor/link-supervisor.js';
import type { ProtocolId } from '../core/sensor/protocol-ids.js';

export interface VolunteerReaderOptions {
  sensor: SensorChoice;
  engine: EngineSettings;
  /** One line for the person at the kiosk (the link's state, a retry's reason, a pause). */
  onNotice: (line: string) => void;
  workerUrl?: URL | string;
}

interface Waiter<T> {
  resolve: (value: T) => void;
}

export class VolunteerReader {
  private readonly client: EstimationClient;
  private readonly link: LinkSupervisor;
  private key: string | null = null;
  private keyWaiters: Array<Waiter<string>> = [];
  private reading: Waiter<CapturedReading> | null = null;
  private lastNotice = '';

  constructor(private readonly options: VolunteerReaderOptions) {
    this.client = new EstimationClient({
      workerUrl: options.workerUrl,
      onResult: (result) => this.onResult(result),
      onError: (message) => options.onNotice(`estimation: ${message}`),
    });
    const choice = options.sensor;
    this.link = new LinkSupervisor({
      path: choice.path,
      protocol: choice.protocol as ProtocolId | 'auto',
      baud: choice.baud ?? 'auto',
      onFrame: (frame) => {
        if (this.key === null) {
          this.key = sensorKey(profileFor(frame.width, frame.height, options.engine.profile));
          for (const w of this.keyWaiters.splice(0)) w.resolve(this.key);
        }
        this.client.submit(frame);
      },
      onStatus: (status) => this.onStatus(status),
    });
  }

  async start(): Promise<void> {
    await this.client.configure(this.options.engine);
    this.link.start();
  }

  /** The sensor's key (e.g. "32x24@55"), once its first frame arrived. */
  sensor(): Promise<string> {
    if (this.key !== null) return Promise.resolve(this.key);
    return new Promise((resolve) => this.keyWaiters.push({ resolve }));
  }

  /** The next pass/refer reading (the volunteer's), captured once. */
  next(): Promise<CapturedReading> {
    return new Promise((resolve) => {
      this.reading = { resolve };
      this.client.armCapture(true);
    });
  }

  async stop(): Promise<void> {
    if (this.reading) this.client.armCapture(false);
    this.reading = null;
    await this.link.stop();
    await this.client.close();
  }

  private onResult(result: WorkerResult): void {
    if (result.capture && this.reading) {
      const waiter = this.reading;
      this.reading = null;
      waiter.resolve(result.capture);
      return;
    }
    // Told once per change; nobody in view starts afresh.
    if (result.state.screen === 'idle') this.lastNotice = '';
    this.notice(stateNotice(result.state));
  }

  private onStatus(status: SensorStatus): void {
    const link =
      status.state === 'streaming'
        ? `the sensor is streaming: ${status.protocol ?? 'detected'} on ${status.port ?? this.options.sensor.path}`
        : status.state === 'disconnected' || status.state === 'none'
          ? `the sensor is not connected${status.lastError ? `: ${status.lastError}` : ''}`
          : null;
    this.notice(link);
  }

  private notice(line: string | null): void {
    if (line === null || line === this.lastNotice) return;
    this.lastNotice = line;
    this.options.onNotice(line);
  }
}

/** What keeps a volunteer from being read: a retry (with its reason) or a pause. */
function stateNotice(state: ScreeningState): string | null {
  if (state.screen === 'retry') return `the kiosk asks them to try again: ${state.reason}`;
  if (state.screen === 'paused') return `screening is paused: ${state.reason}`;
  return null;
}
