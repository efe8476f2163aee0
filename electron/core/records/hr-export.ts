// The HR export from a counts database: one implementation for the staff console's download and
// the `kiosk export` command. The rows are made in hr-export-rows.ts and the CSV text in
// hr-export-csv.ts; the file is written by the browser's download (renderer console/export/) or
// by `kiosk export` (electron/cli/commands/export.ts, through a temporary file renamed into place).
import { ExportQuerySchema, type ExportFile, type ExportQuery } from '../../contract/export.js';
import { loadKioskSettings } from '../settings/kiosk-settings-store.js';
import type { CountsStore } from './counts-store.js';
import { toCsv } from './hr-export-csv.js';
import { exportKiosks, exportRows } from './hr-export-rows.js';

/** Unsuppressed sums over the range, for the person running the export to check against. */
export interface ExportTotals {
  screened: number;
  pass: number;
  refer: number;
  retry: number;
  confirmed: number;
  notConfirmed: number;
  declined: number;
}

export function exportCounts(store: CountsStore, query: ExportQuery): ExportFile {
  return exportCountsWithTotals(store, query).file;
}

/** The file and its exact totals. Only the CLI shows the totals (its user holds the database
 * anyway); the console's download gets the file alone, so suppression is not undone there. */
export function exportCountsWithTotals(
  store: CountsStore,
  query: ExportQuery,
): { file: ExportFile; totals: ExportTotals } {
  // Callers validate already; checking again keeps an unchecked range from ever reaching SQL.
  const q = ExportQuerySchema.parse(query);
  const counts = store.hourly({ from: q.from, to: q.to });
  const checks = store.secondChecks.hourly({ from: q.from, to: q.to });
  const name = loadKioskSettings(store.settings).settings.kioskName;
  const kiosks = exportKiosks([...counts, ...checks], name);
  const rows = exportRows(counts, q, kiosks, checks);
  const totals: ExportTotals = {
    screened: 0,
    pass: 0,
    refer: 0,
    retry: 0,
    confirmed: 0,
    notConfirmed: 0,
    declined: 0,
  };
  for (const c of counts) {
    totals.pass += c.pass;
    totals.refer += c.refer;
    totals.retry += c.retry;
    totals.screened += c.pass + c.refer + c.retry;
  }
  for (const c of checks) {
    totals.confirmed += c.confirmed;
    totals.notConfirmed += c.notConfirmed;
    totals.declined += c.declined;
  }
  return {
    file: {
      filename: `screening-counts_${q.from}_${q.to}_by-${q.by}.csv`,
      csv: toCsv(rows, q.by),
      rows: rows.length,
    },
    totals,
  };
}
