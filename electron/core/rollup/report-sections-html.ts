// The report's text sections: the summary of the run and the list of what was left out (each
// file with its reason, each conflict between two bundles of one kiosk). Every text that came
// from a bundle or a file name is escaped.
import type { Conflict, LeftOut, RollupReport } from './rollup-report.js';
import { countText, esc, groupNoun } from './report-text.js';

/** "1 kiosk", "2 kiosks". */
function plural(count: number, noun: string): string {
  return `${countText(count)} ${noun}${count === 1 ? '' : 's'}`;
}

function fact(term: string, value: string): string {
  return `<dt>${esc(term)}</dt><dd>${value}</dd>`;
}

/** "From 2026-03-01 to 2026-03-31" with both dates as <time>. */
export function rangeText(from: string, to: string): string {
  return `<time datetime="${esc(from)}">${esc(from)}</time> to <time datetime="${esc(to)}">${esc(to)}</time>`;
}

function thresholdText(report: RollupReport): string {
  const k = report.table.suppressBelow;
  if (k === null || k <= 1) return 'None: every count is shown';
  return (
    `${countText(k)}: counts of 1 to ${countText(k - 1)} people are hidden, with the counts that ` +
    'would let them be worked out by subtraction'
  );
}

export function summarySection(report: RollupReport): string {
  const t = report.table;
  const grouping =
    `By ${groupNoun(t)} and by ${t.periodBy === 'week' ? 'week (Monday to Sunday)' : 'day'}` +
    ` (${plural(t.groups.length, groupNoun(t))} × ${plural(t.periods.length, 'period')})`;
  const merged = t.windowsMerged
    ? `Yes: periods were merged into longer windows until every count reached ${countText(t.suppressBelow ?? 0)}`
    : 'No';
  const sites = new Set(report.kiosks.map((k) => k.site)).size;
  const facts = [
    fact('Range', rangeText(report.from, report.to)),
    fact(
      'Generated',
      `<time datetime="${esc(report.generatedAt)}">${esc(report.generatedAt)}</time>`,
    ),
    fact('Software', esc(report.software)),
    fact('Grouping', esc(grouping)),
    fact('Threshold K', esc(thresholdText(report))),
    fact('Windows merged', esc(merged)),
    fact('Bundles used', countText(report.bundlesUsed)),
    fact(
      'Kiosks',
      report.kiosks.length === 0
        ? 'None'
        : `${plural(report.kiosks.length, 'kiosk')} at ${plural(sites, 'site')} ` +
            '(<a href="#kiosks">listed below</a>)',
    ),
    fact(
      'Left out',
      report.leftOut.length + report.conflicts.length === 0
        ? 'Nothing'
        : `${countText(report.leftOut.length)} file${report.leftOut.length === 1 ? '' : 's'}, ` +
            `${countText(report.conflicts.length)} conflict${report.conflicts.length === 1 ? '' : 's'} ` +
            '(<a href="#left-out">listed</a>)',
    ),
  ];
  return (
    '<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>' +
    `<dl class="facts">${facts.join('')}</dl></section>`
  );
}

function leftOutItem(item: LeftOut): string {
  return `<li><code>${esc(item.file)}</code>: ${esc(item.reason)}</li>`;
}

function conflictItem(c: Conflict): string {
  const hours = c.hours.map((h) => `${String(h).padStart(2, '0')}:00`).join(', ');
  const [kept, other] = c.files;
  return (
    `<li>${esc(c.site)} / ${esc(c.kiosk)}, ${esc(c.date)}, hours ${esc(hours)}: ` +
    `<code>${esc(kept)}</code> and <code>${esc(other)}</code> disagree; the counts of ` +
    `<code>${esc(kept)}</code> (read first) are used.</li>`
  );
}

/** Left out and conflicts; a red box at the top of the report when anything is in it. */
export function leftOutSection(report: RollupReport): string {
  const { leftOut, conflicts } = report;
  const head = '<h2 id="left-out-h">Left out</h2>';
  if (leftOut.length + conflicts.length === 0) {
    return (
      `<section id="left-out" aria-labelledby="left-out-h">${head}` +
      '<p class="ok">Nothing was left out: every bundle in the folder was verified and used, ' +
      'and no two bundles disagreed.</p></section>'
    );
  }
  const files = leftOut.length
    ? `<p>These files were not used; the totals below do not include them.</p>` +
      `<ul id="left-out-files">${leftOut.map(leftOutItem).join('')}</ul>`
    : '';
  const clashes = conflicts.length
    ? '<p>Two bundles of the same kiosk gave different counts for the same hours:</p>' +
      `<ul id="conflicts">${conflicts.map(conflictItem).join('')}</ul>`
    : '';
  return (
    `<section id="left-out" class="left-out" aria-labelledby="left-out-h">${head}` +
    `${files}${clashes}</section>`
  );
}
