// `kiosk rollup`: HR's report across every kiosk, from a folder of signed bundles. No server, no
// network: bundles arrive on a USB stick or a share. Every file left out is listed with its reason
// (report and stderr); the roll-up still completes with what is valid, and exits 3 when anything
// was left out (or two bundles disagreed), unless --accept-left-out says that is expected.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  flagOptions,
  integer,
  parseStrict,
  UsageError,
  valueOptions,
} from '../../app/parse-helpers.js';
import { MAX_EXPORT_DAYS, SUPPRESS_LIMITS } from '../../contract/export.js';
import { daysBetween } from '../../core/records/local-date.js';
import { writeWhole } from '../../core/records/write-whole.js';
import { reportCsv } from '../../core/rollup/report-csv.js';
import { reportHtml } from '../../core/rollup/report-html.js';
import { runRollup } from '../../core/rollup/run-rollup.js';
import type { RollupReport } from '../../core/rollup/rollup-report.js';
import { checkedOutPath, dateOption } from '../cli-files.js';

const SPEC = {
  ...valueOptions('in', 'keys', 'out', 'csv', 'by', 'period', 'from', 'to', 'suppress-below'),
  ...flagOptions('merge-windows', 'accept-left-out'),
};
/** Completed, but something was left out: the report says what. */
export const LEFT_OUT_EXIT = 3;
const DEFAULT_K = 5;

export function rollupCommand(argv: string[]): number {
  const v = parseStrict(argv, SPEC);
  const missing = (['in', 'keys', 'out'] as const).filter((k) => v[k] === undefined);
  if (missing.length > 0) {
    throw new UsageError(
      `rollup needs ${missing.map((k) => `--${k}`).join(', ')}: e.g. rollup --in bundles/ --keys kiosks.txt --out report.html`,
    );
  }
  if (!existsSync(v.in!) || !statSync(v.in!).isDirectory()) {
    throw new UsageError(
      `--in ${v.in} is not a folder; give the folder the bundles were copied to`,
    );
  }
  if (!existsSync(v.keys!) || !statSync(v.keys!).isFile()) {
    throw new UsageError(
      `--keys ${v.keys} is not a file; create it with one kiosk fingerprint per line, as each kiosk's console shows it`,
    );
  }
  const by = choice('by', v.by ?? 'site', ['site', 'kiosk'] as const);
  const period = choice('period', v.period ?? 'week', ['day', 'week'] as const);
  const range = rangeOptions(v.from, v.to);
  const k = suppressOption(v['suppress-below']);
  if (v['merge-windows'] && k === null) {
    throw new UsageError(
      '--merge-windows merges periods until every count reaches --suppress-below; leave out "--suppress-below off"',
    );
  }
  const out = checkedOutPath(v.out!, 'out', 'report.html');
  const csv = v.csv === undefined ? null : checkedOutPath(v.csv, 'csv', 'report.csv');

  const report = runRollup({
    folder: v.in!,
    keyList: { text: readFileSync(v.keys!, 'utf8'), file: basename(v.keys!) },
    groupBy: by,
    periodBy: period,
    from: range.from,
    to: range.to,
    suppressBelow: k,
    mergeWindows: v['merge-windows'] === true,
    now: new Date(),
  });
  writeWhole(out, reportHtml(report));
  if (csv) writeWhole(csv, reportCsv(report.table));
  for (const line of problems(report)) process.stderr.write(`${line}\n`);
  console.log(summary(report, out, csv));
  const leftOut = report.leftOut.length + report.conflicts.length > 0;
  return leftOut && !v['accept-left-out'] ? LEFT_OUT_EXIT : 0;
}

function problems(report: RollupReport): string[] {
  return [
    ...report.leftOut.map((l) => `left out ${l.file}: ${l.reason}`),
    ...report.conflicts.map(
      (c) =>
        `disagree: ${c.files[0]} and ${c.files[1]} give different counts for "${c.kiosk}" at "${c.site}" on ${c.date} (hours ${c.hours.join(', ')}); the first was kept — find out which copy is right and remove the other`,
    ),
  ];
}

function summary(report: RollupReport, out: string, csv: string | null): string {
  const t = report.table;
  const hidden = t.cells.filter((c) => c === null).length;
  const sites = new Set(report.kiosks.map((k) => k.site)).size;
  return [
    `rolled up ${report.bundlesUsed} bundles from ${report.kiosks.length} kiosks at ${sites} sites, ${report.from} to ${report.to}, by ${t.groupBy} and ${t.windowsMerged ? 'merged windows of ' : ''}${t.periodBy}`,
    t.suppressBelow === null
      ? 'no counts hidden (--suppress-below off)'
      : `${hidden} counts hidden: below ${t.suppressBelow}, and their complements`,
    `${report.leftOut.length} files left out, ${report.conflicts.length} disagreements${report.leftOut.length + report.conflicts.length > 0 ? ' (listed above and in the report)' : ''}`,
    `report: ${out}${csv ? `, CSV: ${csv}` : ''}`,
  ].join('\n');
}

function choice<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new UsageError(`--${name} must be ${allowed.join(' or ')}, got "${raw}"`);
  }
  return raw as T;
}

function rangeOptions(from: string | undefined, to: string | undefined) {
  if ((from === undefined) !== (to === undefined)) {
    throw new UsageError(
      'give both --from and --to, or neither (then the bundles decide the range)',
    );
  }
  if (from === undefined || to === undefined) return { from: null, to: null };
  const range = { from: dateOption('from', from), to: dateOption('to', to) };
  if (range.from > range.to) throw new UsageError(`--from ${range.from} is after --to ${range.to}`);
  if (daysBetween(range.from, range.to) + 1 > MAX_EXPORT_DAYS) {
    throw new UsageError(`a roll-up covers at most ${MAX_EXPORT_DAYS} days`);
  }
  return range;
}

function suppressOption(raw: string | undefined): number | null {
  if (raw === undefined) return DEFAULT_K;
  if (raw === 'off') return null;
  return integer('suppress-below', raw, 0, SUPPRESS_LIMITS.min, SUPPRESS_LIMITS.max);
}
