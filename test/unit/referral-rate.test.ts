// The referral-rate check: its constants recomputed from the FDA data, its expected share against
// the kiosk's own decision rule run on simulated people, its binomial range against exact sums,
// and its verdicts.
import { describe, expect, it } from 'vitest';
import type { DailyCount } from '../../electron/contract/schemas.js';
import { bodyEstimate } from '../../electron/core/estimation/calibration.js';
import {
  createDecider,
  resolveDecisionSettings,
  type DecisionModeInput,
} from '../../electron/core/estimation/decision.js';
import { shippedCalibration } from '../../electron/core/estimation/shipped.js';
import { camerasOf, FEVER_C, loadFdaDir } from '../../electron/core/evaluation/fda-data.js';
import { createRng } from '../../electron/core/prng.js';
import {
  AFEBRILE_ORAL_MEAN_C,
  AFEBRILE_ORAL_SD_C,
  binomialRange,
  estimatorErrorSdC,
  expectedReferShare,
  MIN_SCREENED,
  referralRateCheck,
  SHIPPED_RESIDUAL_SD_C,
} from '../../electron/core/services/referral-rate.js';
import { FDA_FULL } from '../support/fda-paths.js';

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
};

/** A standard normal draw (Box–Muller) from a seeded uniform generator. */
function normal(rng: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** The share of afebrile people the kiosk's own decider refers, simulated under the model. */
function simulatedShare(input: DecisionModeInput, errorSdC: number, people = 40_000): number {
  const z = normal(createRng(7));
  const decider = createDecider(input);
  let refers = 0;
  for (let i = 0; i < people; i++) {
    const oral = AFEBRILE_ORAL_MEAN_C + AFEBRILE_ORAL_SD_C * z();
    const estimate = oral + errorSdC * z();
    if (decider.decide(estimate, errorSdC, i * 1000).outcome === 'refer') refers++;
  }
  return refers / people;
}

describe('referral-rate constants', () => {
  const data = loadFdaDir(FDA_FULL);
  const subjects = camerasOf(data).flatMap((c) => c.subjects);

  it('are the FDA study’s afebrile oral temperatures and the shipped calibration’s residual SD', () => {
    // One oral value per subject (both cameras measured the same people).
    const oral = new Map(subjects.map((s) => [s.subjectId, s.oralC]));
    const afebrile = [...oral.values()].filter((o) => o < FEVER_C);
    expect(afebrile).toHaveLength(572);
    expect(mean(afebrile)).toBeCloseTo(AFEBRILE_ORAL_MEAN_C, 4);
    expect(sd(afebrile)).toBeCloseTo(AFEBRILE_ORAL_SD_C, 4);
    const cal = shippedCalibration();
    const residuals = subjects.map((s) => s.oralC - bodyEstimate(s.faceC, s.ambientC, cal));
    expect(residuals).toHaveLength(1262);
    expect(sd(residuals)).toBeCloseTo(SHIPPED_RESIDUAL_SD_C, 4);
  });

  it('give an expected share near the FDA data’s own share of afebrile estimates referred', () => {
    const cal = shippedCalibration();
    const decision = resolveDecisionSettings({ mode: 'threshold' });
    const referAt = decision.thresholdC - decision.borderlineK * SHIPPED_RESIDUAL_SD_C;
    const afebrile = subjects.filter((s) => !s.fever);
    const observed =
      afebrile.filter((s) => bodyEstimate(s.faceC, s.ambientC, cal) >= referAt).length /
      afebrile.length;
    const expected = expectedReferShare(decision, SHIPPED_RESIDUAL_SD_C);
    console.log(
      `referral rate at 37.5 °C, k = 1: model ${expected.toFixed(3)}, FDA rows ${observed.toFixed(3)}`,
    );
    expect(Math.abs(expected - observed)).toBeLessThan(0.05);
  });
});

describe('expected share', () => {
  it.each([
    [{ mode: 'threshold' }, SHIPPED_RESIDUAL_SD_C],
    [{ mode: 'threshold', threshold: { unit: 'C', value: 37.8 } }, 0.2],
    [{ mode: 'threshold', borderlineK: 0 }, 0.35],
    [{ mode: 'baseline', idleResetMs: null }, SHIPPED_RESIDUAL_SD_C],
    [{ mode: 'baseline', deviation: { unit: 'C', value: 0.8 }, idleResetMs: null }, 0.2],
  ] satisfies Array<[DecisionModeInput, number]>)(
    'matches the kiosk’s decider run on simulated people (%j, σ %f)',
    (input, errorSdC) => {
      const expected = expectedReferShare(resolveDecisionSettings(input), errorSdC);
      const simulated = simulatedShare(input, errorSdC);
      expect(expected).toBeGreaterThan(0.005);
      expect(Math.abs(expected - simulated)).toBeLessThan(0.015);
    },
  );

  it('falls as the threshold rises and grows with the error spread', () => {
    const at = (value: number, sdC: number) =>
      expectedReferShare(
        resolveDecisionSettings({ mode: 'threshold', threshold: { unit: 'C', value } }),
        sdC,
      );
    expect(at(37.3, 0.28)).toBeGreaterThan(at(37.5, 0.28));
    expect(at(37.5, 0.28)).toBeGreaterThan(at(38, 0.28));
    expect(at(37.5, 0.4)).toBeGreaterThan(at(37.5, 0.2));
  });

  it('uses a site calibration’s spread with its offset’s error, else the shipped one', () => {
    expect(estimatorErrorSdC(null)).toBe(SHIPPED_RESIDUAL_SD_C);
    expect(estimatorErrorSdC({ spreadC: 0.3, seC: 0.4 })).toBeCloseTo(0.5, 12);
  });
});

describe('binomial range', () => {
  /** Exact Binomial(n, p) probabilities by Pascal's rule, for small n. */
  function pmf(n: number, p: number): number[] {
    let row = [1];
    for (let i = 0; i < n; i++)
      row = [...row, 0].map((v, k) => v * (1 - p) + (k > 0 ? row[k - 1]! * p : 0));
    return row;
  }

  it.each([
    [20, 0.3],
    [50, 0.05],
    [200, 0.2],
    [150, 0.5],
  ])('n %i, p %f: each tail outside holds less than 0.5 %%, and no narrower range does', (n, p) => {
    const probabilities = pmf(n, p);
    const [low, high] = binomialRange(n, p);
    const below = probabilities.slice(0, low).reduce((s, v) => s + v, 0);
    const above = probabilities.slice(high + 1).reduce((s, v) => s + v, 0);
    expect(below).toBeLessThan(0.005);
    expect(above).toBeLessThanOrEqual(0.005 + 1e-12);
    // One count further in on either side would take more than 0.5 % out.
    expect(below + probabilities[low]!).toBeGreaterThanOrEqual(0.005);
    expect(above + probabilities[high]!).toBeGreaterThan(0.005);
  });

  it('works for a busy week without underflow, and at the ends', () => {
    const [low, high] = binomialRange(50_000, 0.2);
    expect(low).toBeGreaterThan(9_700);
    expect(high).toBeLessThan(10_300);
    expect(binomialRange(300, 0)).toEqual([0, 0]);
    expect(binomialRange(300, 1)).toEqual([300, 300]);
  });
});

describe('referral-rate check', () => {
  const day = (pass: number, refer: number, retry = 0): DailyCount => ({
    date: '2026-11-02',
    screened: pass + refer + retry,
    pass,
    refer,
    retry,
  });

  it('says there is not enough data below the minimum, whatever the rate', () => {
    const check = referralRateCheck([day(100, MIN_SCREENED - 101, 500)], 0.1);
    expect(check.screened).toBe(MIN_SCREENED - 1);
    expect(check.verdict).toBe('not-enough-data');
    expect(referralRateCheck([], 0.1)).toMatchObject({ verdict: 'not-enough-data', screened: 0 });
  });

  it('counts people given a verdict (retries are not), over every day given', () => {
    const check = referralRateCheck([day(450, 50, 30), day(450, 50)], 0.1);
    expect(check).toMatchObject({ verdict: 'ok', screened: 1000, referred: 100, days: 7 });
    expect(check.expected).toBe(0.1);
    expect(check.low).toBeLessThan(0.1);
    expect(check.high).toBeGreaterThan(0.1);
  });

  it('warns of too many or too few only outside the 99 % range', () => {
    const [low, high] = binomialRange(1000, 0.1);
    expect(referralRateCheck([day(1000 - high, high)], 0.1).verdict).toBe('ok');
    expect(referralRateCheck([day(1000 - high - 1, high + 1)], 0.1).verdict).toBe('too-many');
    expect(referralRateCheck([day(1000 - low, low)], 0.1).verdict).toBe('ok');
    expect(referralRateCheck([day(1000 - low + 1, low - 1)], 0.1).verdict).toBe('too-few');
  });
});
