// Simulated people are real FDA subjects' regional face temperatures: the population reproduces
// the study's statistics, the committed statistics are what the CSVs give, and a drawn face's
// hottest 1 mm cell is exactly the person's true face maximum.
import { describe, expect, it } from 'vitest';
import stats from '../../native-mocks/optics/fda-face-stats.json' with { type: 'json' };
import subjects from '../../native-mocks/optics/fda-face-subjects.json' with { type: 'json' };
import {
  FEVER_SHIFT_FACTOR,
  ROOM_SHIFT_FACTOR,
  SUBJECT_COUNT,
  faceTemplateOf,
  samplePerson,
  shiftPerson,
} from '../../native-mocks/optics/face.js';
import { SKIN } from '../../native-mocks/optics/face-types.js';
import { computeFdaFaceStats } from '../../native-mocks/optics/fda-face-stats.js';
import { createRng } from '../../native-mocks/prng.js';

function meanSd(xs: number[]): { mean: number; sd: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
  return { mean, sd };
}

const FLIR = stats.cameras.FLIR;

describe('FDA face statistics', () => {
  it('are what the CSVs in test/fixtures/fda-thermography give (rerun the build command)', () => {
    const fresh = computeFdaFaceStats('test/fixtures/fda-thermography');
    expect(fresh.stats).toEqual(stats);
    expect(fresh.subjects.rows).toEqual(subjects.rows);
    expect(stats.source.command).toBe('node native-mocks/optics/build-fda-face-stats.mjs');
  });

  it('give the shift rules: skin follows the body at the slope of T_Max on oral', () => {
    expect(FEVER_SHIFT_FACTOR).toBe(FLIR.regression.oralSlope);
    expect(FEVER_SHIFT_FACTOR).toBeGreaterThan(0.6);
    expect(FEVER_SHIFT_FACTOR).toBeLessThan(1);
    expect(ROOM_SHIFT_FACTOR).toBe(FLIR.regression.roomSlope);
    expect(SUBJECT_COUNT).toBe(FLIR.subjects);
  });
});

describe('simulated population', () => {
  const rng = createRng(21);
  const people = Array.from({ length: 4000 }, () => samplePerson(rng));

  it('reproduces the FDA mean and SD of T_Max − oral', () => {
    const s = meanSd(people.map((p) => p.trueFaceMaxC - p.bodyC));
    expect(Math.abs(s.mean - FLIR.tMaxMinusOral.mean)).toBeLessThan(0.03);
    expect(Math.abs(s.sd - FLIR.tMaxMinusOral.sd)).toBeLessThan(0.03);
  });

  it('reproduces the regional offsets (canthi, forehead centre) and the oral distribution', () => {
    const canthi = meanSd(
      people.map(
        (p) => Math.max(p.regions.canthusLeftMax, p.regions.canthusRightMax) - p.trueFaceMaxC,
      ),
    );
    // The canthus peak takes T_Max when no region holds it, so it sits a little higher.
    expect(canthi.mean - FLIR.canthiMaxMinusTMax.mean).toBeGreaterThanOrEqual(0);
    expect(canthi.mean - FLIR.canthiMaxMinusTMax.mean).toBeLessThan(0.1);
    const forehead = meanSd(people.map((p) => p.regions.foreheadCentre - p.trueFaceMaxC));
    expect(Math.abs(forehead.mean - FLIR.foreheadCentreMinusTMax.mean)).toBeLessThan(0.03);
    expect(Math.abs(forehead.sd - FLIR.foreheadCentreMinusTMax.sd)).toBeLessThan(0.03);
    const oral = meanSd(people.map((p) => p.bodyC));
    expect(Math.abs(oral.mean - FLIR.oral.mean)).toBeLessThan(0.03);
    expect(Math.abs(oral.sd - FLIR.oral.sd)).toBeLessThan(0.03);
  });

  it('shifts skin by the stated factors for fever and room', () => {
    const base = samplePerson(createRng(1), { subjectIndex: 7 });
    const fever = samplePerson(createRng(1), { subjectIndex: 7, bodyC: base.bodyC + 2 });
    expect(fever.trueFaceMaxC - base.trueFaceMaxC).toBeCloseTo(2 * FEVER_SHIFT_FACTOR, 9);
    expect(fever.regions.foreheadCentre - base.regions.foreheadCentre).toBeCloseTo(
      2 * FEVER_SHIFT_FACTOR,
      9,
    );
    const warmRoom = samplePerson(createRng(1), { subjectIndex: 7, roomC: 26 });
    const coolRoom = samplePerson(createRng(1), { subjectIndex: 7, roomC: 19 });
    expect(warmRoom.trueFaceMaxC - coolRoom.trueFaceMaxC).toBeCloseTo(7 * ROOM_SHIFT_FACTOR, 9);
    expect(warmRoom.id).toBe(coolRoom.id);
    const shifted = shiftPerson(base, -1.5);
    expect(shifted.trueFaceMaxC).toBeCloseTo(base.trueFaceMaxC - 1.5, 9);
    expect(shifted.id).toBe(base.id);
  });

  it('the hottest 1 mm cell of a drawn face is the true face maximum', () => {
    for (let i = 0; i < 12; i++) {
      const p = samplePerson(rng, { subjectIndex: (i * 53) % SUBJECT_COUNT });
      const t = faceTemplateOf(p);
      expect(t.maxBareRel).toBe(0);
      let hottest = -Infinity;
      for (let k = 0; k < t.face.kind.length; k++) {
        if (t.face.kind[k] === SKIN) hottest = Math.max(hottest, t.face.rel[k]!);
      }
      expect(p.trueFaceMaxC + hottest).toBeCloseTo(p.trueFaceMaxC, 9);
      expect(t.face.cellMm).toBeLessThanOrEqual(1);
      expect(p.faceWidthMm).toBeGreaterThanOrEqual(135);
      expect(p.faceWidthMm).toBeLessThanOrEqual(165);
    }
  });
});
