// Scoring a screening model on the FDA data with the code the kiosk runs: `bodyEstimate` from
// calibration.ts turns each subject's face temperature into a body estimate, and a decider from
// decision.ts turns the estimate into pass or refer.
//
// - `scoreWithModel`: the given (shipped) model, never fitted here.
// - `crossValidate` (nested-cv.ts): K folds by subject; each fold is scored by the calibration and
//   thresholds the shipped rule (screening-rule.ts) fits on the other K − 1, its own inner
//   cross-validation included: a nested cross-validation. The held-out predictions are pooled.
// - `evaluate`: per camera n, MAE, bias, SD, ROC AUC, sensitivity and specificity at the model's
//   threshold, with percentile-bootstrap 95 % intervals over subjects (bootstrap.ts) for MAE,
//   sensitivity and specificity, and optionally the running-baseline mode in arrival order.
//
// Uncertainty: the study's readings are means of up to four rounds taken by trained staff, so the
// headline figures pass uncertainty 0 (the estimate alone decides). `borderline` reports the same
// decisions with each reading's own uncertainty (the standard error of its rounds; the camera's
// pooled round-to-round SD for a single round) and the decider's default k = 1: what the kiosk's
// borderline rule costs in specificity and buys in sensitivity.
import { bodyEstimate } from '../estimation/calibration.js';
import { createDecider, type Decider, DEFAULT_BORDERLINE_K } from '../estimation/decision.js';
import { type ShippedModel, thresholdFor } from '../estimation/shipped-model.js';
import {
  bootstrapIntervals,
  DEFAULT_RESAMPLES,
  type Interval,
  INTERVAL_LEVEL,
} from './bootstrap.js';
import {
  camerasOf,
  type FdaCamera,
  type FdaCameraData,
  type FdaData,
  type FdaSubject,
  type SkippedRow,
} from './fda-data.js';
import { DEFAULT_SEED } from './fit-calibration.js';
import { bias, confusion, mae, rocAuc, sd } from './metrics.js';
import { crossValidate, type CrossValidation, type ScoredSubject } from './nested-cv.js';

export { crossValidate, type CrossValidation, type ScoredSubject };

/** Scores every valid subject with `model` as it is: nothing is fitted. */
export function scoreWithModel(data: FdaData, model: ShippedModel): ScoredSubject[] {
  return camerasOf(data).flatMap((c) => {
    const thresholdC = thresholdFor(model, c.camera);
    return c.subjects.map((subject) => ({
      subject,
      estimateC: bodyEstimate(subject.faceC, subject.ambientC, model.calibration),
      thresholdC,
      fold: null,
    }));
  });
}

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

export const BASELINE_DEVIATIONS_C = [0.5, 1.0] as const;

/** Pooled within-subject SD of the T_Max rounds, °C (null with no subject of two or more rounds). */
export function roundSd(subjects: readonly FdaSubject[]): number | null {
  let ss = 0;
  let dof = 0;
  for (const s of subjects) {
    const present = s.tMaxC.filter((v): v is number => v !== null);
    if (present.length < 2) continue;
    for (const v of present) ss += (v - s.faceC) ** 2;
    dof += present.length - 1;
  }
  return dof === 0 ? null : Math.sqrt(ss / dof);
}

function thresholdDecisions(
  scored: readonly ScoredSubject[],
  uncertainty: (s: FdaSubject) => number,
): boolean[] {
  const deciders = new Map<number, Decider>();
  return scored.map((s) => {
    let decider = deciders.get(s.thresholdC);
    if (!decider) {
      decider = createDecider({ mode: 'threshold', threshold: { unit: 'C', value: s.thresholdC } });
      deciders.set(s.thresholdC, decider);
    }
    return decider.decide(s.estimateC, uncertainty(s.subject), s.subject.atMs).outcome === 'refer';
  });
}

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

