// The shipped threshold rule: Youden's threshold lowered by a margin that cross-validation on the
// fitting rows says is needed to keep the sensitivity on new subjects.
//
// Why: Youden's J threshold sits just below one of the fitting rows' fevers, so on subjects it has
// not seen it misses more fevers than it did on the rows it was chosen on (in the FDA data, FLIR's
// out-of-fold sensitivity falls from 0.926 in-sample to 0.88–0.91 depending on the folds). The
// margin measures that optimism: in K folds by subject of the fitting rows, the calibration and the
// Youden thresholds are refitted on K − 1 folds and the held-out fold is scored at (Youden − margin);
// the margin kept is the smallest (highest threshold, best specificity) whose pooled held-out
// sensitivity reaches the target. Per camera, and for all rows pooled (thresholdC, other cameras).
//
// Used as it is by `kiosk calibrate fda` (all rows) and, inside each training fold, by the nested
// cross-validation (nested-cv.ts) that measures what the rule gives on new subjects.
import { bodyEstimate } from '../estimation/calibration.js';
import { FDA_CAMERAS, type FdaCamera } from './fda-data.js';
import {
  type CalibrationFit,
  DEFAULT_FOLDS,
  DEFAULT_SEED,
  fitScreening,
  type FitRow,
  subjectFolds,
} from './fit-calibration.js';
import { confusion } from './metrics.js';

/**
 * The sensitivity the margin must reach in the rule's own (inner) cross-validation: 0.94 to get
 * 0.92 on new subjects. The inner figure is optimistic (≈ 60 fevers per camera, and the margin is
 * chosen on them): with inner targets 0.92 or 0.93 the nested cross-validation reaches 0.92 on both
 * cameras with fold seed 1 but not with every seed from 1 to 8 (FLIR or ICI at 0.90–0.91); 0.94 is
 * the lowest target, in steps of 0.01, that reaches it with all eight.
 */
export const INNER_TARGET_SENSITIVITY = 0.94;

/** Margins tried, in hundredths of a °C (integers, so the grid has no rounding drift). */
export const MARGIN_MIN_CENTI = -20;
export const MARGIN_MAX_CENTI = 50;

/** The group a threshold belongs to: a camera, or `all` (all rows pooled: thresholdC). */
export type RuleGroup = FdaCamera | 'all';

/** The rule in words, for the shipped model's `screening.rule`. */
export const THRESHOLD_RULE = `Per camera: Youden's J threshold on the body estimate (sensitivity + specificity − 1, ties to the lower) on the camera's fitting rows, minus a margin: the smallest margin from ${MARGIN_MIN_CENTI / 100} to +${MARGIN_MAX_CENTI / 100} °C in 0.01 °C steps (a negative margin raises the threshold) whose ${DEFAULT_FOLDS}-fold cross-validated sensitivity on those rows (folds by subject; calibration and Youden threshold refitted without the held-out fold) reaches ${INNER_TARGET_SENSITIVITY}, the inner target that gives ≥ 0.92 on new subjects in the nested cross-validation (fit.nestedCv). thresholdC: the same rule on all rows pooled, for other cameras. Refer at or above.`;

const round4 = (x: number) => Number(x.toFixed(4)) + 0; // + 0: no -0

/** Youden's threshold lowered by `marginC` (negative raises it), at 1e-4 °C. */
export function withMargin(youdenC: number, marginC: number): number {
  return round4(youdenC - marginC);
}

/** One held-out row of the inner cross-validation: its estimate and the fold model's threshold. */
export interface MarginCase {
  estimateC: number;
  youdenC: number;
  fever: boolean;
}

export interface MarginChoice {
  marginC: number;
  /** Pooled held-out sensitivity and specificity at that margin (null without fevers / normals). */
  sensitivity: number | null;
  specificity: number | null;
  /** False when even the largest margin misses the target (the largest margin is then kept). */
  reached: boolean;
}

/**
 * The smallest margin on the grid whose held-out sensitivity reaches `target`. Sensitivity only
 * grows and specificity only falls as the margin grows, so that margin has the best specificity
 * the target allows. Without fevers the target cannot be checked: margin 0, `reached` false.
 */
