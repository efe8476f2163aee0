// One camera's figures in the FDA evaluation (evaluate-fda.ts), from its scored subjects: the
// estimate's error, ROC AUC, and pass / refer decided by the kiosk's own decider (decision.ts).
//
// Uncertainty: the study's readings are means of up to four rounds taken by trained staff, so the
// headline figures pass uncertainty 0 (the estimate alone decides). `borderline` reports the same
// decisions with each reading's own uncertainty (the standard error of its rounds; the camera's
// pooled round-to-round SD for a single round) and the decider's default k = 1: what the kiosk's
// borderline rule costs in specificity and buys in sensitivity.
import { createDecider, type Decider, DEFAULT_BORDERLINE_K } from '../estimation/decision.js';
import { BASELINE_DEVIATIONS_C, baselineRun } from './baseline-run.js';
import type { BootstrapSetup, CameraReport } from './evaluation-report.js';
import type { FdaCameraData, FdaSubject } from './fda-data.js';
import { DEFAULT_SEED } from './fit-calibration.js';
import { bias, confusion, mae, rocAuc, sd } from './metrics.js';
import type { CrossValidation, ScoredSubject } from './nested-cv.js';
import { bootstrapSetup, screeningIntervals } from './report-intervals.js';

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

/** Whether each subject is referred, by a threshold decider at the subject's own threshold. */
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
