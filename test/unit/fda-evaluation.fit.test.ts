// The FDA fit and the shipped model: a fit worked out by hand on test/fixtures/fda-small, the
// threshold and fold rules, a fit of the full data that reproduces the shipped file byte for byte,
// and proof that `eval fda` scores the shipped coefficients and never fits.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyEstimate, parseCalibration } from '../../electron/core/estimation/calibration.js';
import { shippedCalibration, shippedModel } from '../../electron/core/estimation/shipped.js';
import {
  parseShippedModel,
  type ShippedModel,
  thresholdFor,
} from '../../electron/core/estimation/shipped-model.js';
import { evaluate } from '../../electron/core/evaluation/evaluate-fda.js';
import { loadFdaDir } from '../../electron/core/evaluation/fda-data.js';
import type * as FitModule from '../../electron/core/evaluation/fit-calibration.js';
import {
  chooseThreshold,
  shortestBetween,
  subjectFolds,
} from '../../electron/core/evaluation/fit-calibration.js';
import { fitShippedModel } from '../../electron/core/evaluation/fit-shipped-model.js';
import { FDA_FULL, FDA_SMALL, SHIPPED_JSON } from '../support/fda-paths.js';

describe('fitting', () => {
  it('fits the hand-made fixture as worked out by hand', () => {
    const model = fitShippedModel(loadFdaDir(FDA_SMALL));
    // offset = mean(oral − face) = (1 + .75 + 1.25 + .5 + 1.25 + 1 + .75) / 7 = 6.5 / 7 = 0.92857.
    // Ambient is 24 °C throughout: no slope, no gain, the term is dropped.
    expect(model.calibration).toMatchObject({ offsetC: 0.9286, ambientCoef: 0, ambientRefC: 24 });
    expect(model.fit.ambientTerm).toMatchObject({ kept: false, coef: 0 });
    // Estimates: G 36.6786, A 36.9286, B = E 37.1786, D = F 37.4286, C 37.6786. Youden's J:
    // ≥ 37.6786: 1/3 − 0 = .333; ≥ 37.4286: 2/3 − 1/4 = .417; ≥ 37.1786: 1 − 2/4 = .5 (best);
    // ≥ 36.9286: 1 − 3/4. The shortest decimal in (36.9286, 37.1786] is 37.
    expect(model.fit.rule!.groups.FLIR).toMatchObject({ youdenC: 37 });
    // The margin, from the rule's own cross-validation (7 subjects in 10 folds: one each). Held
    // out, fever S-E is scored by the other six: offset (1 + .75 + 1.25 + .5 + 1 + .75) / 6 =
    // 0.875, so S-E reads 36.25 + 0.875 = 37.125; their estimates G 36.625, A 36.875, B 37.125,
    // D = F 37.375, C 37.625 put Youden at ≥ 37.375 (J = 1 − 1/4), the shortest decimal in
    // (37.125, 37.375] being 37.3. Referring S-E needs 37.3 − m ≤ 37.125: m = 0.18 (0.175 up to
    // the 0.01 grid); the other fevers are referred by then, so sensitivity 3/3 ≥ 0.94.
    expect(model.fit.rule!.groups.FLIR).toMatchObject({
      marginC: 0.18,
      thresholdC: 36.82,
      innerSensitivity: 1,
      reached: true,
    });
    expect(model.screening.cameras).toEqual({ FLIR: 36.82 });
    expect(model.screening.thresholdC).toBe(36.82);
    expect(model.calibration.n).toBe(7);
  });

  it('chooses thresholds by Youden, ties to the lower threshold', () => {
    // Two fevers (3, 4), two normals (1, 2): ≥ 3 gives J = 1; the shortest decimal in (2, 3] is 3.
    expect(chooseThreshold([1, 2, 3, 4], [false, false, true, true])).toBe(3);
    expect(chooseThreshold([1.2, 2.2, 3.2, 4.2], [false, false, true, true])).toBe(3);
    expect(chooseThreshold([1.2, 3.05, 3.2, 4.2], [false, false, true, true])).toBe(3.1);
    // ≥ 2 and ≥ 4 both give J = 1/2 here: the lower one wins (more refers).
    expect(chooseThreshold([1, 2, 3, 4], [false, true, false, true])).toBe(2);
    expect(() => chooseThreshold([1, 2], [false, false])).toThrow(/fevers and normals/);
    expect(shortestBetween(37.1234, 37.4567)).toBe(37.3);
    expect(shortestBetween(37.3011, 37.3019)).toBe(37.3015);
  });

  it('deals folds by subject, deterministically', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'a', 'b'];
    const folds = subjectFolds(ids, 2, 7);
    expect(folds.size).toBe(5);
    expect(subjectFolds(ids, 2, 7)).toEqual(folds);
    expect([...folds.values()].sort()).toEqual([0, 0, 0, 1, 1]);
  });

  it('is reproducible: the full data give the shipped file, byte for byte', () => {
    const data = loadFdaDir(FDA_FULL);
    const first = `${JSON.stringify(fitShippedModel(data), null, 2)}\n`;
    expect(`${JSON.stringify(fitShippedModel(loadFdaDir(FDA_FULL)), null, 2)}\n`).toBe(first);
    expect(first).toBe(readFileSync(SHIPPED_JSON, 'utf8'));
  });
});

