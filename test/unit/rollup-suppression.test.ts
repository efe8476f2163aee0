// Suppression that holds after aggregation (issue 17): an attacker who knows every linear relation
// of the table (test/support/linear-attacker.ts, written apart from the suppression code) first
// shows it can subtract its way to the small counts that naive per-cell suppression hides, then
// recovers nothing once protectTable has added its complementary cells — on hand-made tables and
// on hundreds of seeded random ones.
import { describe, expect, it } from 'vitest';
import { findBridges } from '../../electron/core/rollup/bridges.js';
import { MEASURE_COUNT, type ExtendedTable } from '../../electron/core/rollup/rollup-table.js';
import { protectTable } from '../../electron/core/rollup/suppression.js';
import { recoverHidden } from '../support/linear-attacker.js';
import { isSmall, publish, randomCases, tableOf } from '../support/rollup-random-tables.js';

/** What a naive roll-up does: hide each small count on its own, nothing beside it. */
const naive = (t: ExtendedTable, k: number) =>
  Uint8Array.from(t.values, (x) => (isSmall(x, k) ? 1 : 0));

const cellName = (c: { group: number; period: number; measure: number }) =>
  `${c.group}/${c.period}/${c.measure}`;

const K = 5;
// Three kiosks of one site over two days; kiosk 2 saw three people on day 1, all passed.
const siteTotalCase = tableOf([
  [
    [40, 6, 5, 0, 0, 0],
    [35, 0, 7, 0, 0, 0],
  ],
  [
    [22, 0, 5, 0, 0, 0],
    [28, 5, 0, 0, 0, 0],
  ],
  [
    [3, 0, 0, 0, 0, 0],
    [30, 6, 5, 0, 0, 0],
  ],
]);
// Two kiosks over two days; kiosk 0 referred three on day 0 (screened 40, passed 30, retried 7).
const verdictCase = tableOf([
  [
    [30, 3, 7, 0, 0, 0],
    [25, 8, 6, 0, 0, 0],
  ],
  [
    [50, 6, 9, 0, 0, 0],
    [44, 7, 5, 0, 0, 0],
  ],
]);
// Second checks: kiosk 1 confirmed one fever on day 1; every other check count is large or zero.
const checkCase = tableOf([
  [
    [60, 12, 6, 6, 6, 0],
    [55, 10, 5, 5, 5, 0],
  ],
  [
    [48, 9, 5, 5, 0, 0],
    [52, 11, 7, 1, 10, 0],
  ],
]);
const handMade = { siteTotalCase, verdictCase, checkCase };

describe('the attacker on naive per-cell suppression', () => {
  it('recovers the site-total subtraction: kiosk 2 = site total − kiosks 0 and 1', () => {
    const found = recoverHidden(publish(siteTotalCase, naive(siteTotalCase, K)));
    const byName = new Map(found.map((c) => [cellName(c), c.value]));
    expect(byName.get('2/0/0')).toBe(3); // screened
    expect(byName.get('2/0/1')).toBe(3); // passed
  });

  it('recovers screened − passed − retried', () => {
    const hidden = naive(verdictCase, K);
    expect([...hidden].filter((h) => h === 1)).toHaveLength(1); // only referred (0, 0)
    const found = recoverHidden(publish(verdictCase, hidden));
    expect(found.map((c) => [cellName(c), c.value])).toEqual([['0/0/2', 3]]);
  });

  it('recovers a second-check count from its row total', () => {
    const found = recoverHidden(publish(checkCase, naive(checkCase, K)));
    expect(found.map((c) => [cellName(c), c.value])).toEqual([['1/1/4', 1]]);
  });

  it('recovers every naive-hidden count with its true value whenever it recovers one', () => {
    for (const t of Object.values(handMade)) {
      for (const c of recoverHidden(publish(t, naive(t, K)))) {
        expect(c.value).toBe(t.values[c.index]);
      }
    }
  });
});

describe('protectTable on the hand-made tables', () => {
  for (const [name, t] of Object.entries(handMade)) {
    it(`${name}: hides every small count, changes no value, and the attacker recovers nothing`, () => {
      const before = Float64Array.from(t.values);
      const hidden = protectTable(t, K);
      expect(hidden).toHaveLength(t.values.length);
      expect(t.values).toEqual(before);
      t.values.forEach((x, i) => {
        if (isSmall(x, K)) expect(hidden[i], `cell ${i} = ${x}`).toBe(1);
      });
      expect(recoverHidden(publish(t, hidden))).toEqual([]);
    });
  }
});

