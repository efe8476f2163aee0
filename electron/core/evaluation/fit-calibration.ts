// Fitting the skin-to-body calibration and Youden's screening thresholds, the base the shipped
// rule (screening-rule.ts) lowers by a cross-validated margin; `kiosk calibrate fda`
// (fit-shipped-model.ts) runs it on all valid rows, the cross-validations on training folds.
// Deterministic: same rows, same seed, same numbers.
//
// Calibration: body = face + offsetC + ambientCoef × (ambient − ambientRefC), one for all cameras.
// - offsetC = mean(oral − face) over the fitting rows (the FDA study's constant offset);
// - the ambient term is the least-squares slope of (oral − face) on ambient, centred at the
//   fitting rows' mean ambient (rounded to 0.1 °C); it is kept only when it lowers the K-fold
//   cross-validated MAE on the fitting rows (folds by subject, from the seed); otherwise 0.
// Coefficients are rounded (offset and slope to 1e-4) before anything else uses them.
//
// Youden thresholds on the body estimate (refer at or above): per camera, the one maximizing Youden's J
// (sensitivity + specificity − 1) on that camera's fitting rows, ties going to the lower threshold
// (more refers); it sits at the shortest decimal between the lowest referred estimate and the next
// lower one. `thresholdC`, for a camera the data do not cover, is the same rule on all rows.
// Why per camera: in the FDA data no single threshold reaches sensitivity ≥ 0.90 on FLIR and
// specificity ≥ 0.93 on ICI at once, even in-sample: the two cameras read the same subjects with
// the same mean offset (0.94 °C each) but ICI scatters more, so its normals reach higher estimates.
import { createRng } from '../prng.js';
import { bodyEstimate, type Calibration } from '../estimation/calibration.js';
import type { ShippedModel } from '../estimation/shipped-model.js';
import { FDA_CAMERAS, type FdaCamera } from './fda-data.js';
import { mae } from './metrics.js';

export interface FitRow {
  camera: FdaCamera;
  subjectId: string;
  /** The feature (mean T_Max over rounds), °C. */
  faceC: number;
  ambientC: number;
  oralC: number;
  fever: boolean;
}

export const DEFAULT_FOLDS = 10;
export const DEFAULT_SEED = 1;

export const FEATURE_DEFINITION =
  'face-max: the whole-face maximum (T_Max in the FDA data), averaged over the measurement rounds';

/**
 * K folds by subject: every row of a subject (one per camera) lands in the same fold, so a subject
 * is never both fitted and scored. The subjects, sorted, are shuffled by the seed and dealt round-robin.
 */
