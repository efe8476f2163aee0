// The walk-through state machine: frame analyses in, screen states and verdicts out. Driven only
// by frames (never the wall clock), so a recorded or simulated stream always gives the same result.
import type { ScreeningState, VerdictEvent, RetryReason } from '../../contract/schemas.js';
import type { FrameAnalysis } from './frame-analysis.js';
import type { EstimationSettings } from './settings.js';

export interface SessionStep {
  state: ScreeningState;
  /** Set on the one frame where a verdict is reached. */
  verdict: VerdictEvent | null;
}

type Phase = 'idle' | 'measuring' | 'verdict' | 'paused';

export class ScreeningSession {
  private phase: Phase = 'idle';
  private shown: ScreeningState = { screen: 'idle' };
  private estimates: number[] = [];
  private measureFrames = 0;
  private farRun = 0;
  private multipleRun = 0;
  private emptyRun = 0;
  private blackbodyBad = 0;
  private blackbodyGood = 0;

  constructor(private readonly settings: EstimationSettings) {}

  next(a: FrameAnalysis): SessionStep {
    const paused = this.trackBlackbody(a);
    if (paused) return paused;
    this.emptyRun = a.presence === 'none' ? this.emptyRun + 1 : 0;
    switch (this.phase) {
      case 'verdict':
        if (this.emptyRun >= this.settings.clearFrames) this.toIdle();
        return this.step(null);
      case 'idle':
        if (a.presence === 'none') return this.step(null);
        this.startMeasuring();
        return this.measure(a);
      case 'measuring':
        return this.measure(a);
      case 'paused':
        return this.step(null);
    }
  }

  private measure(a: FrameAnalysis): SessionStep {
    const s = this.settings;
    if (a.presence === 'none') {
      this.estimates = [];
      if (this.emptyRun >= s.clearFrames) this.toIdle(); // walked past without stopping
      return this.step(null);
    }
    this.measureFrames++;
    this.farRun = a.presence === 'far' ? this.farRun + 1 : 0;
    this.multipleRun = a.presence === 'multiple' ? this.multipleRun + 1 : 0;
    if (this.multipleRun >= s.retryAfterFrames) return this.retry('one-person');
    if (this.farRun >= s.retryAfterFrames) return this.retry('too-far');
    if (a.presence === 'close' && a.hottestC !== null) {
      this.estimates.push(a.hottestC + s.offsetC);
      if (this.estimates.length > s.holdFrames) this.estimates.shift();
      if (this.estimates.length === s.holdFrames && spread(this.estimates) <= s.steadyC) {
        return this.decide(median(this.estimates));
      }
    } else {
      this.estimates = [];
    }
    if (this.measureFrames >= s.maxMeasureFrames) return this.retry('hold-still');
    this.shown = { screen: 'measuring', progress: this.estimates.length / s.holdFrames };
    return this.step(null);
  }

  private decide(estimateC: number): SessionStep {
    const s = this.settings;
    // Skin far from what a living core implies means cold or heat from outside: a retry, not a verdict.
    if (estimateC < s.plausibleMinC) return this.retry('too-cold');
    if (estimateC > s.plausibleMaxC) return this.retry('too-warm');
    const outcome = estimateC >= s.thresholdC ? 'refer' : 'pass';
    this.phase = 'verdict';
    this.shown = { screen: outcome };
    return this.step({ outcome });
  }

  private retry(reason: RetryReason): SessionStep {
    this.phase = 'verdict';
    this.shown = { screen: 'retry', reason };
    return this.step({ outcome: 'retry', reason });
  }

  /** Pauses after a few bad blackbody frames, resumes after a few good ones. */
  private trackBlackbody(a: FrameAnalysis): SessionStep | null {
    const bad = a.blackbody.status === 'missing' || a.blackbody.status === 'out-of-tolerance';
    this.blackbodyBad = bad ? this.blackbodyBad + 1 : 0;
    this.blackbodyGood = bad ? 0 : this.blackbodyGood + 1;
    const debounce = this.settings.blackbodyDebounceFrames;
    if (this.phase === 'paused') {
      if (this.blackbodyGood < debounce) return this.step(null);
      this.toIdle();
      return null;
    }
    if (!bad) return null;
    if (this.blackbodyBad >= debounce) {
      this.phase = 'paused';
      this.shown = {
        screen: 'paused',
        reason:
          a.blackbody.status === 'missing' ? 'blackbody-missing' : 'blackbody-out-of-tolerance',
      };
    }
    // Never measure against an untrusted reference, even before the pause shows.
    return this.step(null);
  }

  private startMeasuring(): void {
    this.phase = 'measuring';
    this.estimates = [];
    this.measureFrames = 0;
    this.farRun = 0;
    this.multipleRun = 0;
  }

  private toIdle(): void {
    this.phase = 'idle';
    this.shown = { screen: 'idle' };
  }

  private step(verdict: VerdictEvent | null): SessionStep {
    return { state: this.shown, verdict };
  }
}

function spread(xs: number[]): number {
  return Math.max(...xs) - Math.min(...xs);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