/** The per-camera report for scored subjects (from `scoreWithModel` or `crossValidate`). */
export function cameraReport(
  camera: FdaCameraData,
  scored: readonly ScoredSubject[],
  options: { baseline?: boolean; cv?: CrossValidation; bootstrap?: BootstrapSetup } = {},
): CameraReport {
  const own = scored.filter((s) => s.subject.camera === camera.camera);
  const fever = own.map((s) => s.subject.fever);
  const errors = own.map((s) => s.estimateC - s.subject.oralC);
  const referred = thresholdDecisions(own, () => 0);
  const decided = confusion(referred, fever);
  const pooledSd = roundSd(camera.subjects) ?? 0;
  const withUncertainty = confusion(
    thresholdDecisions(own, (s) => s.faceSeC ?? pooledSd),
    fever,
  );
  const thresholds = own.map((s) => s.thresholdC);
  const threshold =
    options.cv === undefined
      ? (thresholds[0] ?? NaN)
      : thresholds.reduce((s, t) => s + t, 0) / thresholds.length;
  const report: CameraReport = {
    n: own.length,
    mae: mae(errors),
    bias: bias(errors),
    sd: sd(errors),
    auc: rocAuc(
      own.map((s) => s.estimateC),
      fever,
    ),
    sensitivity: decided.sensitivity,
    specificity: decided.specificity,
    threshold,
    fevers: fever.filter(Boolean).length,
    tp: decided.tp,
    fn: decided.fn,
    tn: decided.tn,
    fp: decided.fp,
    skipped: camera.skipped.length,
    skippedRows: camera.skipped.map(({ line, subjectId, reason }) => ({ line, subjectId, reason })),
    borderline: {
      k: DEFAULT_BORDERLINE_K,
      sensitivity: withUncertainty.sensitivity,
      specificity: withUncertainty.specificity,
    },
    ci95: screeningIntervals(
      own.map((s, i) => ({
        subjectId: s.subject.subjectId,
        referred: referred[i]!,
        fever: fever[i]!,
        errorC: errors[i]!,
      })),
      options.bootstrap ?? bootstrapSetup(DEFAULT_SEED),
    ),
  };
  if (options.cv) {
    const perFold = options.cv.folds
      .map((f) => f.thresholdsC[camera.camera])
      .filter((t) => t !== undefined);
    const margins = options.cv.folds
      .map((f) => f.marginsC[camera.camera])
      .filter((m) => m !== undefined);
    report.cv = {
      k: options.cv.k,
      seed: options.cv.seed,
      thresholdMin: Math.min(...perFold),
      thresholdMax: Math.max(...perFold),
      marginMin: margins.length > 0 ? Math.min(...margins) : null,
      marginMax: margins.length > 0 ? Math.max(...margins) : null,
      ambientKeptFolds: options.cv.folds.filter((f) => f.ambientKept).length,
    };
  }
  if (options.baseline) {
    report.baseline = Object.fromEntries(
      BASELINE_DEVIATIONS_C.map((d) => [d.toFixed(1), baselineRun(own, d, threshold)]),
    );
  }
  return report;
}

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

export interface EvaluateOptions {
  /** Cross-validate (the shipped rule fitted on training folds) instead of scoring `model`. */
  cv?: { k: number; seed: number };
  /** Add the running-baseline results (deviations 0.5 and 1.0 °C). */
  baseline?: boolean;
  /** Bootstrap resamples and seed (default DEFAULT_RESAMPLES; the cv seed, else DEFAULT_SEED). */
  bootstrap?: { resamples?: number; seed?: number };
}

/**
 * `kiosk eval fda`: without `cv`, scores `model` as given (never fits); with `cv`, `model` is not
 * used and each fold is scored by the shipped rule fitted on the others (nested-cv.ts).
 */
export function evaluate(
  data: FdaData,
  model: ShippedModel,
  options: EvaluateOptions = {},
): EvaluationReport {
  const cams = camerasOf(data);
  const cv = options.cv
    ? crossValidate(
        cams.flatMap((c) => c.subjects),
        options.cv.k,
        options.cv.seed,
      )
    : undefined;
  const scored = cv ? cv.scored : scoreWithModel(data, model);
  const bootstrap = bootstrapSetup(
    options.bootstrap?.seed ?? options.cv?.seed ?? DEFAULT_SEED,
    options.bootstrap?.resamples,
  );
  const cameras: EvaluationReport['cameras'] = {};
  for (const c of cams) {
    cameras[c.camera] = cameraReport(c, scored, { baseline: options.baseline, cv, bootstrap });
  }
  return { cameras, bootstrap };
}
