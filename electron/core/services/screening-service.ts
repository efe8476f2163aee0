// Screening: frames go to the estimation worker, its verdicts are counted and then shown, and
// faults (sensor, records, worker) pause the screen. A verdict is shown only once it is counted.
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

const FAULT_PAUSE = {
  stalled: 'sensor-stalled',
  frozen: 'sensor-frozen',
  garbage: 'sensor-garbage',
  device: 'sensor-problem',
} as const satisfies Record<NonNullable<SensorStatus['fault']>, string>;

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

  constructor(private readonly options: ScreeningOptions) {
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

  configure(engine: EngineSettings): Promise<void> {
    return this.estimation.configure(engine);
  }

  submit(frame: ThermalFrame): void {
    this.framesSubmitted++;
    this.estimation.submit(frame);
  }

  close(): Promise<void> {
    return this.estimation.close();
  }

  /** Works out what the screen shows: faults pause screening, otherwise the worker decides. */
  refresh(): void {
    const sensor = this.options.sensor();
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
    else next = this.workerState;
    if (JSON.stringify(next) !== JSON.stringify(this.shownState)) {
      this.shownState = next;
      this.notePause(next);
      this.options.context.emit('state', next);
    }
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
          `kiosk: the room is too ${this.roomValue} for reliable screening (18–24 °C recommended)`,
        );
      }
      context.emit('room', this.roomValue);
    }
    // The count is committed before the verdict's screen is published: a verdict that was shown
    // is never lost. One that cannot be counted is never shown, not even once counting works
    // again while the worker still holds its screen (that person sees the idle screen instead).
    if (result.verdict) this.uncounted = !this.showIfCounted(result.verdict);
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
