// The decision modes: fixed threshold (°C or °F), the borderline rule, and the running baseline
// (seeding, referred readings kept out, trimmed mean, idle reset, reset()).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  celsiusToFahrenheit,
  createDecider,
  type Decider,
  differenceToCelsius,
  fahrenheitToCelsius,
  resolveDecisionSettings,
  toCelsius,
  trimmedMean,
} from '../../electron/core/estimation/decision.js';

const C = (value: number) => ({ unit: 'C', value }) as const;
const F = (value: number) => ({ unit: 'F', value }) as const;

describe('conversions', () => {
  it('converts temperatures and temperature differences', () => {
    expect(fahrenheitToCelsius(99.5)).toBe(37.5);
    expect(celsiusToFahrenheit(37.5)).toBe(99.5);
    expect(fahrenheitToCelsius(100.4)).toBeCloseTo(38, 12);
    expect(toCelsius(F(212))).toBe(100);
    expect(toCelsius(C(37.2))).toBe(37.2);
    // A difference has no 32° offset: 0.9 °F of deviation is 0.5 °C.
    expect(differenceToCelsius(F(0.9))).toBeCloseTo(0.5, 12);
    expect(differenceToCelsius(C(0.5))).toBe(0.5);
  });
});

describe('fixed threshold', () => {
  it('defaults to 37.5 °C and refers at or above it', () => {
    const d = createDecider();
    expect(d.settings).toEqual({ mode: 'threshold', thresholdC: 37.5, borderlineK: 1 });
    expect(d.decide(37.49, 0, 0)).toMatchObject({ outcome: 'pass', reason: 'below-threshold' });
    expect(d.decide(37.5, 0, 1)).toMatchObject({
      outcome: 'refer',
      reason: 'above-threshold',
      basis: 'threshold',
      limitC: 37.5,
      baselineC: null,
    });
  });

  it('takes the threshold in °F and decides in °C', () => {
    const d = createDecider({ mode: 'threshold', threshold: F(100.4) });
    expect(d.settings.thresholdC).toBeCloseTo(38, 12);
    expect(d.decide(37.9, 0, 0).outcome).toBe('pass');
    expect(d.decide(38.01, 0, 0).outcome).toBe('refer');
    expect(createDecider({ mode: 'threshold', threshold: F(99.5) }).settings.thresholdC).toBe(37.5);
  });

  it('refers a borderline reading: estimate + k·uncertainty reaching the threshold', () => {
    const d = createDecider({ mode: 'threshold' });
    expect(d.decide(37.3, 0.25, 0)).toMatchObject({ outcome: 'refer', reason: 'borderline' });
    expect(d.decide(37.2, 0.25, 0)).toMatchObject({ outcome: 'pass', reason: 'below-threshold' });
    expect(d.decide(37.6, 5, 0).reason).toBe('above-threshold');
    expect(d.decide(36, Infinity, 0)).toMatchObject({ outcome: 'refer', reason: 'borderline' });
    const k2 = createDecider({ mode: 'threshold', borderlineK: 2 });
    expect(k2.decide(37.2, 0.25, 0).reason).toBe('borderline');
    const k0 = createDecider({ mode: 'threshold', borderlineK: 0 });
    expect(k0.decide(37.4, Infinity, 0)).toMatchObject({ outcome: 'pass' });
  });

  it('refers exactly when estimate + k·uncertainty ≥ threshold (never errs toward pass)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 30, max: 45, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 35, max: 40, noNaN: true }),
        (estimate, uncertainty, k, threshold) => {
          const d = createDecider({ mode: 'threshold', threshold: C(threshold), borderlineK: k });
          const decision = d.decide(estimate, uncertainty, 0);
          expect(decision.outcome === 'refer').toBe(estimate + k * uncertainty >= threshold);
          if (decision.outcome === 'refer') {
            expect(decision.reason).toBe(estimate >= threshold ? 'above-threshold' : 'borderline');
          }
        },
      ),
    );
  });

  it('rejects nonsense', () => {
    const d = createDecider();
    expect(() => d.decide(NaN, 0, 0)).toThrow(RangeError);
    expect(() => d.decide(37, NaN, 0)).toThrow(RangeError);
    expect(() => d.decide(37, -0.1, 0)).toThrow(RangeError);
    expect(() => d.decide(37, 0, Infinity)).toThrow(RangeError);
    expect(() => createDecider({ mode: 'threshold', threshold: C(98.6) })).toThrow(/threshold/);
    expect(() => createDecider({ mode: 'threshold', borderlineK: -1 })).toThrow(/borderlineK/);
  });
});

