// Suppression against an attacker who also knows counts are never negative
// (recoverWithNonNegativity): a row whose hidden cells must add up to 0 gives them all away, so
// hiding zeros beside a small count protects it only against the purely linear attacker. The
// suppression therefore never takes a zero as a complement; for the screened count and each
// second-check count every hidden cell is ≥ 1 and sits on a cycle of hidden cells ≥ 1, so each
// can move by ±1 and none is pinned down, non-negativity or not.
import { describe, expect, it } from 'vitest';
import { cellIndex } from '../../electron/core/rollup/rollup-table.js';
import { protectTable } from '../../electron/core/rollup/suppression.js';
import { recoverHidden, recoverWithNonNegativity } from '../support/linear-attacker.js';
import { publish, randomCases, tableOf } from '../support/rollup-random-tables.js';

const K = 5;
const CONFIRMED = 4;
// Kiosk 0 confirmed two fevers on day 0; kiosk 1 confirmed none on days 0 and 1.
const confirmed = [
  [2, 0, 9],
  [0, 0, 8],
  [6, 7, 5],
];
const t = tableOf(
  confirmed.map((row, g) =>
    row.map(
      (c, p) => [20 + g + p, 6, 5, c, 0, 0] as [number, number, number, number, number, number],
    ),
  ),
);

describe('zeros as complementary cells', () => {
  it('protect a small count against the linear attacker but not against non-negativity', () => {
    // The cheapest 4-cycle by value alone: the small count and three zeros beside it.
    const hidden = new Uint8Array(t.values.length);
    for (const [g, p] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]) {
      hidden[cellIndex(t, g!, p!, CONFIRMED)] = 1;
    }
    expect(recoverHidden(publish(t, hidden))).toEqual([]);
    const found = recoverWithNonNegativity(publish(t, hidden));
    const small = found.find((c) => c.group === 0 && c.period === 0 && c.measure === CONFIRMED);
    expect(small?.value).toBe(2);
  });

  it('are never taken by protectTable, which leaves the stronger attacker nothing here', () => {
    const hidden = protectTable(t, K);
    expect(hidden[cellIndex(t, 0, 0, CONFIRMED)]).toBe(1);
    t.values.forEach((x, i) => {
      if (hidden[i] === 1 && i % 7 === CONFIRMED) expect(x, `cell ${i}`).toBeGreaterThan(0);
    });
    expect(recoverWithNonNegativity(publish(t, hidden))).toEqual([]);
  });
});

describe('on 240 seeded random tables', () => {
  const cases = randomCases(240, 29);

  it('every hidden screened and second-check count is at least 1', () => {
    for (const { i, t, k } of cases) {
      const hidden = protectTable(t, k);
      t.values.forEach((x, j) => {
        const m = j % 7;
        if (hidden[j] === 1 && (m === 0 || m >= 4))
          expect(x, `case ${i}, cell ${j}`).toBeGreaterThan(0);
      });
    }
  });

  it('the non-negative attacker pins down no second-check count (and is right when it pins any)', () => {
    for (const { i, t, k } of cases) {
      const found = recoverWithNonNegativity(publish(t, protectTable(t, k)));
      for (const c of found) expect(c.value, `case ${i}, cell ${c.index}`).toBe(t.values[c.index]);
      expect(
        found.filter((c) => c.measure >= 4),
        `case ${i}`,
      ).toEqual([]);
    }
  });
});
