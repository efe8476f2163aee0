// One roll-up: verify and merge the folder's bundles, sum them by group and period over the range,
// merge time windows if asked, then hide small counts in the aggregated table (and their
// complements) — after aggregation, so that what is published is what is protected.
import { SOFTWARE_VERSION } from '../bundle/software-version.js';
import { aggregate } from './aggregate.js';
import { collectBundles } from './collect-bundles.js';
import { parseKeyList } from './key-list.js';
import { collapsePeriods, mergeWindows } from './merge-windows.js';
import type { KioskSeen, RollupReport } from './rollup-report.js';
import type { GroupBy, Period, PeriodBy, PublishedTable } from './rollup-table.js';
import { protectTable } from './suppression.js';

export interface RollupOptions {
  folder: string;
  keyList: { text: string; file: string };
  groupBy: GroupBy;
  periodBy: PeriodBy;
  /** Local dates; null: from the first to the last day any used bundle covers. */
  from: string | null;
  to: string | null;
  /** Counts 1 … K−1 hidden; null publishes every count. */
  suppressBelow: number | null;
  mergeWindows: boolean;
  now: Date;
  /** Detail rows the HTML shows before pointing at the CSV. */
  detailRowsInHtml?: number;
}

export function runRollup(o: RollupOptions): RollupReport {
  const keys = parseKeyList(o.keyList.text, o.keyList.file);
  const collected = collectBundles(o.folder, keys.fingerprints, o.now);
  const spans = collected.kiosks.map((k) => k.span()).filter((s) => s !== null);
  const today = o.now.toISOString().slice(0, 10);
  const from = o.from ?? spans.map((s) => s.from).sort()[0] ?? today;
  const to =
    o.to ??
    spans
      .map((s) => s.to)
      .sort()
      .at(-1) ??
    today;

  const base = aggregate(collected.kiosks, { groupBy: o.groupBy, periodBy: o.periodBy, from, to });
  let table = base.table;
  let periods: Period[] = base.periods;
  const k = o.suppressBelow;
  if (o.mergeWindows && k !== null) {
    const starts = mergeWindows(table, k);
    table = collapsePeriods(table, starts);
    periods = starts.map((s, i) => ({
      from: base.periods[s]!.from,
      to: base.periods[(starts[i + 1] ?? base.periods.length) - 1]!.to,
    }));
  }
  const hidden = k === null ? null : protectTable(table, k);
  const published: PublishedTable = {
    groupBy: o.groupBy,
    periodBy: o.periodBy,
    suppressBelow: k,
    windowsMerged: o.mergeWindows && k !== null,
    groups: base.groups,
    periods,
    cells: Array.from(table.values, (v, i) => (hidden?.[i] ? null : v)),
  };
  return {
    generatedAt: o.now.toISOString(),
    from,
    to,
    software: SOFTWARE_VERSION,
    table: published,
    kiosks: collected.kiosks.map((kiosk): KioskSeen => {
      const span = kiosk.span();
      return {
        site: kiosk.newest.site,
        kiosk: kiosk.newest.kiosk,
        fingerprint: kiosk.fingerprint,
        bundles: kiosk.files.length,
        from: span?.from ?? '',
        to: span?.to ?? '',
        software: kiosk.software,
        ...kiosk.conditionHours(from, to),
      };
    }),
    leftOut: [...keys.problems, ...collected.leftOut],
    conflicts: collected.conflicts,
    bundlesUsed: collected.bundlesUsed,
    detailRowsInHtml: o.detailRowsInHtml ?? 2000,
  };
}
