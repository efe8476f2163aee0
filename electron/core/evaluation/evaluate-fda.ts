// Scoring a screening model on the FDA data with the code the kiosk runs: `bodyEstimate` from
// calibration.ts turns each subject's face temperature into a body estimate, and a decider from
// decision.ts turns the estimate into pass or refer.
//
// - `scoreWithModel`: the given (shipped) model, never fitted here.
// - `crossValidate` (nested-cv.ts): K folds by subject; each fold is scored by the calibration and
//   thresholds the shipped rule (screening-rule.ts) fits on the other K − 1, its own inner
//   cross-validation included: a nested cross-validation. The held-out predictions are pooled.
// - `evaluate`: per camera (camera-report.ts) n, MAE, bias, SD, ROC AUC, sensitivity and
//   specificity at the model's threshold, with percentile-bootstrap 95 % intervals over subjects
//   (report-intervals.ts) for MAE, sensitivity and specificity, and optionally the
//   running-baseline mode in arrival order (baseline-run.ts). The report's shape is in
//   evaluation-report.ts; headline figures use uncertainty 0 (camera-report.ts says why).
import { bodyEstimate } from '../estimation/calibration.js';
import { type ShippedModel, thresholdFor } from '../estimation/shipped-model.js';
import { camerasOf, type FdaData } from './fda-data.js';
import { cameraReport } from './camera-report.js';
import type { EvaluationReport } from './evaluation-report.js';
import { DEFAULT_SEED } from './fit-calibration.js';
import { crossValidate, type CrossValidation, type ScoredSubject } from './nested-cv.js';
import { bootstrapSetup } from './report-intervals.js';

export { crossValidate, type CrossValidation, type ScoredSubject };
// Declared in the files named above; importers keep this path.
export { BASELINE_DEVIATIONS_C, baselineRun, type BaselineResult } from './baseline-run.js';
export { cameraReport, roundSd } from './camera-report.js';
export type { BootstrapSetup, CameraReport, EvaluationReport } from './evaluation-report.js';
export { bootstrapSetup, screeningIntervals, type DecidedRow } from './report-intervals.js';

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
