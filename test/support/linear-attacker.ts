// An attacker who knows every linear relation of a published roll-up table and tries to recover
// its hidden counts: screened = passed + referred + retried in every cell, every row's periods sum
// to its total, every column's groups sum to the totals row — margins included. It is written
// apart from the suppression code on purpose (it shares only the layout: (G+1) × (P+1) × 7 in
// row-major order, row G the totals row, column P the totals column), so a mistake in the
// suppression's reasoning cannot hide itself here.
//
// Method: substitute the published values, then Gauss–Jordan elimination modulo the prime
// 2^31 − 1 on the hidden cells' coefficient matrix. A hidden cell is determined exactly when its
// unit vector lies in the row space: a pivot column whose reduced row has no other entry. The
// coefficients are 0/±1 on tables of at most a few hundred cells, so no minor comes near the
// prime and the rank is the rational rank; recovered values are checked against the truth by
// the tests besides.
//
// recoverWithNonNegativity adds what every reader also knows — counts are never negative — to
// show why zeros make poor complementary cells.

const MEASURES = 7;
const MOD = 2147483647;

export interface PublishedCells {
  groups: number;
  periods: number;
  /** One entry per (group, period, measure) in row-major order; null = hidden. */
  cells: readonly (number | null)[];
}

export interface RecoveredCell {
  /** Index into `cells`. */
  index: number;
  group: number;
  period: number;
  measure: number;
  value: number;
}

type Term = [cell: number, coefficient: number];

/** Every hidden cell whose value the published cells and the table's equations pin down. */
export function recoverHidden(table: PublishedCells): RecoveredCell[] {
  const { groups: G, periods: P, cells } = table;
  const at = (g: number, p: number, m: number) => (g * (P + 1) + p) * MEASURES + m;
  if (cells.length !== (G + 1) * (P + 1) * MEASURES) throw new Error('cells has the wrong length');

  const equations: Term[][] = [];
  for (let g = 0; g <= G; g++) {
    for (let p = 0; p <= P; p++) {
      equations.push([
        [at(g, p, 0), 1],
        [at(g, p, 1), -1],
        [at(g, p, 2), -1],
        [at(g, p, 3), -1],
      ]);
    }
  }
  for (let m = 0; m < MEASURES; m++) {
    for (let g = 0; g <= G; g++) {
      const row: Term[] = [[at(g, P, m), -1]];
      for (let p = 0; p < P; p++) row.push([at(g, p, m), 1]);
      equations.push(row);
    }
    for (let p = 0; p <= P; p++) {
      const column: Term[] = [[at(G, p, m), -1]];
      for (let g = 0; g < G; g++) column.push([at(g, p, m), 1]);
      equations.push(column);
    }
  }

  const unknownOf = new Map<number, number>();
  const hiddenCells: number[] = [];
  cells.forEach((v, i) => {
    if (v === null) {
      unknownOf.set(i, hiddenCells.length);
      hiddenCells.push(i);
    }
  });
  const U = hiddenCells.length;
  if (U === 0) return [];

  // Each equation as coefficients over the unknowns = right-hand side (published terms moved).
  const rows: Float64Array[] = [];
  const rhs: number[] = [];
  for (const eq of equations) {
    const row = new Float64Array(U);
    let constant = 0;
    let any = false;
    for (const [cell, c] of eq) {
      const u = unknownOf.get(cell);
      if (u === undefined) constant -= c * cells[cell]!;
      else {
        row[u] = mod(row[u]! + c);
        any = true;
      }
    }
    if (any) {
      rows.push(row);
      rhs.push(mod(constant));
    }
  }

  const pivotRowOf = new Int32Array(U).fill(-1);
  let rank = 0;
  for (let col = 0; col < U && rank < rows.length; col++) {
    let r = rank;
    while (r < rows.length && rows[r]![col] === 0) r++;
    if (r === rows.length) continue;
    [rows[r], rows[rank]] = [rows[rank]!, rows[r]!];
    [rhs[r], rhs[rank]] = [rhs[rank]!, rhs[r]!];
    const pivot = rows[rank]!;
    const inv = inverse(pivot[col]!);
    const nonzero: number[] = [];
    for (let j = 0; j < U; j++) {
      if (pivot[j] !== 0) {
        pivot[j] = mulMod(pivot[j]!, inv);
        nonzero.push(j);
      }
    }
    rhs[rank] = mulMod(rhs[rank]!, inv);
    for (let i = 0; i < rows.length; i++) {
      const f = rows[i]![col]!;
      if (i === rank || f === 0) continue;
      const row = rows[i]!;
      for (const j of nonzero) row[j] = mod(row[j]! - mulMod(f, pivot[j]!));
      rhs[i] = mod(rhs[i]! - mulMod(f, rhs[rank]!));
    }
    pivotRowOf[col] = rank++;
  }

  const recovered: RecoveredCell[] = [];
  for (let col = 0; col < U; col++) {
    const r = pivotRowOf[col]!;
    if (r < 0) continue;
    const row = rows[r]!;
    let alone = true;
    for (let j = 0; j < U && alone; j++) if (j !== col && row[j] !== 0) alone = false;
    if (!alone) continue;
    const index = hiddenCells[col]!;
    const value = rhs[r]! > MOD / 2 ? rhs[r]! - MOD : rhs[r]!;
    const measure = index % MEASURES;
    const cell = (index - measure) / MEASURES;
    recovered.push({
      index,
      group: Math.floor(cell / (P + 1)),
      period: cell % (P + 1),
      measure,
      value,
    });
  }
  return recovered;
}

