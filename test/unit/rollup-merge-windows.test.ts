// Windows that merge until every count reaches the threshold (issue 17): contiguous and covering,
// every nonzero count of every group, the totals row and every measure ≥ k whenever the whole
// range allows it, and collapsing the periods into them keeps every total.
import { describe, expect, it } from 'vitest';
import { collapsePeriods, mergeWindows } from '../../electron/core/rollup/merge-windows.js';
import {
  cellIndex,
  emptyTable,
  MEASURE_COUNT,
  type ExtendedTable,
} from '../../electron/core/rollup/rollup-table.js';
import { isSmall, randomCases, tableOf, type Inner } from '../support/rollup-random-tables.js';

/** One kiosk-style row per group of passed counts only (screened = passed). */
const passedOnly = (rows: number[][]) =>
  tableOf(rows.map((row) => row.map((x): Inner => [x, 0, 0, 0, 0, 0])));

/** Sum over base periods from … to−1 of one group's measure (totals row included), by hand. */
function rangeSum(t: ExtendedTable, g: number, m: number, from: number, to: number): number {
  let s = 0;
  for (let p = from; p < to; p++) s += t.values[cellIndex(t, g, p, m)]!;
  return s;
}

/** Whether some group's (or the totals row's) count over the range lies in 1 … k−1. */
function rangeHasSmall(t: ExtendedTable, k: number, from: number, to: number): boolean {
  for (let g = 0; g <= t.groups; g++) {
    for (let m = 0; m < MEASURE_COUNT; m++)
      if (isSmall(rangeSum(t, g, m, from, to), k)) return true;
  }
  return false;
}

describe('mergeWindows on hand-made tables', () => {
  it('closes a window as soon as it is whole, and a zero period is whole by itself', () => {
    // 2 + 2 + 1 reach 5; the zero day stands alone; 6 is whole; the trailing 3 joins it.
    expect(mergeWindows(passedOnly([[2, 2, 1, 0, 6, 3]]), 5)).toEqual([0, 3, 4]);
  });

  it('keeps joining backwards when a join turns a zero into a small count', () => {
    // Days 0 and 1 are whole alone; day 2 (4 + 1) is not; joined to day 1 kiosk 0 has 4 — small —
    // so all three days become one window (kiosk 0: 9, kiosk 1: 6).
    const t = passedOnly([
      [5, 0, 4],
      [0, 5, 1],
    ]);
    expect(mergeWindows(t, 5)).toEqual([0]);
    expect(rangeHasSmall(t, 5, 0, 3)).toBe(false);
  });

  it('returns one window when the whole range cannot reach k', () => {
    expect(mergeWindows(passedOnly([[1, 0, 0, 2]]), 5)).toEqual([0]);
  });

  it('returns no windows for a table with no periods, and refuses a bad threshold', () => {
    expect(mergeWindows(emptyTable(3, 0), 5)).toEqual([]);
    for (const k of [0, 1.5, -1]) {
      expect(() => mergeWindows(passedOnly([[1]]), k)).toThrow(/whole number of at least 1/);
    }
  });
});

describe('mergeWindows and collapsePeriods on 240 seeded random tables (up to 30 periods)', () => {
  const cases = randomCases(240, 41, 30);

  it('gives contiguous windows that cover every period, starting at 0', () => {
    for (const { i, t, k } of cases) {
      const starts = mergeWindows(t, k);
      expect(starts[0], `case ${i}`).toBe(0);
      starts.forEach((s, w) => {
        expect(Number.isInteger(s) && s < t.periods, `case ${i}`).toBe(true);
        if (w > 0) expect(s, `case ${i}`).toBeGreaterThan(starts[w - 1]!);
      });
    }
  });

  it('leaves no small count in any window whenever the whole range has none', () => {
    let achievable = 0;
    let merged = 0;
    for (const { i, t, k } of cases) {
      const starts = mergeWindows(t, k);
      if (rangeHasSmall(t, k, 0, t.periods)) {
        expect(starts, `case ${i}`).toEqual([0]);
        continue;
      }
      achievable++;
      if (starts.length < t.periods) merged++;
      const c = collapsePeriods(t, starts);
      c.values.forEach((x, j) => expect(isSmall(x, k), `case ${i}, cell ${j} = ${x}`).toBe(false));
    }
    // The check means something only if many tables were achievable and had to merge.
    expect(achievable).toBeGreaterThan(40);
    expect(merged).toBeGreaterThan(20);
  });

  it('sums each window from its base periods and keeps every total', () => {
    for (const { i, t, k } of cases) {
      const starts = mergeWindows(t, k);
      const c = collapsePeriods(t, starts);
      expect(c.groups).toBe(t.groups);
      expect(c.periods).toBe(starts.length);
      for (let g = 0; g <= t.groups; g++) {
        for (let m = 0; m < MEASURE_COUNT; m++) {
          const total = t.values[cellIndex(t, g, t.periods, m)];
          expect(c.values[cellIndex(c, g, c.periods, m)], `case ${i}`).toBe(total);
          starts.forEach((s, w) => {
            const end = starts[w + 1] ?? t.periods;
            expect(c.values[cellIndex(c, g, w, m)], `case ${i}`).toBe(rangeSum(t, g, m, s, end));
          });
        }
      }
    }
  });
});

describe('collapsePeriods refuses starts that are not windows', () => {
  const t = passedOnly([[1, 2, 3, 4]]);
  it.each([[[]], [[1, 2]], [[0, 2, 2]], [[0, 3, 1]], [[0, 4]], [[0, 1.5]]])('%j', (starts) => {
    expect(() => collapsePeriods(t, starts)).toThrow(/use the starts mergeWindows\(\) returns/);
  });
  it('and leaves the table alone', () => {
    const before = Float64Array.from(t.values);
    expect(() => collapsePeriods(t, [0, 9])).toThrow();
    expect(t.values).toEqual(before);
  });
});
