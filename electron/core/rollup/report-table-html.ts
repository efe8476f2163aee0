// The report's tables as HTML: totals by period, totals by group, the detail (group × period)
// and the kiosks whose bundles were used. Each has a caption, header cells with their scope,
// counts right-aligned, and a hidden count shown as "—" (with "hidden" as its title), never its
// value: the published table holds null there, and nothing here works a value out from others.
import type { KioskSeen } from './rollup-report.js';
import { MEASURES, type Group, type PublishedTable } from './rollup-table.js';
import {
  countText,
  esc,
  groupNoun,
  HIDDEN_MARK,
  MEASURE_LABELS,
  periodNoun,
  periodText,
  published,
} from './report-text.js';

export const TABLE_IDS = {
  periods: 'totals-by-period',
  groups: 'totals-by-group',
  detail: 'detail',
  kiosks: 'kiosks-table',
} as const;

function countCell(value: number | null): string {
  return value === null
    ? `<td class="n hid">${HIDDEN_MARK}</td>`
    : `<td class="n">${countText(value)}</td>`;
}

/** The seven counts of one cell of the table, in MEASURES order. */
function countCells(table: PublishedTable, g: number, p: number): string {
  return MEASURES.map((_, m) => countCell(published(table, g, p, m))).join('');
}

const MEASURE_HEADS = MEASURES.map(
  (m) => `<th scope="col" class="n">${MEASURE_LABELS[m]}</th>`,
).join('');

function groupHeads(table: PublishedTable): string {
  return table.groupBy === 'kiosk'
    ? '<th scope="col">Site</th><th scope="col">Kiosk</th>'
    : '<th scope="col">Site</th>';
}

function groupRowHeads(table: PublishedTable, group: Group): string {
  const site = `<th scope="row">${esc(group.site)}</th>`;
  return table.groupBy === 'kiosk' ? `${site}<th scope="row">${esc(group.kiosk ?? '')}</th>` : site;
}

/** "All sites" / "All kiosks", spanning the group columns. */
function allGroupsHead(table: PublishedTable): string {
  const span = table.groupBy === 'kiosk' ? ' colspan="2"' : '';
  return `<th scope="row"${span}>All ${groupNoun(table)}s</th>`;
}

function wholeRange(table: PublishedTable): string {
  const first = table.periods[0];
  const last = table.periods[table.periods.length - 1];
  return first && last ? periodText({ from: first.from, to: last.to }) : 'No period';
}

function tableHtml(id: string, caption: string, head: string, body: string[], foot = ''): string {
  return (
    `<table id="${id}"><caption>${esc(caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody>` +
    (foot ? `<tfoot>${foot}</tfoot>` : '') +
    '</table>'
  );
}

/** One row per period: the totals row of the table (every group together), then the corner. */
export function periodTotalsTable(table: PublishedTable): string {
  const G = table.groups.length;
  const P = table.periods.length;
  const rows = table.periods.map(
    (period, p) =>
      `<tr><th scope="row" class="nowrap">${esc(periodText(period))}</th>${countCells(table, G, p)}</tr>`,
  );
  const foot = `<tr><th scope="row">Whole range (${esc(wholeRange(table))})</th>${countCells(table, G, P)}</tr>`;
  return tableHtml(
    TABLE_IDS.periods,
    `Totals by ${periodNoun(table)}, all ${groupNoun(table)}s together`,
    `<th scope="col">Period</th>${MEASURE_HEADS}`,
    rows,
    foot,
  );
}

/** One row per group over the whole range: the totals column, then the corner. */
export function groupTotalsTable(table: PublishedTable): string {
  const G = table.groups.length;
  const P = table.periods.length;
  const rows = table.groups.map(
    (group, g) => `<tr>${groupRowHeads(table, group)}${countCells(table, g, P)}</tr>`,
  );
  const foot = `<tr>${allGroupsHead(table)}${countCells(table, G, P)}</tr>`;
  return tableHtml(
    TABLE_IDS.groups,
    `Totals by ${groupNoun(table)}, ${wholeRange(table)}`,
    `${groupHeads(table)}${MEASURE_HEADS}`,
    rows,
    foot,
  );
}

/** Group × period rows, group by group, at most `limit` of them (the CSV holds every one). */
export function detailTable(table: PublishedTable, limit: number): string {
  const G = table.groups.length;
  const P = table.periods.length;
  const total = G * P;
  const shown = Math.max(0, Math.min(limit, total));
  const rows: string[] = [];
  for (let i = 0; i < shown; i++) {
    const g = Math.floor(i / P);
    const p = i % P;
    const period = `<th scope="row" class="nowrap">${esc(periodText(table.periods[p]!))}</th>`;
    rows.push(
      `<tr>${groupRowHeads(table, table.groups[g]!)}${period}${countCells(table, g, p)}</tr>`,
    );
  }
  const html = tableHtml(
    TABLE_IDS.detail,
    `Each ${groupNoun(table)} by ${periodNoun(table)}`,
    `${groupHeads(table)}<th scope="col">Period</th>${MEASURE_HEADS}`,
    rows,
  );
  const note =
    shown < total
      ? `The first ${countText(shown)} of ${countText(total)} rows are shown here; the roll-up's ` +
        `CSV file holds all ${countText(total)}.`
      : `All ${countText(total)} rows are shown; the roll-up's CSV file holds the same rows.`;
  return `${html}<p class="note" id="detail-rows">${note}</p>`;
}

/** Hours from the conditions record, or "no record". */
const hoursText = (h: number | null) => (h === null ? 'no record' : h.toFixed(1));

/** The kiosks whose bundles were used, with the fingerprint HR registered, and from their
 * conditions record the hours they were ready for verdicts and paused within the range. */
export function kiosksTable(kiosks: readonly KioskSeen[]): string {
  const rows = kiosks.map(
    (k) =>
      `<tr><td>${esc(k.site)}</td><th scope="row">${esc(k.kiosk)}</th>` +
      `<td><code>${esc(k.fingerprint)}</code></td><td class="n">${countText(k.bundles)}</td>` +
      `<td class="nowrap">${esc(k.from)}</td><td class="nowrap">${esc(k.to)}</td>` +
      `<td class="n">${hoursText(k.readyHours)}</td><td class="n">${hoursText(k.pausedHours)}</td>` +
      `<td>${esc(k.software)}</td></tr>`,
  );
  return tableHtml(
    TABLE_IDS.kiosks,
    `Kiosks whose bundles were used (${countText(kiosks.length)})`,
    '<th scope="col">Site</th><th scope="col">Kiosk</th><th scope="col">Key fingerprint</th>' +
      '<th scope="col" class="n">Bundles</th><th scope="col">From</th><th scope="col">To</th>' +
      '<th scope="col" class="n">Ready (h)</th><th scope="col" class="n">Paused (h)</th>' +
      '<th scope="col">Software</th>',
    rows,
  );
}
