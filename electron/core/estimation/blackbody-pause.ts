// When screening pauses for the blackbody, and when it resumes by itself. A temperature is only
// as good as its reference: after `pauseAfterFrames` bad blackbody frames in a row (missing,
// moved, unstable, out of tolerance) the walk-through pauses and says which; once paused, it
// resumes after `resumeAfterFrames` good frames in a row. A single bad frame never pauses, but
// is never measured against either. Counted in frames, never the wall clock.
import type { BlackbodyStatus } from './observation.js';
import type { SessionSettings } from './session-settings.js';

const PAUSE_REASON = {
  missing: 'blackbody-missing',
  moved: 'blackbody-moved',
  unstable: 'blackbody-unstable',
  'out-of-tolerance': 'blackbody-out-of-tolerance',
} as const;

export type BlackbodyPauseReason = (typeof PAUSE_REASON)[keyof typeof PAUSE_REASON];

/**
 * What the session does with this frame: `measure` it; `skip` it (a bad reference, not yet a
 * pause); `pause` now; stay `paused`; or `resume` and go on with this frame.
 */
export type BlackbodyStep = 'measure' | 'skip' | 'pause' | 'paused' | 'resume';

export class BlackbodyPause {
  /** Why screening is paused (the latest bad status seen); meaningful while paused. */
  reason: BlackbodyPauseReason = 'blackbody-missing';
  private paused = false;
  private bad = 0;
  private good = 0;

  constructor(
    private readonly settings: Pick<SessionSettings, 'pauseAfterFrames' | 'resumeAfterFrames'>,
  ) {}

  next(status: BlackbodyStatus): BlackbodyStep {
    const bad = status !== 'ok' && status !== 'not-configured';
    this.bad = bad ? this.bad + 1 : 0;
    this.good = bad ? 0 : this.good + 1;
    if (bad) this.reason = PAUSE_REASON[status];
    if (this.paused) {
      if (this.good < this.settings.resumeAfterFrames) return 'paused';
      this.paused = false;
      return 'resume';
    }
    if (!bad) return 'measure';
    if (this.bad < this.settings.pauseAfterFrames) return 'skip';
    this.paused = true;
    return 'pause';
  }
}
