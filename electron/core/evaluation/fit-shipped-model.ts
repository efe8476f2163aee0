// `kiosk calibrate fda`: the shipped model. The calibration and thresholds come from the shipped
// rule (screening-rule.ts) fitted on all valid rows; the file also records what that rule gives on
// new subjects (its nested cross-validation, with bootstrap intervals) and, for comparison, what
// plain Youden thresholds give on the same folds, so the file says why it holds what it holds.
// The result depends only on the files' contents and the seed (no dates, no paths): the same data
// give the same bytes.
import type { ShippedCrossValidation, ShippedModel } from '../estimation/shipped-model.js';
import type { Interval } from './bootstrap.js';
import { type CameraReport, cameraReport, bootstrapSetup } from './evaluate-fda.js';
import { camerasOf, type FdaData, FEVER_C } from './fda-data.js';
import {
  DEFAULT_FOLDS,
  DEFAULT_SEED,
  FEATURE_DEFINITION,
  fitScreening,
} from './fit-calibration.js';
import { crossValidate, type Fitter } from './nested-cv.js';
import {
  MARGIN_MAX_CENTI,
  MARGIN_MIN_CENTI,
  fitScreeningRule,
  THRESHOLD_RULE,
} from './screening-rule.js';

export const CALIBRATE_COMMAND =
  'npm run -s kiosk -- calibrate fda --data test/fixtures/fda-thermography --out electron/core/estimation/shipped-calibration.json';

const r4 = (x: number) => Number(x.toFixed(4)) + 0; // + 0: no -0
const r4OrNull = (x: number | null) => (x === null ? null : r4(x));
const interval = (i: Interval | null): Interval | null =>
  i === null ? null : { low: r4(i.low), high: r4(i.high) };

/** Plain Youden thresholds, no margin: the rule shipped before the nested cross-validation. */
const youdenRule: Fitter = (train, k, seed) => fitScreening(train, { seed, folds: k });

/** A cross-validation of `fit` on `data`, as the shipped file records it (rounded to 1e-4). */
export function crossValidationRecord(
  data: FdaData,
  k: number,
  seed: number,
  fit?: Fitter,
): ShippedCrossValidation {
  const cams = camerasOf(data);
  const cv = crossValidate(
    cams.flatMap((c) => c.subjects),
    k,
    seed,
    fit,
  );
  const bootstrap = bootstrapSetup(seed);
  const cameras: ShippedCrossValidation['cameras'] = {};
  for (const c of cams) {
    const r: CameraReport = cameraReport(c, cv.scored, { cv, bootstrap });
    cameras[c.camera] = {
      n: r.n,
      fevers: r.fevers,
      sensitivity: r4OrNull(r.sensitivity),
      specificity: r4OrNull(r.specificity),
      mae: r4OrNull(r.mae),
      ci95: {
        sensitivity: interval(r.ci95.sensitivity),
        specificity: interval(r.ci95.specificity),
        mae: interval(r.ci95.mae),
      },
      thresholdMinC: r4(r.cv!.thresholdMin),
      thresholdMaxC: r4(r.cv!.thresholdMax),
    };
  }
  return { k, seed, bootstrap, cameras };
}

/**
 * `kiosk calibrate fda`: one calibration and one threshold per camera (and one for other cameras)
 * by the shipped rule on all valid rows of `data`, with the record of how they were fitted.
 */
export function fitShippedModel(
  data: FdaData,
  options: { seed?: number; folds?: number } = {},
): ShippedModel {
  const seed = options.seed ?? DEFAULT_SEED;
  const folds = options.folds ?? DEFAULT_FOLDS;
  const cams = camerasOf(data);
  const rows = cams.flatMap((c) => c.subjects);
  const fittedOn = cams
    .map((c) => `${c.file} (${c.subjects.length} rows, sha256 ${c.sha256})`)
    .join(' + ');
  const fit = fitScreeningRule(rows, {
    seed,
    folds,
    source:
      'FDA thermography study (Wang et al., Sensors 2022, 22:215; data CC0), whole-face maximum vs. oral (aveOralM)',
    fittedOn,
  });
  const groups: NonNullable<ShippedModel['fit']['rule']>['groups'] = {};
  for (const [group, choice] of Object.entries(fit.margins)) {
    if (!choice) continue;
    const youdenC = fit.youdenC[group as keyof typeof fit.youdenC]!;
    groups[group] = {
      youdenC,
      marginC: r4(choice.marginC),
      thresholdC:
        group === 'all'
          ? fit.thresholdC
          : fit.cameraThresholdsC[group as keyof typeof fit.cameraThresholdsC]!,
      innerSensitivity: r4OrNull(choice.sensitivity),
      innerSpecificity: r4OrNull(choice.specificity),
      reached: choice.reached,
    };
  }
  return {
    source: `Written by \`${CALIBRATE_COMMAND}${seed === DEFAULT_SEED ? '' : ` --seed ${seed}`}\` from ${fittedOn}. Do not edit by hand: rerun the command.`,
    version: 1,
    featureDefinition: FEATURE_DEFINITION,
    feverDefinitionC: FEVER_C,
    calibration: fit.calibration,
    screening: {
      rule: THRESHOLD_RULE,
      thresholdC: fit.thresholdC,
      cameras: { ...fit.cameraThresholdsC },
    },
    fit: {
      seed,
      folds,
      ambientTerm: fit.ambientTerm,
      cameras: Object.fromEntries(
        cams.map((c) => [
          c.camera,
          { file: c.file, sha256: c.sha256, n: c.subjects.length, skipped: c.skipped.length },
        ]),
      ),
      rule: {
        innerTargetSensitivity: fit.target,
        marginGridC: { min: MARGIN_MIN_CENTI / 100, max: MARGIN_MAX_CENTI / 100, step: 0.01 },
        groups,
      },
      nestedCv: crossValidationRecord(data, folds, seed),
      youdenCv: crossValidationRecord(data, folds, seed, youdenRule),
    },
  };
}