describe('protectTable on 240 seeded random tables (1–8 groups × 1–10 periods)', () => {
  const cases = randomCases(240, 17);

  it('covers the shapes the brief names', () => {
    expect(cases.some((c) => c.groups === 1)).toBe(true);
    expect(cases.some((c) => c.periods === 1)).toBe(true);
    expect(cases.some((c) => c.groups === 1 && c.periods === 1)).toBe(true);
    expect(cases.some((c) => c.style === 'zeros')).toBe(true);
    expect(cases.filter((c) => c.t.values.some((x) => isSmall(x, c.k))).length).toBeGreaterThan(
      180,
    );
  });

  it('naive suppression leaks on most of them (the attacker has teeth)', () => {
    let leaking = 0;
    let withSmall = 0;
    for (const { t, k } of cases) {
      if (!t.values.some((x) => isSmall(x, k))) continue;
      withSmall++;
      const found = recoverHidden(publish(t, naive(t, k)));
      for (const c of found) expect(c.value).toBe(t.values[c.index]);
      if (found.length > 0) leaking++;
    }
    expect(leaking).toBeGreaterThan(withSmall / 2);
  });

  it('hides every small count, changes nothing, and leaves nothing recoverable', () => {
    for (const { i, t, k, groups, periods, style } of cases) {
      const label = `case ${i}: ${groups}×${periods} ${style} k=${k}`;
      const before = Float64Array.from(t.values);
      const hidden = protectTable(t, k);
      expect(t.values, label).toEqual(before);
      t.values.forEach((x, j) => {
        if (isSmall(x, k)) expect(hidden[j], `${label}, cell ${j} = ${x}`).toBe(1);
      });
      expect(recoverHidden(publish(t, hidden)), label).toEqual([]);
    }
  });

  it('hides passed, referred and retried together, and screened only where they are hidden', () => {
    for (const { t, k } of cases) {
      const hidden = protectTable(t, k);
      for (let cell = 0; cell < hidden.length; cell += MEASURE_COUNT) {
        expect(hidden[cell + 2]).toBe(hidden[cell + 1]);
        expect(hidden[cell + 3]).toBe(hidden[cell + 1]);
        if (hidden[cell] === 1) expect(hidden[cell + 1]).toBe(1);
      }
    }
  });

  it('hides nothing when nothing is small', () => {
    for (const { t } of cases) expect(protectTable(t, 1).every((h) => h === 0)).toBe(true);
  });
});

describe('findBridges', () => {
  const grid = (rows: number, cols: number, hiddenCells: number[][]) => {
    const h = new Uint8Array(rows * cols);
    for (const [g, p] of hiddenCells) h[g! * cols + p!] = 1;
    return h;
  };

  it('finds a lone hidden cell and a path, and no bridge on a cycle', () => {
    expect(findBridges(3, 3, grid(3, 3, [[1, 1]]))).toEqual([4]);
    expect(
      findBridges(
        3,
        3,
        grid(3, 3, [
          [0, 0],
          [0, 1],
          [1, 1],
        ]),
      ).sort(),
    ).toEqual([0, 1, 4]);
    const square = [
      [0, 0],
      [0, 2],
      [2, 0],
      [2, 2],
    ];
    expect(findBridges(3, 3, grid(3, 3, square))).toEqual([]);
    expect(findBridges(3, 3, grid(3, 3, [...square, [1, 1]]))).toEqual([4]);
  });

  it('walks a 1,500-long path without overflowing the stack', () => {
    // A staircase (g, g), (g, g + 1) is one long path: every cell a bridge.
    const n = 1500;
    const cells = Array.from({ length: n - 1 }, (_, g) => [
      [g, g],
      [g, g + 1],
    ]).flat();
    expect(findBridges(n, n, grid(n, n, cells))).toHaveLength(cells.length);
  });
});

describe('bad input', () => {
  it('refuses a threshold that is not a whole number ≥ 1, with a sentence saying what to use', () => {
    for (const k of [0, -3, 2.5, Number.NaN]) {
      expect(() => protectTable(verdictCase, k)).toThrow(/whole number of at least 1/);
    }
  });

  it('refuses a table whose values do not match its shape', () => {
    const t = { groups: 2, periods: 2, values: new Float64Array(10) };
    expect(() => protectTable(t, K)).toThrow(/emptyTable\(\) and fillMargins\(\)/);
  });
});
