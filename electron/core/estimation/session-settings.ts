// Timing of the walk-through, counted in frames (never the wall clock) so that a recorded or
// simulated stream always gives the same verdicts.

export interface SessionSettings {
  /** Frames someone may stay too far / too close, or two people stay, before a retry. */
  retryAfterFrames: number;
  /** Frames measuring may last without a reading before asking the person to hold still. */
  maxMeasureFrames: number;
  /** Empty frames that end a visit. */
  clearFrames: number;
  /** Body estimates outside this band mean skin cooled or heated from outside: retry, never a verdict. */
  plausibleMinC: number;
  plausibleMaxC: number;
  /** Bad blackbody frames before screening pauses (3 at 8 Hz: paused within 0.4 s). */
  pauseAfterFrames: number;
  /** Good blackbody frames before screening resumes by itself. */
  resumeAfterFrames: number;
  /**
   * A verdict stays up this long (frame time, ms), then the screen shows idle even if the person
   * lingers; the next visit starts once they have left. The staff's "back to idle" setting.
   */
  resultHoldMs: number;
  /** Put the estimate (0.1 °C) in pass/refer states: the staff's "show temperature" setting. */
  showTemperature: boolean;
}

export const DEFAULT_SESSION: SessionSettings = {
  retryAfterFrames: 16,
  maxMeasureFrames: 40,
  clearFrames: 4,
  plausibleMinC: 35,
  plausibleMaxC: 42.5,
  pauseAfterFrames: 3,
  resumeAfterFrames: 8,
  resultHoldMs: 5000,
  showTemperature: false,
};
