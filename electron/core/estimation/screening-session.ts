// The walk-through state machine of the calibrated engine: frame analyses in, screen states,
// verdicts and (inside the worker only) readings out. Driven by frames, never the wall clock;
// the one time it uses (the baseline's idle reset) comes with the frame.
import type {
  Guidance,
  RetryReason,
  ScreeningState,
  VerdictEvent,
} from '../../contract/schemas.js';
import { BlackbodyPause } from './blackbody-pause.js';
import { bodyEstimate, type Calibration } from './calibration.js';
import type { Decider } from './decision.js';
import type { FrameAnalysis, SensorProfile } from './observation.js';
import { ReadingAccumulator, type ReadingSettings } from './reading.js';
import type { SessionSettings } from './session-settings.js';
import type { SiteCalibration } from './site-calibration.js';

export interface SessionStep {
  state: ScreeningState;
  /** Set on the one frame where a verdict is reached. */
  verdict: VerdictEvent | null;
  /**
   * The reading behind a pass/refer verdict. Never leaves the worker, except the corrected face
   * maximum and distance to a site-calibration wizard staff opened (and evaluations).
   */
  reading: SessionReading | null;
}

export interface SessionReading {
  estimateC: number;
  uncertaintyC: number;
  /** Optics-corrected face maximum, before the skin-to-body offset, °C. */
  faceC: number;
  distanceM: number | null;
}

export interface SessionContext {
  profile: SensorProfile;
  calibration: Calibration;
  /** Days since the camera's two-point calibration (0 without one). */
  calibrationAgeDays: number;
  /** Room temperature for the calibration's ambient term, if known. */
  ambientC: number | null;
  /** A site calibration with people for this sensor: replaces the shipped offset. */
  site: SiteCalibration | null;
}

type Phase = 'idle' | 'measuring' | 'verdict' | 'paused';

export class ScreeningSession {
  private phase: Phase = 'idle';
  private shown: ScreeningState = { screen: 'idle' };
  private readonly reading: ReadingAccumulator;
  private readonly blackbody: BlackbodyPause;
  private measureFrames = 0;
  private farRun = 0;
  private closeRun = 0;
  private multipleRun = 0;
  private emptyRun = 0;
  private room: FrameAnalysis['ambient']['status'] = 'unknown';
  private verdictAtMs = 0;
  /** The current frame's time, for verdicts reached deep in the call chain. */
  private nowMs = 0;

  constructor(
    private readonly settings: SessionSettings,
    readingSettings: ReadingSettings,
    private readonly decider: Decider,
  ) {
    this.reading = new ReadingAccumulator(readingSettings);
    this.blackbody = new BlackbodyPause(settings);
  }

  next(a: FrameAnalysis, context: SessionContext, atMs: number): SessionStep {
    this.nowMs = atMs;
    this.trackRoom(a.ambient.status);
    const paused = this.trackBlackbody(a);
    if (paused) return paused;
    this.emptyRun = a.presence === 'none' ? this.emptyRun + 1 : 0;
    switch (this.phase) {
      case 'verdict':
        if (this.emptyRun >= this.settings.clearFrames) this.toIdle();
        // Back to idle by itself; the next visit still waits until this person has left.
        else if (
          this.shown.screen !== 'idle' &&
          atMs - this.verdictAtMs >= this.settings.resultHoldMs
        )
          this.shown = { screen: 'idle' };
        return this.step(null);
      case 'idle':
        if (a.presence === 'none') return this.step(null);
        this.startMeasuring();
        return this.measure(a, context, atMs);
      case 'measuring':
        return this.measure(a, context, atMs);
      case 'paused':
        return this.step(null);
    }
  }

  private measure(a: FrameAnalysis, context: SessionContext, atMs: number): SessionStep {
    const s = this.settings;
    if (a.presence === 'none') {
      this.reading.reset();
      if (this.emptyRun >= s.clearFrames) this.toIdle(); // walked past without stopping
      return this.step(null);
    }
    this.measureFrames++;
    const distance = a.face?.distance ?? 'unknown';
    this.multipleRun = a.presence === 'multiple' ? this.multipleRun + 1 : 0;
    this.farRun = distance === 'too-far' ? this.farRun + 1 : 0;
    this.closeRun = distance === 'too-close' ? this.closeRun + 1 : 0;
    if (this.multipleRun >= s.retryAfterFrames) return this.retry('one-person');
    if (this.farRun >= s.retryAfterFrames) return this.retry('too-far');
    if (this.closeRun >= s.retryAfterFrames) return this.retry('too-close');
    const usable =
      a.presence === 'one' &&
      a.face !== null &&
      !a.moving &&
      (distance === 'ok' || distance === 'unknown') &&
      (a.blackbody.status === 'ok' || a.blackbody.status === 'not-configured');
    let unsettled = false;
    if (usable) {
      this.reading.add(a.face!.maxC, a.blackbody.noiseC, a.face!.distanceM);
      if (this.reading.ready) {
        const decided = this.decide(context, atMs);
        if (decided) return decided;
        unsettled = true; // the window is still too noisy: slide on
      }
    } else {
      this.reading.reset(); // a reading is made of consecutive good frames only
    }
    if (this.measureFrames >= s.maxMeasureFrames)
      return this.retry(unsettled ? 'uncertain' : 'hold-still');
    this.shown = {
      screen: 'measuring',
      progress: this.reading.frames / this.reading.settings.frames,
      guidance: guidanceFor(a, distance),
    };
    return this.step(null);
  }

