// Sums the merged kiosks' hours into the roll-up's table: groups (sites, or kiosks within their
// sites) × periods (days, or Monday-to-Sunday weeks clipped to the range). Hours no bundle knew
// count as nothing. Dates are each kiosk's local dates, as it kept them.
import { HOURLY_FIELDS } from '../../contract/bundle.js';
import { ABSENT } from '../bundle/bundle-reader.js';
import { addDays, dayNumber, daysBetween } from '../records/local-date.js';
import type { KioskDays } from './kiosk-days.js';
import {
  cellIndex,
  emptyTable,
  fillMargins,
  type ExtendedTable,
  type Group,
  type GroupBy,
  type Period,
  type PeriodBy,
} from './rollup-table.js';

export interface AggregateOptions {
  groupBy: GroupBy;
  periodBy: PeriodBy;
  from: string;
  to: string;
}

export interface Aggregated {
  table: ExtendedTable;
  groups: Group[];
  periods: Period[];
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });
const byText = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** Monday = 0 … Sunday = 6, from the date alone. */
function weekday(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export function periodsOf(
  from: string,
  to: string,
  by: PeriodBy,
): { periods: Period[]; ofDay: Int32Array } {
  const days = daysBetween(from, to) + 1;
  const ofDay = new Int32Array(days);
  const periods: Period[] = [];
  for (let d = 0; d < days; d++) {
    const date = addDays(from, d);
    if (by === 'day' || d === 0 || weekday(date) === 0) periods.push({ from: date, to: date });
    periods[periods.length - 1]!.to = date;
    ofDay[d] = periods.length - 1;
  }
  return { periods, ofDay };
}

const groupKey = (g: Group) => `${g.site}\u0000${g.kiosk ?? ''}`;
const groupOf = (k: KioskDays, by: GroupBy): Group => ({
  site: k.newest.site,
  kiosk: by === 'kiosk' ? k.newest.kiosk : null,
});

export function groupsOf(kiosks: readonly KioskDays[], by: GroupBy): Group[] {
  const seen = new Map<string, Group>();
  for (const k of kiosks) {
    const group = groupOf(k, by);
    seen.set(groupKey(group), group);
  }
  return [...seen.values()].sort(
    (a, b) => byText(a.site, b.site) || byText(a.kiosk ?? '', b.kiosk ?? ''),
  );
}

export function aggregate(kiosks: readonly KioskDays[], options: AggregateOptions): Aggregated {
  const { periods, ofDay } = periodsOf(options.from, options.to, options.periodBy);
  const groups = groupsOf(kiosks, options.groupBy);
  const index = new Map(groups.map((g, i) => [groupKey(g), i]));
  const table = emptyTable(groups.length, periods.length);
  const v = table.values;
  const F = HOURLY_FIELDS.length;
  const first = dayNumber(options.from);
  const last = dayNumber(options.to);
  for (const k of kiosks) {
    const g = index.get(groupKey(groupOf(k, options.groupBy)))!;
    k.forEachDay(first, last, (day, values, start) => {
      const at = cellIndex(table, g, ofDay[day - first]!, 0);
      // Measures: screened, passed, referred, retried, confirmed, notConfirmed, declined.
      for (let f = 0; f < F; f++) {
        let sum = 0;
        for (let h = start + f * 24; h < start + f * 24 + 24; h++) {
          const x = values[h]!;
          if (x !== ABSENT) sum += x;
        }
        v[at + 1 + f]! += sum;
        if (f < 3) v[at]! += sum;
      }
    });
  }
  fillMargins(table);
  return { table, groups, periods };
}
