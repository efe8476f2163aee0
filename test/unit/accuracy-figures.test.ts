// The deployment pack's accuracy figures (accuracy-figures.ts) are what the project's evaluations
// compute, recomputed here: the FDA nested cross-validation in full (a few seconds), and the
// simulator's accuracy part for the single point, the 8×8 and the 32×24 at 55° in the first two
// distance bands, which the seeds of `kiosk eval sim` make identical to the full run's (each
// band's seed is its index; each sensor's, its place in the list). The 110° lens and the MI48 come
// after them in that list and would about double its time (the MI48's 80×62 renders are the slow
// part): their figures are checked against `kiosk eval sim --json` when it is rerun instead.
import { describe, expect, it } from 'vitest';
import {
  FDA_NESTED_CV,
  SIMULATED,
  simulatedFigures,
} from '../../electron/core/estimation/accuracy-figures.js';
import { shippedModel } from '../../electron/core/estimation/shipped.js';
import { evaluate } from '../../electron/core/evaluation/evaluate-fda.js';
import { loadFdaDir } from '../../electron/core/evaluation/fda-data.js';
import {
  evaluateAccuracy,
  SENSOR_KIND_IDS,
  type BandFigures,
} from '../../electron/simulation/eval-accuracy.js';
import { FDA_FULL } from '../support/fda-paths.js';

/** The sensors recomputed here: the first three of `kiosk eval sim`'s list, in its order. */
const CHECKED = ['mlx90614', 'amg8833', 'mlx90640-55'] as const;

/** As `kiosk eval sim --json` prints them. */
const round3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

describe('accuracy figures on real clinical data (FDA study, subjects left out)', () => {
  it('are the nested 10-fold cross-validation `kiosk eval fda --cv 10` computes', () => {
    const report = evaluate(loadFdaDir(FDA_FULL), shippedModel(), { cv: { k: 10, seed: 1 } });
    for (const camera of ['FLIR', 'ICI'] as const) {
      const r = report.cameras[camera]!;
      const quoted = FDA_NESTED_CV[camera];
      expect(r.n).toBe(quoted.subjects);
      expect(r.fevers).toBe(quoted.fevers);
      expect(r.sensitivity).toBeCloseTo(quoted.sensitivity, 4);
      expect(r.specificity).toBeCloseTo(quoted.specificity, 4);
      expect(r.mae).toBeCloseTo(quoted.maeC, 4);
      expect(r.ci95.sensitivity!.low).toBeCloseTo(quoted.sensitivityCi95[0], 4);
      expect(r.ci95.sensitivity!.high).toBeCloseTo(quoted.sensitivityCi95[1], 4);
    }
  }, 60_000);
});

describe("accuracy figures on the project's physical simulator", () => {
  it('are what `kiosk eval sim` computes for each sensor, before and after a site calibration', () => {
    const results = evaluateAccuracy({
      seed: 1,
      peoplePerBand: 150,
      kinds: CHECKED,
      bands: [
        [0.25, 0.35],
        [0.35, 0.6],
      ],
      volunteers: 12,
      feverShare: 0.3,
    });
    expect(results.map((r) => r.capability.sensor)).toEqual(['1x1@90', '8x8@60', '32x24@55']);
    // Every sensor the simulator knows has its figures (the slow ones too).
    expect(SIMULATED.map((f) => f.sensor).sort()).toEqual(
      ['1x1@90', '8x8@60', '32x24@55', '32x24@110', '80x62@45'].sort(),
    );
    expect(SENSOR_KIND_IDS.slice(0, CHECKED.length)).toEqual(CHECKED);
    for (const result of results) {
      const quoted = simulatedFigures(result.capability.sensor)!;
      if (quoted.bandM === null) {
        // Sensors that cannot screen: nobody gets a verdict, at any distance.
        expect(result.capability.canScreen).toBe(false);
        expect(result.before.every((b) => b.retries === 1 && b.mae === null)).toBe(true);
        continue;
      }
      expect(result.capability.canScreen).toBe(true);
      const at = (bands: BandFigures[] | null) =>
        bands?.find((b) => b.fromM === quoted.bandM![0] && b.toM === quoted.bandM![1]);
      const before = at(result.before)!;
      expect([
        round3(before.mae),
        round3(before.febrileReferred),
        round3(before.normalPassed),
      ]).toEqual([quoted.maeC, quoted.febrileReferred, quoted.normalPassed]);
      expect(round3(before.retries)).toBe(quoted.retries);
      const after = at(result.after)!;
      expect([
        round3(after.mae),
        round3(after.febrileReferred),
        round3(after.normalPassed),
      ]).toEqual([
        quoted.afterSite!.maeC,
        quoted.afterSite!.febrileReferred,
        quoted.afterSite!.normalPassed,
      ]);
    }
  }, 600_000);
});
