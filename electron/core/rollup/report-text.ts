// The words and number formats the HTML report shares between its chart and its tables: one
// escape for every text that came from a bundle (site and kiosk names), one way to write a count,
// a period and a hidden cell, so the chart's titles and the tables always say the same thing.
import { cellIndex, type Measure, type Period, type PublishedTable } from './rollup-table.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML or SVG, in element content and in quoted attribute values alike. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const COUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function countText(value: number): string {
  return COUNT_FORMAT.format(value);
}

/** A day as itself; a week or merged window as "from – to". */
export function periodText(period: Period): string {
  return period.from === period.to ? period.from : `${period.from} – ${period.to}`;
}

export const MEASURE_LABELS: Record<Measure, string> = {
  screened: 'Screened',
  passed: 'Passed',
  referred: 'Referred',
  retried: 'Retried',
  confirmed: 'Confirmed',
  notConfirmed: 'Not confirmed',
  declined: 'Declined',
};

/** What a hidden count looks like in every table: a dash whose title says "hidden". */
export const HIDDEN_MARK = '<abbr title="hidden">—</abbr>';

/** The legend sentence under every table that can hold a hidden cell. */
export function hiddenLegend(suppressBelow: number | null): string {
  if (suppressBelow === null) return 'No threshold was set: every count is shown.';
  return (
    `— hidden: fewer than ${suppressBelow} people, or hidden so that another hidden number ` +
    'cannot be worked out by subtraction.'
  );
}

/** A cell of the published table, by group, period and measure (margins included). */
export function published(table: PublishedTable, g: number, p: number, m: number): number | null {
  return table.cells[cellIndex({ periods: table.periods.length }, g, p, m)] ?? null;
}

/** "day" or "week", or "window" once periods were merged until every count reached K. */
export function periodNoun(table: PublishedTable): string {
  if (table.windowsMerged) return 'window';
  return table.periodBy === 'week' ? 'week' : 'day';
}

/** "kiosk" or "site", as the table groups. */
export function groupNoun(table: PublishedTable): string {
  return table.groupBy === 'kiosk' ? 'kiosk' : 'site';
}
