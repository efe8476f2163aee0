// The Wilson score interval against published figures: Newcombe, "Two-sided confidence intervals
// for the single proportion: comparison of seven methods", Stat Med 1998;17:857–872, Table I,
// method 3 (score, no continuity correction), which gives its examples to four decimals.
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../electron/core/services/wilson-interval.js';

describe('Wilson score interval', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
  ])('%i of %i: %f to %f (Newcombe 1998, Table I)', (x, n, low, high) => {
    const interval = wilsonInterval(x, n)!;
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('is exactly 0 or 1 at the ends, and symmetric: x of n mirrors n − x of n', () => {
    // 0/10 and 10/10: 0–0.2775 and 0.7225–1 (the same formula, worked by hand).
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.2775, 4) });
    expect(wilsonInterval(10, 10)).toEqual({ low: expect.closeTo(0.7225, 4), high: 1 });
    for (const [x, n] of [
      [3, 7],
      [1, 2],
      [40, 41],
    ] as const) {
      const a = wilsonInterval(x, n)!;
      const b = wilsonInterval(n - x, n)!;
      expect(a.low).toBeCloseTo(1 - b.high, 12);
      expect(a.high).toBeCloseTo(1 - b.low, 12);
      expect(a.low).toBeLessThan(x / n);
      expect(a.high).toBeGreaterThan(x / n);
    }
  });

  it('has nothing to say with no trials, and refuses counts that cannot be', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 2)).toThrow(RangeError);
  });
});