export function chooseMargin(cases: readonly MarginCase[], target: number): MarginChoice {
  const fever = cases.map((c) => c.fever);
  const at = (centi: number) => {
    const m = centi / 100;
    const c = confusion(
      cases.map((x) => x.estimateC >= withMargin(x.youdenC, m)),
      fever,
    );
    return { marginC: m, sensitivity: c.sensitivity, specificity: c.specificity };
  };
  if (!fever.some(Boolean)) return { ...at(0), reached: false };
  for (let centi = MARGIN_MIN_CENTI; centi <= MARGIN_MAX_CENTI; centi++) {
    const choice = at(centi);
    if (choice.sensitivity! >= target) return { ...choice, reached: true };
  }
  return { ...at(MARGIN_MAX_CENTI), reached: false };
}

/**
 * The inner cross-validation: K folds by subject of `rows`; each fold's rows get the estimate and
 * Youden thresholds of a calibration fitted on the other folds. Returned per group.
 */
export function innerCases(
  rows: readonly FitRow[],
  k: number,
  seed: number,
): Record<RuleGroup, MarginCase[]> {
  const foldOf = subjectFolds(
    rows.map((r) => r.subjectId),
    k,
    seed,
  );
  const cases: Record<RuleGroup, MarginCase[]> = { FLIR: [], ICI: [], all: [] };
  for (let f = 0; f < k; f++) {
    const test = rows.filter((r) => foldOf.get(r.subjectId) === f);
    if (test.length === 0) continue;
    const fit = fitScreening(
      rows.filter((r) => foldOf.get(r.subjectId) !== f),
      { seed, folds: k },
    );
    for (const r of test) {
      const estimateC = bodyEstimate(r.faceC, r.ambientC, fit.calibration);
      const youdenC = fit.cameraThresholdsC[r.camera] ?? fit.thresholdC;
      cases[r.camera].push({ estimateC, youdenC, fever: r.fever });
      cases.all.push({ estimateC, youdenC: fit.thresholdC, fever: r.fever });
    }
  }
  return cases;
}

export interface RuleFit extends CalibrationFit {
  /** Refer at or above, °C: per camera the data cover with fevers and normals, and for the rest. */
  thresholdC: number;
  cameraThresholdsC: Partial<Record<FdaCamera, number>>;
  /** Youden's thresholds on the fitting rows, before the margin. */
  youdenC: Partial<Record<RuleGroup, number>>;
  /** The margins and what the inner cross-validation measured at them. */
  margins: Partial<Record<RuleGroup, MarginChoice>>;
  target: number;
}

/** Calibration and thresholds by the shipped rule (see the top of this file) on `rows`. */
export function fitScreeningRule(
  rows: readonly FitRow[],
  options: {
    seed?: number;
    folds?: number;
    target?: number;
    source?: string;
    fittedOn?: string;
  } = {},
): RuleFit {
  const seed = options.seed ?? DEFAULT_SEED;
  const k = options.folds ?? DEFAULT_FOLDS;
  const target = options.target ?? INNER_TARGET_SENSITIVITY;
  const youden = fitScreening(rows, {
    seed,
    folds: k,
    source: options.source,
    fittedOn: options.fittedOn,
  });
  const cases = innerCases(rows, k, seed);
  const allChoice = chooseMargin(cases.all, target);
  const youdenC: RuleFit['youdenC'] = { all: youden.thresholdC };
  const margins: RuleFit['margins'] = { all: allChoice };
  const cameraThresholdsC: RuleFit['cameraThresholdsC'] = {};
  for (const camera of FDA_CAMERAS) {
    const y = youden.cameraThresholdsC[camera];
    if (y === undefined) continue;
    const choice = chooseMargin(cases[camera], target);
    youdenC[camera] = y;
    margins[camera] = choice;
    cameraThresholdsC[camera] = withMargin(y, choice.marginC);
  }
  return {
    calibration: youden.calibration,
    ambientTerm: youden.ambientTerm,
    thresholdC: withMargin(youden.thresholdC, allChoice.marginC),
    cameraThresholdsC,
    youdenC,
    margins,
    target,
  };
}
