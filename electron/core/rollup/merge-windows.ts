// Time windows that merge until every cell reaches the threshold: the alternative to hiding
// small counts is publishing them over longer periods (two days, a week, …) where they are no
// longer small. Greedy from the first period: a window grows until none of its counts — for any
// group, the totals row, any measure — lies in 1 … k−1. Zero needs no merging: it singles no one
// out, and adding periods would only turn it into a small count.
import {
  cellIndex,
  emptyTable,
  fillMargins,
  MEASURE_COUNT,
  type ExtendedTable,
} from './rollup-table.js';

/**
 * Windows of consecutive base periods merged until every nonzero count of every group and measure
 * (and the totals row) in each window is ≥ k. Returns each window's first base-period index,
 * ascending, starting at 0. A trailing window that cannot reach k joins the one before; if the
 * whole range cannot, one window (the caller still suppresses). No periods: no windows.
 */
export function mergeWindows(t: ExtendedTable, k: number): number[] {
  checkThreshold(k);
  const { groups: G, periods: P } = t;
  if (P === 0) return [];
  const sums = new Float64Array((G + 1) * MEASURE_COUNT);
  const small = (x: number) => x >= 1 && x < k;
  const starts: number[] = [];
  /** How many sums of the open window are small; the window may close when none is. */
  let smallCount = 0;
  let open = -1;
  for (let p = 0; p < P; p++) {
    if (open < 0) {
      open = p;
      sums.fill(0);
      smallCount = 0;
    }
    for (let g = 0; g <= G; g++) {
      for (let m = 0; m < MEASURE_COUNT; m++) {
        const i = g * MEASURE_COUNT + m;
        const before = small(sums[i]!);
        sums[i]! += t.values[cellIndex(t, g, p, m)]!;
        smallCount += Number(small(sums[i]!)) - Number(before);
      }
    }
    if (smallCount === 0) {
      starts.push(open);
      open = -1;
    }
  }
  // The tail that never reached k has joined the last window (its start is not pushed); none
  // reached k at all: one window.
  if (starts.length === 0) return [0];
  // Joining can itself make a count small (a zero in the earlier window plus the tail's small
  // count), so keep joining the last two windows until the last one is whole or only one is left.
  // The last window's sums grow backwards, so this costs one pass over the periods at most.
  const tail = new Float64Array((G + 1) * MEASURE_COUNT);
  let from = P;
  const growTo = (s: number) => {
    for (let p = s; p < from; p++) {
      for (let g = 0; g <= G; g++) {
        for (let m = 0; m < MEASURE_COUNT; m++) {
          tail[g * MEASURE_COUNT + m]! += t.values[cellIndex(t, g, p, m)]!;
        }
      }
    }
    from = s;
  };
  growTo(starts[starts.length - 1]!);
  while (starts.length > 1 && tail.some(small)) {
    starts.pop();
    growTo(starts[starts.length - 1]!);
  }
  return starts;
}

/** The table with its base periods summed into those windows (margins refilled). */
export function collapsePeriods(t: ExtendedTable, starts: readonly number[]): ExtendedTable {
  checkStarts(t.periods, starts);
  const out = emptyTable(t.groups, starts.length);
  for (let w = 0; w < starts.length; w++) {
    const end = w + 1 < starts.length ? starts[w + 1]! : t.periods;
    for (let g = 0; g < t.groups; g++) {
      for (let p = starts[w]!; p < end; p++) {
        for (let m = 0; m < MEASURE_COUNT; m++) {
          out.values[cellIndex(out, g, w, m)]! += t.values[cellIndex(t, g, p, m)]!;
        }
      }
    }
  }
  fillMargins(out);
  return out;
}

function checkThreshold(k: number): void {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(
      `The merging threshold must be a whole number of at least 1 (got ${k}); choose, e.g., 5.`,
    );
  }
}

function checkStarts(periods: number, starts: readonly number[]): void {
  const ok =
    (periods === 0 && starts.length === 0) ||
    (starts[0] === 0 &&
      starts.every(
        (s, i) => Number.isInteger(s) && s < periods && (i === 0 || s > starts[i - 1]!),
      ));
  if (!ok) {
    throw new RangeError(
      `Window starts must begin at 0 and rise strictly below ${periods} (got ${starts.join(', ')}); ` +
        'use the starts mergeWindows() returns.',
    );
  }
}