describe('eval fda scores the shipped coefficients and never fits', () => {
  afterEach(() => {
    vi.doUnmock('../../electron/core/evaluation/fit-calibration.js');
    vi.resetModules();
  });

  it('loads the shipped JSON as the kiosk default calibration', () => {
    const json = JSON.parse(readFileSync(SHIPPED_JSON, 'utf8')) as ShippedModel;
    expect(shippedModel()).toEqual(parseShippedModel(json));
    expect(shippedCalibration()).toEqual(parseCalibration(json.calibration));
    expect(Object.isFrozen(shippedCalibration())).toBe(true);
    expect(thresholdFor(shippedModel(), 'FLIR')).toBe(json.screening.cameras.FLIR);
    expect(thresholdFor(shippedModel(), 'MLX90640')).toBe(json.screening.thresholdC);
    expect(thresholdFor(shippedModel(), 'constructor')).toBe(json.screening.thresholdC);
    const c = shippedCalibration();
    expect(bodyEstimate(35, c.ambientRefC, c)).toBeCloseTo(35 + c.offsetC, 12);
    expect(bodyEstimate(35, null, c)).toBe(35 + c.offsetC);
  });

  it('changing the shipped offset changes the scores by exactly that much', () => {
    const data = loadFdaDir(FDA_FULL);
    const shipped = evaluate(data, shippedModel());
    const moved = structuredClone(shippedModel()) as ShippedModel;
    moved.calibration.offsetC += 0.1;
    const shifted = evaluate(data, moved);
    for (const camera of ['FLIR', 'ICI'] as const) {
      expect(shifted.cameras[camera]!.bias! - shipped.cameras[camera]!.bias!).toBeCloseTo(0.1, 10);
      expect(shifted.cameras[camera]!.mae).not.toBe(shipped.cameras[camera]!.mae);
      expect(shifted.cameras[camera]!.sensitivity).toBeGreaterThanOrEqual(
        shipped.cameras[camera]!.sensitivity!,
      );
    }
  });

  it('runs with every fitting function replaced by one that throws', async () => {
    const data = loadFdaDir(FDA_FULL);
    const expected = evaluate(data, shippedModel());
    vi.resetModules();
    vi.doMock('../../electron/core/evaluation/fit-calibration.js', async (importOriginal) => {
      const original = await importOriginal<typeof FitModule>();
      const forbidden = () => {
        throw new Error('fitting during eval');
      };
      return {
        ...original,
        fitCalibration: forbidden,
        fitScreening: forbidden,
        chooseThreshold: forbidden,
      };
    });
    const mocked = await import('../../electron/core/evaluation/evaluate-fda.js');
    const shipped = await import('../../electron/core/estimation/shipped.js');
    expect(mocked.evaluate(data, shipped.shippedModel())).toEqual(expected);
    // The mock is live: cross-validation, which does fit, now throws.
    expect(() => mocked.evaluate(data, shipped.shippedModel(), { cv: { k: 10, seed: 1 } })).toThrow(
      'fitting during eval',
    );
  });
});

describe('shipped model file', () => {
  it('rejects a damaged model with one sentence', () => {
    const json = JSON.parse(readFileSync(SHIPPED_JSON, 'utf8')) as ShippedModel;
    const bad = structuredClone(json) as unknown as { calibration: { offsetC: unknown } };
    bad.calibration.offsetC = 'x';
    expect(() => parseShippedModel(bad, 'm.json')).toThrow(
      'm.json: "calibration": "offsetC" must be a number from -5 to 5',
    );
    expect(() => parseShippedModel([], 'm.json')).toThrow('m.json must be an object');
  });
});
