// Percentile bootstrap over subjects: how much a figure (sensitivity, specificity, MAE) would move
// with another sample of people of the same kind. With 68 fevers a camera, one missed fever is
// 0.015 of sensitivity, so a point figure alone says little about "≥ 0.92".
//
// The resampling unit is the subject (all of a subject's rows go in or out together); the
// decisions and errors are fixed (nothing is refitted: for cross-validated figures the interval
// covers which subjects were sampled, not the refitting). Deterministic: units are sorted, and
// the draws come from the seeded PRNG.
import { createRng } from '../prng.js';

export const DEFAULT_RESAMPLES = 2000;
export const INTERVAL_LEVEL = 0.95;

/** A closed interval. An object, not a pair: the shipped JSON stays as Prettier formats it. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * The percentile interval of `values` at `level` (nearest rank: the ⌈p·n⌉-th smallest value for
 * p = (1 − level)/2 and (1 + level)/2). Null for no values.
 */
export function percentileInterval(
  values: readonly number[],
  level = INTERVAL_LEVEL,
): Interval | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) =>
    Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length - 1e-9)));
  return { low: sorted[rank((1 - level) / 2) - 1]!, high: sorted[rank((1 + level) / 2) - 1]! };
}

export interface BootstrapOptions {
  resamples?: number;
  seed: number;
  level?: number;
}

/**
 * Percentile intervals of the `statistics` of `items` over `resamples` resamples of the units
 * (`unitOf`) with replacement, each as many units as there are. A statistic that is undefined
 * (null) in a resample, e.g. sensitivity without fevers, is left out of that statistic's interval;
 * null when it is never defined.
 */
export function bootstrapIntervals<T, K extends string>(
  items: readonly T[],
  unitOf: (item: T) => string,
  statistics: (sample: readonly T[]) => Record<K, number | null>,
  options: BootstrapOptions,
): Record<K, Interval | null> {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`the bootstrap needs a whole number of resamples ≥ 1, got ${resamples}`);
  }
  const byUnit = new Map<string, T[]>();
  for (const item of items) {
    const unit = unitOf(item);
    const group = byUnit.get(unit);
    if (group) group.push(item);
    else byUnit.set(unit, [item]);
  }
  const units = [...byUnit.keys()].sort().map((u) => byUnit.get(u)!);
  const keys = Object.keys(statistics(items)) as K[];
  const draws = new Map<K, number[]>(keys.map((k) => [k, []]));
  const random = createRng(options.seed);
  for (let b = 0; b < resamples && units.length > 0; b++) {
    const sample: T[] = [];
    for (let i = 0; i < units.length; i++) {
      sample.push(...units[Math.floor(random() * units.length)]!);
    }
    const values = statistics(sample);
    for (const k of keys) {
      const v = values[k];
      if (v !== null) draws.get(k)!.push(v);
    }
  }
  return Object.fromEntries(
    keys.map((k) => [k, percentileInterval(draws.get(k)!, options.level)]),
  ) as Record<K, Interval | null>;
}
