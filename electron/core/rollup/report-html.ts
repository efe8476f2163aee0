// The roll-up's report as one static HTML file HR opens in any browser: no script, no external
// resource, no font file. Its Content-Security-Policy (a <meta>, as a file has no headers) allows
// nothing but its one <style> element, by that element's SHA-256, and data: images. What was left
// out comes first when there is any, so nobody reads the totals without seeing it.
import { createHash } from 'node:crypto';
import type { RollupReport } from './rollup-report.js';
import { chartLegend, chartSvg } from './report-chart-svg.js';
import { leftOutSection, rangeText, summarySection } from './report-sections-html.js';
import { REPORT_STYLE } from './report-style.js';
import {
  detailTable,
  groupTotalsTable,
  kiosksTable,
  periodTotalsTable,
  TABLE_IDS,
} from './report-table-html.js';
import { countText, esc, groupNoun, hiddenLegend, periodNoun, published } from './report-text.js';

/** The CSP source for a <style> element's exact text. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

export function reportCsp(css: string): string {
  return `default-src 'none'; style-src ${styleHash(css)}; img-src data:`;
}

/** The chart's accessible name: the range and its grand totals, in one sentence. */
function chartLabel(report: RollupReport): string {
  const t = report.table;
  const G = t.groups.length;
  const P = t.periods.length;
  const total = (m: number) => {
    const v = published(t, G, P, m);
    return v === null ? 'hidden' : countText(v);
  };
  return (
    `Screenings by ${periodNoun(t)}, all ${groupNoun(t)}s together, ` +
    `${report.from} to ${report.to}: ${total(0)} screened, ${total(1)} passed, ` +
    `${total(2)} referred, ${total(3)} retried. The table Totals by period holds the same numbers.`
  );
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(title)}</h2>${body}</section>`;
}

export function reportHtml(report: RollupReport): string {
  const t = report.table;
  const legend = `<p class="note">${esc(hiddenLegend(t.suppressBelow))}</p>`;
  const leftOut = leftOutSection(report);
  const somethingLeftOut = report.leftOut.length + report.conflicts.length > 0;
  const chart = section(
    'chart',
    'Chart',
    `<div class="chart-box">${chartSvg(t, { label: chartLabel(report), describedBy: TABLE_IDS.periods })}</div>` +
      chartLegend(t) +
      `<p class="note">Bars use the totals of every ${groupNoun(t)} together; the ` +
      `<a href="#${TABLE_IDS.periods}">Totals by period</a> table gives the same numbers.</p>`,
  );
  const kiosks = report.kiosks.length
    ? kiosksTable(report.kiosks)
    : '<p>No bundle was used, so no kiosk is listed.</p>';
  const body = [
    `<h1>Screening counts roll-up, ${rangeText(report.from, report.to)}</h1>`,
    somethingLeftOut ? leftOut : '',
    summarySection(report),
    somethingLeftOut ? '' : leftOut,
    chart,
    section('period-totals', 'Totals by period', periodTotalsTable(t) + legend),
    section('group-totals', `Totals by ${groupNoun(t)}`, groupTotalsTable(t) + legend),
    section('detail-rows-section', 'Detail', detailTable(t, report.detailRowsInHtml) + legend),
    section('kiosks', 'Kiosks', kiosks),
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${reportCsp(REPORT_STYLE)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>Screening counts roll-up, ${esc(report.from)} to ${esc(report.to)}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    `<body>\n<main>\n${body}\n</main>\n</body>`,
    '</html>',
    '',
  ].join('\n');
}