  /** A verdict from the current window, or null while it is too uncertain to judge. */
  private decide(context: SessionContext, atMs: number): SessionStep | null {
    const s = this.settings;
    const site = context.site;
    const reading = this.reading.result(
      context.profile,
      context.calibrationAgeDays,
      site?.seC ?? 0,
    );
    // No optics correction at this distance: the distance gate asks the person closer.
    if (reading === null) return null;
    const { faceC, uncertaintyC, distanceM } = reading;
    if (uncertaintyC > this.reading.settings.maxUncertaintyC) return null;
    const estimateC = site
      ? faceC + site.offsetC
      : bodyEstimate(faceC, context.ambientC, context.calibration);
    // Skin far from what a living core implies means cold or heat from outside: a retry.
    if (estimateC < s.plausibleMinC) return this.retry('too-cold');
    if (estimateC > s.plausibleMaxC) return this.retry('too-warm');
    const decision = this.decider.decide(estimateC, uncertaintyC, atMs);
    const verdict: VerdictEvent =
      decision.outcome === 'refer'
        ? { outcome: 'refer', reason: decision.reason }
        : { outcome: 'pass', reason: decision.reason };
    this.phase = 'verdict';
    this.verdictAtMs = atMs;
    this.shown = this.settings.showTemperature
      ? { screen: decision.outcome, temperatureC: Math.round(estimateC * 10) / 10 }
      : { screen: decision.outcome };
    return {
      state: this.shown,
      verdict,
      reading: { estimateC, uncertaintyC, faceC, distanceM },
    };
  }

  private retry(reason: RetryReason): SessionStep {
    this.phase = 'verdict';
    this.verdictAtMs = this.nowMs;
    this.shown = { screen: 'retry', reason };
    return this.step({ outcome: 'retry', reason });
  }

  /** A running baseline belongs to its conditions: a new room climate starts a new one. */
  private trackRoom(status: FrameAnalysis['ambient']['status']): void {
    if (status !== this.room && this.room !== 'unknown') this.decider.reset();
    this.room = status;
  }

  /** Pauses and resumes on the blackbody (see blackbody-pause.ts); null: go on with the frame. */
  private trackBlackbody(a: FrameAnalysis): SessionStep | null {
    switch (this.blackbody.next(a.blackbody.status)) {
      case 'measure':
        return null;
      case 'resume':
        this.toIdle();
        return null;
      case 'pause':
        // The reference was lost: whatever baseline was built may no longer hold.
        this.decider.reset();
        this.phase = 'paused';
        this.shown = { screen: 'paused', reason: this.blackbody.reason };
        break;
      case 'paused':
        if (this.shown.screen !== 'paused' || this.shown.reason !== this.blackbody.reason)
          this.shown = { screen: 'paused', reason: this.blackbody.reason };
        break;
      case 'skip':
        break;
    }
    // Never measure against an untrusted reference, even before the pause shows.
    this.reading.reset();
    return this.step(null);
  }

  private startMeasuring(): void {
    this.phase = 'measuring';
    this.reading.reset();
    this.measureFrames = 0;
    this.farRun = 0;
    this.closeRun = 0;
    this.multipleRun = 0;
  }

  private toIdle(): void {
    this.phase = 'idle';
    this.shown = { screen: 'idle' };
  }

  private step(verdict: VerdictEvent | null): SessionStep {
    return { state: this.shown, verdict, reading: null };
  }
}

/** The one thing to tell the person now, most pressing first. */
function guidanceFor(a: FrameAnalysis, distance: string): Guidance {
  if (a.presence === 'multiple') return 'one-person';
  if (distance === 'too-far') return 'step-closer';
  if (distance === 'too-close') return 'step-back';
  return a.moving ? 'hold-still' : 'measuring';
}