/** Passes `values` (all well inside the limits) at 1 s intervals from `t0`. */
function feed(d: Decider, values: number[], t0 = 0): void {
  values.forEach((v, i) => expect(d.decide(v, 0, t0 + i * 1000).outcome).toBe('pass'));
}

describe('running baseline', () => {
  it('has documented defaults', () => {
    expect(resolveDecisionSettings({ mode: 'baseline' })).toEqual({
      mode: 'baseline',
      thresholdC: 37.5,
      deviationC: 0.5,
      window: 10,
      minReadings: 5,
      trimEach: 1,
      idleResetMs: 30 * 60 * 1000,
      borderlineK: 1,
    });
    const fahrenheit = resolveDecisionSettings({ mode: 'baseline', deviation: F(1.8) });
    expect(fahrenheit.mode === 'baseline' && fahrenheit.deviationC).toBeCloseTo(1, 12);
  });

  it('seeds with the fixed threshold; seeding readings at or above it never enter', () => {
    const d = createDecider({ mode: 'baseline' });
    expect(d.decide(36.5, 0, 0)).toMatchObject({
      outcome: 'pass',
      reason: 'below-threshold',
      basis: 'threshold',
      baselineReadings: 1,
    });
    expect(d.decide(37.6, 0, 1000)).toMatchObject({
      outcome: 'refer',
      reason: 'above-threshold',
      baselineReadings: 1,
    });
    // Borderline while seeding: referred, kept out.
    expect(d.decide(37.4, 0.2, 2000)).toMatchObject({ outcome: 'refer', reason: 'borderline' });
    expect(d.baselineC()).toBeNull();
    feed(d, [36.5, 36.5, 36.5], 3000);
    expect(d.baselineC()).toBeNull(); // 4 readings: still seeding
    expect(d.decide(36.5, 0, 6000)).toMatchObject({ basis: 'threshold', baselineReadings: 5 });
    // Five readings: the baseline decides from now on.
    expect(d.baselineC()).toBe(36.5);
    expect(d.decide(36.9, 0, 7000)).toMatchObject({
      outcome: 'pass',
      reason: 'within-baseline',
      basis: 'baseline',
      baselineC: 36.5,
      limitC: 37,
      baselineReadings: 6,
    });
  });

  it('refers above baseline + deviation and keeps referred readings out', () => {
    const d = createDecider({ mode: 'baseline' });
    feed(d, [36.25, 36.25, 36.25, 36.25, 36.25]);
    // Exceeds 36.25 + 0.5 = 36.75: refer; the baseline does not move.
    expect(d.decide(36.875, 0, 10_000)).toMatchObject({
      outcome: 'refer',
      reason: 'above-baseline',
      limitC: 36.75,
      baselineReadings: 5,
    });
    // Below the fixed threshold yet referred: the baseline is relative.
    for (let i = 0; i < 20; i++) expect(d.decide(37, 0, 11_000 + i).outcome).toBe('refer');
    expect(d.baselineC()).toBe(36.25);
    // At the limit exactly: within (refer only when it *exceeds*).
    expect(d.decide(36.75, 0, 12_000)).toMatchObject({ outcome: 'pass', baselineReadings: 6 });
    // Borderline against the baseline: 36.625 + 0.25 > 36.75.
    expect(d.decide(36.625, 0.25, 13_000)).toMatchObject({
      outcome: 'refer',
      reason: 'borderline',
      basis: 'baseline',
      baselineReadings: 6,
    });
  });

  it('averages the last 10 passes after dropping the lowest and the highest', () => {
    expect(trimmedMean([3, 1, 2, 100], 1)).toBe(2.5);
    expect(trimmedMean([1, 2, 3], 0)).toBe(2);
    const d = createDecider({ mode: 'baseline', deviation: C(2), threshold: C(40) });
    // 36.0, 36.1, ..., 36.9 (quarter steps keep the arithmetic exact in binary).
    const values = [36, 36.25, 36.5, 36.75, 37, 37.25, 37.5, 37.75, 38, 38.25];
    feed(d, values);
    // Dropped 36 and 38.25; mean of the middle eight = 37.125.
    expect(d.baselineC()).toBe(37.125);
    // The 11th pass pushes out the oldest (36): window 36.25..38.5, trimmed → 36.5..38.25.
    feed(d, [38.5], 20_000);
    expect(d.baselineC()).toBe(37.375);
  });

  it('resets after the idle time, when the clock goes backwards, and on reset()', () => {
    const d = createDecider({ mode: 'baseline', idleResetMs: 60_000 });
    feed(d, [36.5, 36.5, 36.5, 36.5, 36.5]); // last at t = 4000
    expect(d.decide(36.5, 0, 64_000)).toMatchObject({ basis: 'baseline', baselineReadings: 6 });
    // 60 001 ms after the last reading: emptied before deciding, so this one seeds again.
    expect(d.decide(36.5, 0, 124_001)).toMatchObject({ basis: 'threshold', baselineReadings: 1 });
    expect(d.decide(37.2, 0, 124_002)).toMatchObject({
      outcome: 'pass',
      reason: 'below-threshold',
    });

    feed(d, [36.5, 36.5, 36.5], 125_000);
    expect(d.baselineC()).not.toBeNull();
    expect(d.decide(36.5, 0, 100)).toMatchObject({ basis: 'threshold', baselineReadings: 1 });

    feed(d, [36.5, 36.5, 36.5, 36.5], 200);
    expect(d.baselineC()).toBe(36.5);
    d.reset();
    expect(d.baselineC()).toBeNull();
    expect(d.decide(37.2, 0, 5000)).toMatchObject({ basis: 'threshold', outcome: 'pass' });
  });

  it('never idles out with idleResetMs null', () => {
    const d = createDecider({ mode: 'baseline', idleResetMs: null });
    feed(d, [36.5, 36.5, 36.5, 36.5, 36.5]);
    expect(d.decide(36.5, 0, 1e12).basis).toBe('baseline');
  });

  it('matches a reference model: the baseline holds only the last passes', () => {
    const reading = fc.record({
      estimate: fc.double({ min: 35, max: 39, noNaN: true }),
      uncertainty: fc.double({ min: 0, max: 0.5, noNaN: true }),
      gapMs: fc.integer({ min: 0, max: 2000 }),
    });
    fc.assert(
      fc.property(
        fc.array(reading, { maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (readings, window) => {
          const minReadings = Math.min(5, window);
          const trimEach = minReadings >= 3 ? 1 : 0;
          const d = createDecider({
            mode: 'baseline',
            window,
            minReadings,
            trimEach,
            idleResetMs: 1000,
          });
          let kept: number[] = [];
          let t = 0;
          let last: number | null = null;
          for (const r of readings) {
            t += r.gapMs;
            if (last !== null && t - last > 1000) kept = [];
            last = t;
            const baseline = kept.length >= minReadings ? trimmedMean(kept, trimEach) : null;
            const limit = baseline === null ? 37.5 : baseline + 0.5;
            const reaches = (x: number) => (baseline === null ? x >= limit : x > limit);
            const refer = reaches(r.estimate + r.uncertainty);
            const decision = d.decide(r.estimate, r.uncertainty, t);
            expect(decision.outcome).toBe(refer ? 'refer' : 'pass');
            expect(decision.baselineC).toBe(baseline);
            if (!refer) kept = [...kept, r.estimate].slice(-window);
            expect(decision.baselineReadings).toBe(kept.length);
          }
        },
      ),
    );
  });

  it('rejects inconsistent settings', () => {
    expect(() => resolveDecisionSettings({ mode: 'baseline', window: 0 })).toThrow(/window/);
    expect(() => resolveDecisionSettings({ mode: 'baseline', minReadings: 11 })).toThrow(
      /minReadings/,
    );
    expect(() => resolveDecisionSettings({ mode: 'baseline', trimEach: 5 })).toThrow(/trimEach/);
    expect(() => resolveDecisionSettings({ mode: 'baseline', deviation: C(-1) })).toThrow(
      /deviation/,
    );
  });
});
