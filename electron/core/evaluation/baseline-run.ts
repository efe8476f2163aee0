// The FDA evaluation's running-baseline mode (`--mode baseline`): the kiosk's baseline decider
// (decision.ts) run over one camera's scored subjects in the order they arrived.
import { createDecider } from '../estimation/decision.js';
import { confusion } from './metrics.js';
import type { ScoredSubject } from './nested-cv.js';

export interface BaselineResult {
  deviationC: number;
  sensitivity: number | null;
  specificity: number | null;
  tp: number;
  fn: number;
  tn: number;
  fp: number;
  /** Decisions taken by the fixed threshold while the baseline was seeding. */
  seeding: number;
}

export const BASELINE_DEVIATIONS_C = [0.5, 1.0] as const;

/**
 * The running baseline over the camera's subjects in arrival order (Date, Time, then SubjectID),
 * uncertainty 0. The study's subjects came ~45 min apart (median), so a kiosk's idle reset would
 * keep the baseline seeding for ever: here the idle reset is off and the queue runs continuously.
 * While seeding, the fixed threshold is `seedingThresholdC`.
 */
export function baselineRun(
  scored: readonly ScoredSubject[],
  deviationC: number,
  seedingThresholdC: number,
): BaselineResult {
  const arrival = [...scored].sort(
    (a, b) =>
      a.subject.atMs - b.subject.atMs ||
      (a.subject.subjectId < b.subject.subjectId
        ? -1
        : a.subject.subjectId > b.subject.subjectId
          ? 1
          : 0),
  );
  const decider = createDecider({
    mode: 'baseline',
    threshold: { unit: 'C', value: seedingThresholdC },
    deviation: { unit: 'C', value: deviationC },
    idleResetMs: null,
  });
  let seeding = 0;
  const referred = arrival.map((s) => {
    const d = decider.decide(s.estimateC, 0, s.subject.atMs);
    if (d.basis === 'threshold') seeding++;
    return d.outcome === 'refer';
  });
  const c = confusion(
    referred,
    arrival.map((s) => s.subject.fever),
  );
  return { deviationC, ...c, seeding };
}
