// The HR export's rows: every date (and hour) of the range for every kiosk, days without screening
// written as zeros, so HR can tell "nobody came" from "missing" and sum columns safely; the
// second-check outcomes staff recorded sit beside the verdicts of the same hour. Small counts can
// be hidden as "<K". Pure: no database, no clock, no time zone.
import type { ExportQuery } from '../../contract/export.js';
import type { HourlyCount } from './counts-store.js';
import type { HourlySecondChecks } from './second-check-store.js';
import { eachDate } from './local-date.js';

/** A count as written: the number, or "<K" when suppression hides it. */
export type ExportCell = number | `<${number}`;

export interface ExportRow {
  date: string;
  /** 0–23 local hour; null when the export is by day. */
  hour: number | null;
  kiosk: string;
  screened: ExportCell;
  passed: ExportCell;
  referred: ExportCell;
  retried: ExportCell;
  /** Second checks a clinical thermometer confirmed, did not confirm, or that were declined. */
  confirmed: ExportCell;
  notConfirmed: ExportCell;
  declined: ExportCell;
}

interface Tally {
  pass: number;
  refer: number;
  retry: number;
  confirmed: number;
  notConfirmed: number;
  declined: number;
}

const emptyTally = (): Tally => ({
  pass: 0,
  refer: 0,
  retry: 0,
  confirmed: 0,
  notConfirmed: 0,
  declined: 0,
});

const HOURS = Array.from({ length: 24 }, (_, h) => h);

// Numeric collation puts "Kiosk 2" before "Kiosk 10"; the plain comparison breaks ties so the
// order never depends on the locale data alone.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });
const byName = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The kiosks to list: this kiosk under the name staff set, first, always (so its rows, the days
 * without screening included, carry the name HR knows it by, even before anyone is counted under
 * that name); then any other name in the range's counts (a name it had before, or another kiosk's
 * counts in the same file), in a stable, numeric-aware order.
 */
export function exportKiosks(counts: readonly { kiosk: string }[], currentKiosk: string): string[] {
  const others = new Set(counts.map((c) => c.kiosk));
  others.delete(currentKiosk);
  return [currentKiosk, ...[...others].sort(byName)];
}

/**
 * One row per (date, kiosk), or per (date, hour, kiosk), for every date from..to inclusive.
 * Dates come from the date strings (UTC arithmetic), never from local clocks: a daylight-saving
 * day still has one row, and 24 hour rows (the skipped hour reads 0, the repeated one holds both).
 */
export function exportRows(
  counts: readonly HourlyCount[],
  query: ExportQuery,
  kiosks: readonly string[],
  checks: readonly HourlySecondChecks[] = [],
): ExportRow[] {
  const tallies = new Map<string, Tally>();
  const add = (c: { date: string; hour: number; kiosk: string } & Partial<Tally>) => {
    // The store is asked for the range already; anything outside it is not ours to write.
    if (c.date < query.from || c.date > query.to) return;
    const k = key(c.date, query.by === 'hour' ? c.hour : null, c.kiosk);
    const t = tallies.get(k) ?? emptyTally();
    for (const field of Object.keys(t) as (keyof Tally)[]) t[field] += c[field] ?? 0;
    tallies.set(k, t);
  };
  for (const c of counts) add(c);
  for (const c of checks) add(c);

  const rows: ExportRow[] = [];
  const hours = query.by === 'hour' ? HOURS : [null];
  for (const date of eachDate(query.from, query.to)) {
    for (const hour of hours) {
      for (const kiosk of kiosks) {
        const t = tallies.get(key(date, hour, kiosk)) ?? emptyTally();
        const hide = (v: number) => suppress(v, query.suppressBelow);
        rows.push({
          date,
          hour,
          kiosk,
          screened: hide(t.pass + t.refer + t.retry),
          passed: hide(t.pass),
          referred: hide(t.refer),
          retried: hide(t.retry),
          confirmed: hide(t.confirmed),
          notConfirmed: hide(t.notConfirmed),
          declined: hide(t.declined),
        });
      }
    }
  }
  return rows;
}

/** 1 … K−1 becomes "<K"; 0 stays (an empty hour reveals nobody) and so does K or more. */
export function suppress(value: number, below: number | null): ExportCell {
  if (below === null || value < 1 || value >= below) return value;
  return `<${below}`;
}

// NUL cannot occur in a date or a validated kiosk name, so the key is unambiguous.
function key(date: string, hour: number | null, kiosk: string): string {
  return `${date}\u0000${hour ?? ''}\u0000${kiosk}`;
}
