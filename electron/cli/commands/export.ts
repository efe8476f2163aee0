// `kiosk export`: the HR export (CSV) from a counts database, without the kiosk running. Reads
// the file only; writes the CSV to a temporary file renamed into place once complete, so a failed
// export never leaves a partial or empty file behind.
import {
  ExportGroupingSchema,
  ExportQuerySchema,
  MAX_EXPORT_DAYS,
  SUPPRESS_LIMITS,
  type ExportQuery,
} from '../../contract/export.js';
import {
  flagOptions,
  integer,
  parseStrict,
  UsageError,
  valueOptions,
} from '../../app/parse-helpers.js';
import { defaultDatabasePath } from '../../app/paths.js';
import { conditionsFile } from '../../core/records/conditions-csv.js';
import { exportCountsWithTotals } from '../../core/records/hr-export.js';
import { daysBetween } from '../../core/records/local-date.js';
import { writeWhole } from '../../core/records/write-whole.js';
import { checkedOutPath, dateOption as date, withStore } from '../cli-files.js';

const SPEC = {
  ...valueOptions('db', 'from', 'to', 'out', 'by', 'suppress-below'),
  // The daily conditions record instead of the counts (its own file, for compliance files).
  ...flagOptions('conditions'),
};

export function exportCommand(argv: string[]): number {
  const v = parseStrict(argv, SPEC);
  const missing = (['from', 'to', 'out'] as const).filter((k) => v[k] === undefined);
  if (missing.length > 0) {
    throw new UsageError(
      `export needs ${missing.map((k) => `--${k}`).join(', ')}: e.g. export --from 2026-11-01 --to 2026-11-30 --out counts.csv`,
    );
  }
  const query = exportQuery(v.from!, v.to!, v.by, v['suppress-below']);
  const out = v.out!;
  const target = out === '-' ? null : checkedOutPath(out);
  const db = v.db ?? defaultDatabasePath();
  if (v.conditions) return exportConditions(query, target, db, v.by ?? v['suppress-below']);

  const { file, totals } = withStore(db, (store) => exportCountsWithTotals(store, query));
  const summary =
    `exported ${file.rows} rows by ${query.by}, ${query.from} to ${query.to} ` +
    `(screened ${totals.screened}: pass ${totals.pass}, refer ${totals.refer}, retry ${totals.retry}; ` +
    `second checks: confirmed ${totals.confirmed}, not confirmed ${totals.notConfirmed}, declined ${totals.declined}` +
    `${query.suppressBelow === null ? '' : `; counts 1–${query.suppressBelow - 1} written as <${query.suppressBelow}`})`;
  return deliver(file.csv, summary, target);
}

/** `export --conditions`: one row per recorded day and kiosk (see records/conditions-csv.ts). */
function exportConditions(
  range: ExportQuery,
  target: string | null,
  db: string,
  countsOption: string | undefined,
): number {
  if (countsOption !== undefined) {
    throw new UsageError(
      '--by and --suppress-below are for the counts: the conditions record has one row per day and kiosk; leave them out',
    );
  }
  const file = withStore(db, (store) => conditionsFile(range, store.conditions.days(range)));
  const summary = `exported the conditions record: ${file.rows} rows (days and kiosks), ${range.from} to ${range.to}`;
  return deliver(file.csv, summary, target);
}

/** Writes the CSV to its file (whole or not at all) or to stdout, and says what it wrote. */
function deliver(csv: string, summary: string, target: string | null): number {
  if (target === null) {
    process.stdout.write(csv);
    // stdout holds the CSV: the summary goes to stderr so a pipe gets the file alone.
    process.stderr.write(`${summary} to stdout\n`);
  } else {
    writeWhole(target, csv);
    console.log(`${summary} to ${target}`);
  }
  return 0;
}

/** Each option checked on its own first, so the message names the one to fix. */
function exportQuery(
  from: string,
  to: string,
  by: string | undefined,
  suppressBelow: string | undefined,
): ExportQuery {
  const grouping = ExportGroupingSchema.safeParse(by ?? 'day');
  if (!grouping.success) throw new UsageError(`--by must be day or hour, got "${by}"`);
  const query: ExportQuery = {
    from: date('from', from),
    to: date('to', to),
    by: grouping.data,
    suppressBelow:
      suppressBelow === undefined
        ? null
        : integer('suppress-below', suppressBelow, 0, SUPPRESS_LIMITS.min, SUPPRESS_LIMITS.max),
  };
  if (query.from > query.to) {
    throw new UsageError(`--from ${query.from} is after --to ${query.to}`);
  }
  const days = daysBetween(query.from, query.to) + 1;
  if (days > MAX_EXPORT_DAYS) {
    throw new UsageError(
      `--from ${query.from} to --to ${query.to} is ${days} days; one export covers at most ${MAX_EXPORT_DAYS}`,
    );
  }
  // The shared schema has the last word, so the CLI can never accept what the console refuses.
  const checked = ExportQuerySchema.safeParse(query);
  if (!checked.success) {
    throw new UsageError(checked.error.issues.map((i) => i.message).join('; '));
  }
  return checked.data;
}
