// Cross-validation by subject of a whole fitting procedure: what a rule gives on subjects it has
// not seen. Each outer fold is scored by the calibration *and* thresholds a `Fitter` chose from
// the other K − 1 folds only; the held-out predictions are pooled.
//
// With the shipped rule (screening-rule.ts) as the fitter this is a nested cross-validation: the
// rule runs its own inner K-fold cross-validation (margin choice, ambient term) inside each
// training fold, so no choice ever sees the fold it is scored on. With plain Youden (fitScreening)
// it is the ordinary cross-validation of that rule. A subject's FLIR and ICI rows share a fold.
import { bodyEstimate, type Calibration } from '../estimation/calibration.js';
import type { FdaCamera, FdaSubject } from './fda-data.js';
import { DEFAULT_FOLDS, DEFAULT_SEED, type FitRow, subjectFolds } from './fit-calibration.js';
import { fitScreeningRule } from './screening-rule.js';

export interface ScoredSubject {
  subject: FdaSubject;
  /** Body estimate, °C. */
  estimateC: number;
  /** The threshold the model that scored this subject sets for its camera, °C. */
  thresholdC: number;
  /** Which fold scored it (cross-validation), else null. */
  fold: number | null;
}

/** What a fitting procedure returns: enough to score new rows. */
export interface FoldModel {
  calibration: Calibration;
  ambientTerm: { kept: boolean };
  thresholdC: number;
  cameraThresholdsC: Partial<Record<FdaCamera, number>>;
  /** The rule's margins, when it has them (the shipped rule), °C. */
  margins?: Partial<Record<string, { marginC: number }>>;
}

/** A fitting procedure: sees the training rows only; `k` and `seed` for its own inner choices. */
export type Fitter = (train: readonly FitRow[], k: number, seed: number) => FoldModel;

/** The shipped rule (screening-rule.ts), with its inner cross-validation. */
export const shippedRule: Fitter = (train, k, seed) => fitScreeningRule(train, { seed, folds: k });

export interface CrossValidation {
  scored: ScoredSubject[];
  k: number;
  seed: number;
  folds: Array<{
    n: number;
    ambientKept: boolean;
    thresholdsC: Partial<Record<FdaCamera, number>>;
    marginsC: Partial<Record<FdaCamera, number>>;
  }>;
}

/**
 * K-fold cross-validation by subject of `fit` (default: the shipped rule, hence nested). The
 * scored rows come back in the input order. Deterministic from the seed.
 */
export function crossValidate(
  rows: readonly FdaSubject[],
  k = DEFAULT_FOLDS,
  seed = DEFAULT_SEED,
  fit: Fitter = shippedRule,
): CrossValidation {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`cross-validation needs k ≥ 2, got ${k}`);
  const foldOf = subjectFolds(
    rows.map((r) => r.subjectId),
    k,
    seed,
  );
  const scored: ScoredSubject[] = [];
  const folds: CrossValidation['folds'] = [];
  for (let f = 0; f < k; f++) {
    const test = rows.filter((r) => foldOf.get(r.subjectId) === f);
    if (test.length === 0) continue;
    const model = fit(
      rows.filter((r) => foldOf.get(r.subjectId) !== f),
      k,
      seed,
    );
    const marginsC: Partial<Record<FdaCamera, number>> = {};
    for (const camera of Object.keys(model.cameraThresholdsC) as FdaCamera[]) {
      const m = model.margins?.[camera];
      if (m) marginsC[camera] = m.marginC;
    }
    folds.push({
      n: test.length,
      ambientKept: model.ambientTerm.kept,
      thresholdsC: model.cameraThresholdsC,
      marginsC,
    });
    for (const subject of test) {
      scored.push({
        subject,
        estimateC: bodyEstimate(subject.faceC, subject.ambientC, model.calibration),
        thresholdC: model.cameraThresholdsC[subject.camera] ?? model.thresholdC,
        fold: f,
      });
    }
  }
  const order = new Map(rows.map((r, i) => [r, i]));
  scored.sort((a, b) => order.get(a.subject)! - order.get(b.subject)!);
  return { scored, k, seed, folds };
}
