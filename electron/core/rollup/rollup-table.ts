// The roll-up's aggregated table, as suppression, the HTML report and the CSV see it: groups
// (sites or kiosks) × periods (days or weeks) × the seven measures, with its margins held in an
// extended table — the last group row holds every period's total over the groups, the last period
// column every group's total over the periods, and their corner the grand total.

/** screened = passed + referred + retried in every cell, margins included. */
export const MEASURES = [
  'screened',
  'passed',
  'referred',
  'retried',
  'confirmed',
  'notConfirmed',
  'declined',
] as const;
export type Measure = (typeof MEASURES)[number];
export const MEASURE_COUNT = MEASURES.length;

/**
 * (groups + 1) × (periods + 1) × 7 counts. Row `groups` is the totals row, column `periods` the
 * totals column. Flat, so a year of 1,500 kiosks by day stays one allocation.
 */
export interface ExtendedTable {
  groups: number;
  periods: number;
  values: Float64Array;
}

export function cellIndex(t: { periods: number }, g: number, p: number, m: number): number {
  return (g * (t.periods + 1) + p) * MEASURE_COUNT + m;
}

export function emptyTable(groups: number, periods: number): ExtendedTable {
  return {
    groups,
    periods,
    values: new Float64Array((groups + 1) * (periods + 1) * MEASURE_COUNT),
  };
}

/** Fills the totals row, the totals column and the corner from the inner cells. */
export function fillMargins(t: ExtendedTable): void {
  const { groups: G, periods: P, values: v } = t;
  for (let g = 0; g <= G; g++) {
    for (let m = 0; m < MEASURE_COUNT; m++) v[cellIndex(t, g, P, m)] = 0;
  }
  for (let p = 0; p < P; p++) {
    for (let m = 0; m < MEASURE_COUNT; m++) v[cellIndex(t, G, p, m)] = 0;
  }
  for (let g = 0; g < G; g++) {
    for (let p = 0; p < P; p++) {
      for (let m = 0; m < MEASURE_COUNT; m++) {
        const x = v[cellIndex(t, g, p, m)]!;
        v[cellIndex(t, g, P, m)]! += x;
        v[cellIndex(t, G, p, m)]! += x;
        v[cellIndex(t, G, P, m)]! += x;
      }
    }
  }
}

/** One column of the report: a day, or a week (Monday to Sunday), or merged windows of them. */
export interface Period {
  from: string;
  to: string;
}

/** One row of the report: a site, or a kiosk (with its site). */
export interface Group {
  site: string;
  /** null when grouping by site. */
  kiosk: string | null;
}

export type GroupBy = 'site' | 'kiosk';
export type PeriodBy = 'day' | 'week';

/** The table as published: a count, or null where it is hidden. */
export interface PublishedTable {
  groupBy: GroupBy;
  periodBy: PeriodBy;
  /** Counts 1 … K−1 hidden (with their complements); null: nothing hidden. */
  suppressBelow: number | null;
  /** Periods were merged into longer windows until every count reached K. */
  windowsMerged: boolean;
  groups: Group[];
  periods: Period[];
  /** cellIndex order; null = hidden. */
  cells: (number | null)[];
}
