// The FDA evaluation's uncertainty: percentile-bootstrap intervals over subjects (bootstrap.ts)
// for one camera's MAE, sensitivity and specificity, and the bootstrap the reports use.
import { bootstrapIntervals, DEFAULT_RESAMPLES, INTERVAL_LEVEL } from './bootstrap.js';
import type { BootstrapSetup, CameraReport } from './evaluation-report.js';
import { confusion, mae } from './metrics.js';

/** One decided row, as the bootstrap resamples it. */
export interface DecidedRow {
  subjectId: string;
  referred: boolean;
  fever: boolean;
  /** Estimate − reference, °C. */
  errorC: number;
}

/** MAE, sensitivity and specificity intervals for one camera's decided rows, by subject. */
export function screeningIntervals(
  rows: readonly DecidedRow[],
  setup: BootstrapSetup,
): CameraReport['ci95'] {
  return bootstrapIntervals(
    rows,
    (r) => r.subjectId,
    (sample) => {
      const c = confusion(
        sample.map((r) => r.referred),
        sample.map((r) => r.fever),
      );
      return {
        mae: mae(sample.map((r) => r.errorC)),
        sensitivity: c.sensitivity,
        specificity: c.specificity,
      };
    },
    setup,
  );
}

/** The bootstrap the reports use: DEFAULT_RESAMPLES resamples of subjects, 95 %, from `seed`. */
export function bootstrapSetup(seed: number, resamples = DEFAULT_RESAMPLES): BootstrapSetup {
  return { resamples, seed, level: INTERVAL_LEVEL, unit: 'subject' };
}
