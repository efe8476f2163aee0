// The site calibration's fit: offset, standard error and spread as the textbook defines them, the
// checks that keep a bad session from being accepted, and the expected figures at the threshold.
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../electron/core/estimation/normal.js';
import {
  clinicalValueProblem,
  expectedFigures,
  fitSiteCalibration,
  parseSiteCalibration,
  type VolunteerPair,
} from '../../electron/core/estimation/site-calibration.js';

const options = {
  sensor: '32x24@55',
  date: '2026-11-30',
  thresholdC: 37.5,
  borderlineK: 1,
  readingUncertaintyC: 0.1,
};

/** Volunteers whose kiosk reading is `offset` below the thermometer, ± the given scatter. */
function volunteers(offset: number, scatter: readonly number[]): VolunteerPair[] {
  return scatter.map((e, i) => ({
    kioskFaceC: 35.5 + 0.1 * i,
    clinicalC: 35.5 + 0.1 * i + offset + e,
    distanceM: 0.4 + 0.02 * i,
  }));
}

describe('site calibration fit', () => {
  it('fits the mean offset with its standard error and residual spread', () => {
    const scatter = [0.1, -0.1, 0.2, -0.2, 0.05, -0.05, 0, 0.15, -0.15, 0];
    const fit = fitSiteCalibration(volunteers(1.3, scatter), options);
    expect(fit.problems).toEqual([]);
    const sd = Math.sqrt(scatter.reduce((s, e) => s + e * e, 0) / 9); // the scatter's mean is 0
    expect(fit.calibration).toMatchObject({
      sensor: '32x24@55',
      date: '2026-11-30',
      n: 10,
      offsetC: 1.3,
      distanceM: { min: 0.4, max: 0.58 },
    });
    expect(fit.calibration!.spreadC).toBeCloseTo(sd, 3);
    expect(fit.calibration!.seC).toBeCloseTo(sd / Math.sqrt(10), 3);
    // A tight fit screens well: most people at 38.0 referred, most at 37.0 passed.
    expect(fit.expected!.sensitivity).toBeGreaterThan(0.95);
    expect(fit.expected!.specificity).toBeGreaterThan(0.9);
  });

  it('refuses fewer than 10 volunteers, values outside 34–42 °C and a wide spread, saying why', () => {
    const few = fitSiteCalibration(volunteers(1, [0, 0, 0]), options);
    expect(few.problems.join(' ')).toMatch(/3 volunteers so far: read at least 10/);
    const typo = volunteers(1, Array(10).fill(0));
    typo[4] = { ...typo[4]!, clinicalC: 3.68 };
    expect(fitSiteCalibration(typo, options).problems.join(' ')).toMatch(
      /Volunteer 5: 3\.68 °C is outside 34–42 °C/,
    );
    const wide = fitSiteCalibration(volunteers(1, [1, -1, 0.8, -0.8, 0.5, -0.5, 0, 1, -1, 0]), {
      ...options,
    });
    expect(wide.problems.join(' ')).toMatch(/scatter by ±0\.\d\d °C \(limit 0\.45\)/);
    expect(wide.calibration).not.toBeNull(); // shown, but it cannot be accepted
  });

  it('expects what the normal distribution says at the threshold', () => {
    const e = expectedFigures(
      { spreadC: 0.3, seC: 0 },
      { thresholdC: 37.5, borderlineK: 0, readingUncertaintyC: 0 },
    );
    // Refer at or above 37.5: a person at 38.0 is 1.67σ above it, one at 37.0 1.67σ below.
    expect(e.sensitivity).toBeCloseTo(normalCdf(0.5 / 0.3), 3);
    expect(e.specificity).toBeCloseTo(normalCdf(0.5 / 0.3), 3);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    // The borderline rule refers earlier: more sensitive, less specific.
    const k = expectedFigures(
      { spreadC: 0.3, seC: 0 },
      { thresholdC: 37.5, borderlineK: 1, readingUncertaintyC: 0.2 },
    );
    expect(k.sensitivity).toBeGreaterThan(e.sensitivity);
    expect(k.specificity).toBeLessThan(e.specificity);
  });

  it('checks stored records and typed values', () => {
    const fit = fitSiteCalibration(volunteers(1.2, Array(12).fill(0.01)), options);
    expect(parseSiteCalibration(JSON.parse(JSON.stringify(fit.calibration)))).toEqual(
      fit.calibration,
    );
    expect(() => parseSiteCalibration({ ...fit.calibration, n: 4 })).toThrow(/"n"/);
    expect(() => parseSiteCalibration({ ...fit.calibration, spreadC: 0.9 })).toThrow(/"spreadC"/);
    expect(clinicalValueProblem(36.8)).toBeNull();
    expect(clinicalValueProblem(Number.NaN)).toMatch(/as a number/);
    expect(clinicalValueProblem(42.5)).toMatch(/outside 34–42/);
  });
});
