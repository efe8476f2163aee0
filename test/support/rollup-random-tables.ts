// Roll-up tables for the suppression and window tests: built by hand from inner cells, or drawn
// at random (seeded) in the shapes and styles small kiosks give — sparse, dense small counts,
// mixed with large ones, all zeros; with or without second checks.
import { createRng } from '../../electron/core/prng.js';
import {
  cellIndex,
  emptyTable,
  fillMargins,
  type ExtendedTable,
} from '../../electron/core/rollup/rollup-table.js';
import type { PublishedCells } from './linear-attacker.js';

/** passed, referred, retried, confirmed, notConfirmed, declined (screened is their first three). */
export type Inner = [number, number, number, number, number, number];

/** A table from its inner cells [group][period]; screened and the margins are filled in. */
export function tableOf(inner: Inner[][]): ExtendedTable {
  const t = emptyTable(inner.length, inner[0]?.length ?? 0);
  inner.forEach((row, g) =>
    row.forEach(([pa, re, rt, c4, c5, c6], p) => {
      [pa + re + rt, pa, re, rt, c4, c5, c6].forEach((x, m) => {
        t.values[cellIndex(t, g, p, m)] = x;
      });
    }),
  );
  fillMargins(t);
  return t;
}

export const isSmall = (x: number, k: number) => x >= 1 && x < k;

/** The table as a reader sees it with these cells hidden. */
export function publish(t: ExtendedTable, hidden: Uint8Array): PublishedCells {
  const cells = Array.from(t.values, (x, i) => (hidden[i] === 1 ? null : x));
  return { groups: t.groups, periods: t.periods, cells };
}

export type Style = 'sparse' | 'dense' | 'mixed' | 'zeros';

export function randomTable(
  rng: () => number,
  groups: number,
  periods: number,
  style: Style,
): ExtendedTable {
  const draw = (): number => {
    const u = rng();
    if (style === 'zeros') return 0;
    if (style === 'sparse') return u < 0.7 ? 0 : 1 + Math.floor(rng() * 4);
    if (style === 'dense') return Math.floor(u * 7);
    return u < 0.3 ? 0 : u < 0.5 ? 1 + Math.floor(rng() * 4) : 5 + Math.floor(rng() * 40);
  };
  const withChecks = rng() < 0.6;
  const inner: Inner[][] = Array.from({ length: groups }, () =>
    Array.from({ length: periods }, (): Inner => {
      const checks = withChecks ? [draw(), draw(), draw()] : [0, 0, 0];
      return [draw(), draw(), draw(), checks[0]!, checks[1]!, checks[2]!];
    }),
  );
  return tableOf(inner);
}

export interface RandomCase {
  i: number;
  groups: number;
  periods: number;
  style: Style;
  k: number;
  t: ExtendedTable;
}

/**
 * `count` seeded tables of 1–8 groups × 1–10 periods; every tenth a single group, every tenth
 * (offset) a single period, every 25th all zeros; thresholds 2, 3, 5 or 10.
 */
export function randomCases(count: number, seed: number, maxPeriods = 10): RandomCase[] {
  const rng = createRng(seed);
  const styles: Style[] = ['sparse', 'dense', 'mixed'];
  return Array.from({ length: count }, (_, i) => {
    const groups = i % 10 === 3 ? 1 : 1 + Math.floor(rng() * 8);
    const periods = i % 10 === 7 ? 1 : 1 + Math.floor(rng() * maxPeriods);
    const style: Style = i % 25 === 0 ? 'zeros' : styles[Math.floor(rng() * 3)]!;
    const k = [2, 3, 5, 5, 10][Math.floor(rng() * 5)]!;
    return { i, groups, periods, style, k, t: randomTable(rng, groups, periods, style) };
  });
}
