// Small-count suppression that holds after aggregation: counts 1 … k−1 in the aggregated table
// (margins included) are hidden, and further cells are hidden beside them (complementary
// suppression) until no hidden count can be worked out from the published ones by any linear
// combination of the table's equations — subtracting kiosks from a site total, periods from a
// kiosk total, or passed and retried from screened.
//
// Why a bridge test is exact. For one measure, flip the sign of the totals row and the totals
// column (y = s_g·t_p·x with s, t = −1 on the totals): every margin equation becomes "this row
// (or column) sums to 0". Those are the node equations of the bipartite graph whose nodes are the
// rows and columns and whose edges are the cells, so with the published cells substituted, the
// hidden cells' freedom is exactly the cycle space of the hidden edges: a hidden cell on a cycle
// moves by ±1 around it (every published value and every margin equation unchanged), and a hidden
// cell on no cycle — a bridge — is pinned. Across measures: screened is hidden only where the
// three verdicts are (S_s ⊆ S_t), so a cycle in S_s moves screened and passed together (w = 1, 1,
// 0, 0) and a cycle in S_t moves passed against referred or referred against retried (w = 0, 1,
// −1, 0 / 0, 0, 1, −1); screened = passed + referred + retried keeps holding. The second-check
// measures are tied by no equation, so each has a pattern of its own.
//
// Beyond the linear attack: readers also know counts are never negative, and a row whose hidden
// cells must add up to 0 gives them all away. So a zero is taken as a complement only when no
// cycle without one is at hand (see ZERO_COST); for screened and the check measures that is never.
import { findBridges } from './bridges.js';
import { cellIndex, MEASURE_COUNT, type ExtendedTable } from './rollup-table.js';

/** How many cheapest cells of the bridge's row and of its column a 4-cycle is looked for among. */
const CANDIDATES = 6;
/**
 * What hiding a zero beside a small count costs: as much as anything can. An attacker knows counts
 * are never negative, so a row whose hidden cells must add up to 0 gives every one of them away —
 * and then the small count beside them falls to plain subtraction. Hiding only cells of at least
 * 1 avoids that: every hidden cell then sits on a cycle of cells ≥ 1, which can all move by ±1.
 */
const ZERO_COST = 2 ** 40;

const SCREENED = 0;
const VERDICTS = [1, 2, 3] as const;
const CHECKS = [4, 5, 6] as const;

/** 1 = hidden. Same length as t.values (one flag per cell index). */
export function protectTable(t: ExtendedTable, k: number): Uint8Array {
  checkInput(t, k);
  const rows = t.groups + 1;
  const cols = t.periods + 1;
  const at = (g: number, p: number, m: number) => t.values[cellIndex(t, g, p, m)]!;
  const primary = (x: number) => x >= 1 && x < k;

  const screened = pattern(rows, cols, [SCREENED], at);
  const verdicts = pattern(rows, cols, VERDICTS, at);
  const checks = CHECKS.map((m) => pattern(rows, cols, [m], at));
  for (let g = 0; g < rows; g++) {
    for (let p = 0; p < cols; p++) {
      const cell = g * cols + p;
      if (primary(at(g, p, SCREENED))) screened.hidden[cell] = 1;
      if (VERDICTS.some((m) => primary(at(g, p, m)))) verdicts.hidden[cell] = 1;
      CHECKS.forEach((m, i) => {
        if (primary(at(g, p, m))) checks[i]!.hidden[cell] = 1;
      });
    }
  }

  // Order matters: screened first, then every screened-hidden cell also hides its verdicts (the
  // cross-measure argument above needs S_s ⊆ S_t), and only then the verdicts' pattern is closed.
  makeSafe(screened, rows, cols);
  screened.hidden.forEach((h, cell) => {
    if (h === 1) verdicts.hidden[cell] = 1;
  });
  makeSafe(verdicts, rows, cols);
  for (const check of checks) makeSafe(check, rows, cols);

  const mask = new Uint8Array(t.values.length);
  for (let g = 0; g < rows; g++) {
    for (let p = 0; p < cols; p++) {
      const cell = g * cols + p;
      mask[cellIndex(t, g, p, SCREENED)] = screened.hidden[cell]!;
      for (const m of VERDICTS) mask[cellIndex(t, g, p, m)] = verdicts.hidden[cell]!;
      CHECKS.forEach((m, i) => (mask[cellIndex(t, g, p, m)] = checks[i]!.hidden[cell]!));
    }
  }
  return mask;
}

/** One suppression pattern over the (row, column) cells, and what hiding each cell costs. */
interface Pattern {
  hidden: Uint8Array;
  /**
   * What hiding a cell as a complement costs while it is still published: the counts it takes
   * from readers (the measure, or the three verdicts' sum) plus one, or ZERO_COST when any of the
   * pattern's measures is 0 there.
   */
  cost: Float64Array;
}