/**
 * A stronger attacker: also knows counts are never negative, so a row, column or screened total
 * whose hidden parts must add up to 0 gives every one of them away as 0. It alternates that
 * with the linear attack until nothing more falls, and returns every hidden cell it pinned down.
 */
export function recoverWithNonNegativity(table: PublishedCells): RecoveredCell[] {
  const { groups: G, periods: P } = table;
  const at = (g: number, p: number, m: number) => (g * (P + 1) + p) * MEASURES + m;
  /** [total, parts]: the total equals the parts' sum. */
  const lines: [number, number[]][] = [];
  for (let g = 0; g <= G; g++) {
    for (let p = 0; p <= P; p++) lines.push([at(g, p, 0), [1, 2, 3].map((m) => at(g, p, m))]);
  }
  for (let m = 0; m < MEASURES; m++) {
    for (let g = 0; g <= G; g++) {
      lines.push([at(g, P, m), Array.from({ length: P }, (_, p) => at(g, p, m))]);
    }
    for (let p = 0; p <= P; p++) {
      lines.push([at(G, p, m), Array.from({ length: G }, (_, g) => at(g, p, m))]);
    }
  }
  const cells = [...table.cells];
  const found = new Map<number, number>();
  const learn = (index: number, value: number) => {
    cells[index] = value;
    found.set(index, value);
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const [total, parts] of lines) {
      const known = cells[total];
      if (known === null || known === undefined) continue;
      const hidden = parts.filter((i) => cells[i] === null);
      const rest = parts.reduce((s, i) => s + (cells[i] ?? 0), 0);
      if (hidden.length > 0 && known - rest === 0) {
        for (const i of hidden) learn(i, 0);
        changed = true;
      }
    }
    for (const c of recoverHidden({ groups: G, periods: P, cells })) {
      learn(c.index, c.value);
      changed = true;
    }
  }
  return [...found].map(([index, value]) => {
    const measure = index % MEASURES;
    const cell = (index - measure) / MEASURES;
    return { index, group: Math.floor(cell / (P + 1)), period: cell % (P + 1), measure, value };
  });
}

function mod(x: number): number {
  const r = x % MOD;
  return r < 0 ? r + MOD : r;
}

/** a·b mod 2^31 − 1 without leaving the doubles' exact integers (a, b < 2^31). */
function mulMod(a: number, b: number): number {
  const high = mod(a * Math.floor(b / 65536)) * 65536;
  return mod(high + a * (b % 65536));
}

function inverse(a: number): number {
  // Extended Euclid; every intermediate stays below 2^31.
  let [r0, r1] = [MOD, a];
  let [t0, t1] = [0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return mod(t0);
}
