// The Wilson score interval for a proportion (Wilson 1927; method 3, without continuity correction,
// in Newcombe, Stat Med 1998;17:857–872). Chosen over the textbook p ± z·SE because it stays inside
// 0–1 and keeps its coverage for the small counts a kiosk's second checks will have (0 of 3…).

/** z for a two-sided 95 % interval: Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** The interval for `successes` of `trials`; null with no trials (nothing to estimate). */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval | null {
  if (!Number.isInteger(trials) || trials < 0) throw new RangeError(`trials: ${trials}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(`successes: ${successes} of ${trials}`);
  }
  if (trials === 0) return null;
  const n = trials;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // Exact 0 and 1 at the ends (the formula gives them up to rounding).
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === n ? 1 : Math.min(1, centre + half),
  };
}
