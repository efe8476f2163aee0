// The shape of the FDA evaluation's report (`kiosk eval fda`, evaluate-fda.ts): per camera the
// accuracy and screening figures, their bootstrap intervals, and how the intervals were drawn.
import type { BaselineResult } from './baseline-run.js';
import type { Interval } from './bootstrap.js';
import type { FdaCamera, SkippedRow } from './fda-data.js';

export interface CameraReport {
  n: number;
  mae: number | null;
  bias: number | null;
  sd: number | null;
  auc: number | null;
  sensitivity: number | null;
  specificity: number | null;
  /** The model's threshold (cross-validation: the mean of the folds' thresholds), °C. */
  threshold: number;
  fevers: number;
  tp: number;
  fn: number;
  tn: number;
  fp: number;
  skipped: number;
  skippedRows: Array<Omit<SkippedRow, 'camera'>>;
  borderline: { k: number; sensitivity: number | null; specificity: number | null };
  /** Percentile-bootstrap 95 % intervals over subjects (null where a figure is never defined). */
  ci95: { mae: Interval | null; sensitivity: Interval | null; specificity: Interval | null };
  /** Cross-validation only: the folds' thresholds and margins, and how many kept the ambient term. */
  cv?: {
    k: number;
    seed: number;
    thresholdMin: number;
    thresholdMax: number;
    /** The shipped rule's margins below Youden's threshold across the folds, °C. */
    marginMin: number | null;
    marginMax: number | null;
    ambientKeptFolds: number;
  };
  /** `--mode baseline` only: keyed by deviation ("0.5", "1.0"). */
  baseline?: Record<string, BaselineResult>;
}

export interface EvaluationReport {
  cameras: Partial<Record<FdaCamera, CameraReport>>;
  /** How the intervals were drawn. */
  bootstrap: BootstrapSetup;
}

export interface BootstrapSetup {
  resamples: number;
  seed: number;
  level: number;
  unit: 'subject';
}