function pattern(
  rows: number,
  cols: number,
  measures: readonly number[],
  at: (g: number, p: number, m: number) => number,
): Pattern {
  const cost = new Float64Array(rows * cols);
  for (let g = 0; g < rows; g++) {
    for (let p = 0; p < cols; p++) {
      const counts = measures.map((m) => at(g, p, m));
      const zero = counts.some((x) => x === 0);
      cost[g * cols + p] = zero ? ZERO_COST : counts.reduce((s, x) => s + x, 1);
    }
  }
  return { hidden: new Uint8Array(rows * cols), cost };
}

/**
 * Hides cells until no hidden cell is a bridge. Each round closes every bridge with its cheapest
 * 4-cycle found; the first bridge of a round always adds at least one cell (were its three
 * partners hidden it would be on a cycle), so there are at most rows × cols rounds.
 */
function makeSafe(pat: Pattern, rows: number, cols: number): void {
  for (let round = 0; ; round++) {
    if (round > rows * cols) {
      throw new Error('Complementary suppression did not converge; this is a bug, please report.');
    }
    const bridges = findBridges(rows, cols, pat.hidden);
    if (bridges.length === 0) return;
    for (const cell of bridges) closeCycle(pat, rows, cols, cell);
  }
}

/**
 * Hides the cheapest 4-cycle (g,p), (g,p'), (g',p), (g',p') through a bridge (g,p) among the few
 * cheapest cells of its row and of its column, plus the totals row and column. A cell costs
 * nothing when already hidden, else its value plus one — so the fewest, smallest cells win and the
 * large margins are taken last — and a zero costs ZERO_COST. With the totals among the candidates
 * a cycle without zeros is always found for a count ≥ 1 (its row total, column total and the grand
 * total are ≥ 1), except through the grand total itself: then every pair is tried.
 */
function closeCycle(pat: Pattern, rows: number, cols: number, cell: number): void {
  const g = Math.floor(cell / cols);
  const p = cell % cols;
  const cost = (i: number) => (pat.hidden[i] === 1 ? 0 : pat.cost[i]!);
  const otherCols = cheapest(cols, p, (q) => cost(g * cols + q));
  const otherRows = cheapest(rows, g, (h) => cost(h * cols + p));
  if (p !== cols - 1 && !otherCols.includes(cols - 1)) otherCols.push(cols - 1);
  if (g !== rows - 1 && !otherRows.includes(rows - 1)) otherRows.push(rows - 1);
  const cycleCost = (q: number, h: number) =>
    cost(g * cols + q) + cost(h * cols + p) + cost(h * cols + q);
  let best = cheapestPair(otherCols, otherRows, cycleCost);
  if (best.cost >= ZERO_COST && g === rows - 1 && p === cols - 1) {
    const all = (n: number, skip: number) => [...Array(n).keys()].filter((i) => i !== skip);
    best = cheapestPair(all(cols, p), all(rows, g), cycleCost);
  }
  // rows, cols ≥ 2 whenever a cell can be primary (an empty table has only zeros).
  if (best.col < 0) throw new Error('A suppressed cell has no partner cells; this is a bug.');
  pat.hidden[g * cols + best.col] = 1;
  pat.hidden[best.row * cols + p] = 1;
  pat.hidden[best.row * cols + best.col] = 1;
}

function cheapestPair(
  cols: readonly number[],
  rows: readonly number[],
  costOf: (col: number, row: number) => number,
): { cost: number; col: number; row: number } {
  const best = { cost: Infinity, col: -1, row: -1 };
  for (const col of cols) {
    for (const row of rows) {
      const c = costOf(col, row);
      if (c < best.cost) Object.assign(best, { cost: c, col, row });
    }
  }
  return best;
}

/** The CANDIDATES cheapest indices in 0 … count−1 other than `skip`, cheapest first. */
function cheapest(count: number, skip: number, costOf: (i: number) => number): number[] {
  const picked: number[] = [];
  const costs: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i === skip) continue;
    const c = costOf(i);
    if (picked.length === CANDIDATES && c >= costs[CANDIDATES - 1]!) continue;
    let at = picked.length === CANDIDATES ? CANDIDATES - 1 : picked.length;
    while (at > 0 && costs[at - 1]! > c) {
      picked[at] = picked[at - 1]!;
      costs[at] = costs[at - 1]!;
      at--;
    }
    picked[at] = i;
    costs[at] = c;
  }
  return picked;
}

function checkInput(t: ExtendedTable, k: number): void {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(
      `The suppression threshold must be a whole number of at least 1 (got ${k}); choose, e.g., 5.`,
    );
  }
  const expected = (t.groups + 1) * (t.periods + 1) * MEASURE_COUNT;
  if (t.values.length !== expected) {
    throw new RangeError(
      `The table holds ${t.values.length} values but ${t.groups} groups × ${t.periods} periods ` +
        `need ${expected}; build it with emptyTable() and fillMargins().`,
    );
  }
}