export function subjectFolds(subjectIds: readonly string[], k: number, seed: number) {
  const ids = [...new Set(subjectIds)].sort();
  const random = createRng(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return new Map(ids.map((id, i) => [id, i % k]));
}

const round = (x: number, digits: number) => Number(x.toFixed(digits)) + 0; // + 0: no -0

function coefficients(rows: readonly FitRow[], withAmbient: boolean) {
  const residuals = rows.map((r) => r.oralC - r.faceC);
  const meanResidual = residuals.reduce((s, v) => s + v, 0) / rows.length;
  const meanAmbient = rows.reduce((s, r) => s + r.ambientC, 0) / rows.length;
  const ambientRefC = round(meanAmbient, 1);
  let sxx = 0;
  let sxy = 0;
  rows.forEach((r, i) => {
    sxx += (r.ambientC - meanAmbient) ** 2;
    sxy += (r.ambientC - meanAmbient) * (residuals[i]! - meanResidual);
  });
  const slope = sxx > 0 ? sxy / sxx : 0;
  const ambientCoef = withAmbient ? round(slope, 4) : 0;
  // The least-squares line at ambientRefC (= the mean residual without the ambient term).
  const offsetC = round(meanResidual + ambientCoef * (ambientRefC - meanAmbient), 4);
  return { offsetC, ambientCoef, ambientRefC, slope: round(slope, 4) };
}

function calibrationOf(
  c: { offsetC: number; ambientCoef: number; ambientRefC: number },
  n: number,
  source: string,
  fittedOn: string,
): Calibration {
  return {
    version: 1,
    method: 'constant-offset',
    feature: 'face-max',
    offsetC: c.offsetC,
    ambientCoef: c.ambientCoef,
    ambientRefC: c.ambientRefC,
    source,
    fittedOn,
    n,
  };
}

function crossValidatedMae(
  rows: readonly FitRow[],
  withAmbient: boolean,
  folds: Map<string, number>,
  k: number,
): number {
  const errors: number[] = [];
  for (let f = 0; f < k; f++) {
    const test = rows.filter((r) => folds.get(r.subjectId) === f);
    const train = rows.filter((r) => folds.get(r.subjectId) !== f);
    if (test.length === 0 || train.length === 0) continue;
    const cal = calibrationOf(coefficients(train, withAmbient), train.length, '', '');
    for (const r of test) errors.push(bodyEstimate(r.faceC, r.ambientC, cal) - r.oralC);
  }
  return mae(errors) ?? Infinity;
}

export interface CalibrationFit {
  calibration: Calibration;
  ambientTerm: ShippedModel['fit']['ambientTerm'];
}

/** The calibration for `rows` (see the top of this file). Needs rows of at least two subjects. */
export function fitCalibration(
  rows: readonly FitRow[],
  options: { seed?: number; folds?: number; source?: string; fittedOn?: string } = {},
): CalibrationFit {
  const k = options.folds ?? DEFAULT_FOLDS;
  const subjects = new Set(rows.map((r) => r.subjectId)).size;
  if (subjects < 2) throw new Error('fitting needs rows of at least two subjects');
  const folds = subjectFolds(
    rows.map((r) => r.subjectId),
    k,
    options.seed ?? DEFAULT_SEED,
  );
  const cvMaeWithout = crossValidatedMae(rows, false, folds, k);
  const cvMaeWith = crossValidatedMae(rows, true, folds, k);
  const kept = cvMaeWith < cvMaeWithout;
  const c = coefficients(rows, kept);
  return {
    calibration: calibrationOf(c, rows.length, options.source ?? '', options.fittedOn ?? ''),
    ambientTerm: {
      kept,
      coef: c.slope,
      cvMaeWithout: round(cvMaeWithout, 4),
      cvMaeWith: round(cvMaeWith, 4),
    },
  };
}

/** The shortest decimal in (lo, hi], nearest the middle at that precision. */
export function shortestBetween(lo: number, hi: number): number {
  const mid = (lo + hi) / 2;
  for (let digits = 0; digits <= 12; digits++) {
    const r = Number(mid.toFixed(digits));
    if (r > lo && r <= hi) return r;
  }
  return hi;
}

/**
 * Youden's J threshold (refer at or above) for `estimates` against `fever`; ties go to the lower
 * threshold. Throws without fevers or without normals. Exact: compares J in integers.
 */
export function chooseThreshold(estimates: readonly number[], fever: readonly boolean[]): number {
  const P = fever.filter(Boolean).length;
  const N = fever.length - P;
  if (P === 0 || N === 0) throw new Error('choosing a threshold needs fevers and normals');
  const order = estimates.map((e, i) => ({ e, f: fever[i]! })).sort((a, b) => b.e - a.e);
  let tp = 0;
  let fp = 0;
  let bestScore = -Infinity; // J × P × N = tp·N − fp·P
  let bestIndex = 0; // index (in `order`) of the lowest referred estimate
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j]!.e === order[i]!.e) {
      if (order[j]!.f) tp++;
      else fp++;
      j++;
    }
    const score = tp * N - fp * P;
    if (score >= bestScore) {
      bestScore = score;
      bestIndex = j - 1;
    }
    i = j;
  }
  const hi = order[bestIndex]!.e;
  const lower = order.slice(bestIndex + 1).find((x) => x.e < hi);
  return shortestBetween(lower === undefined ? hi - 0.1 : lower.e, hi);
}

export interface ScreeningFit extends CalibrationFit {
  thresholdC: number;
  cameraThresholdsC: Partial<Record<FdaCamera, number>>;
}

/** Calibration, then thresholds on the body estimates it gives (see the top of this file). */
export function fitScreening(
  rows: readonly FitRow[],
  options: { seed?: number; folds?: number; source?: string; fittedOn?: string } = {},
): ScreeningFit {
  const fit = fitCalibration(rows, options);
  const estimate = (r: FitRow) => bodyEstimate(r.faceC, r.ambientC, fit.calibration);
  const thresholdC = chooseThreshold(
    rows.map(estimate),
    rows.map((r) => r.fever),
  );
  const cameraThresholdsC: Partial<Record<FdaCamera, number>> = {};
  for (const camera of FDA_CAMERAS) {
    const own = rows.filter((r) => r.camera === camera);
    if (own.some((r) => r.fever) && own.some((r) => !r.fever)) {
      cameraThresholdsC[camera] = chooseThreshold(
        own.map(estimate),
        own.map((r) => r.fever),
      );
    }
  }
  return { ...fit, thresholdC, cameraThresholdsC };
}
