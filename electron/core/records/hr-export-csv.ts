// The HR export as CSV text (RFC 4180): a header, one record per row, CRLF after every record
// including the last, and nothing else. No BOM: the file starts with "date", which every
// spreadsheet and script reads as UTF-8 text; kiosk names are the only non-ASCII text it can hold.
import type { ExportGrouping } from '../../contract/export.js';
import type { ExportCell, ExportRow } from './hr-export-rows.js';
import { COUNT_HEADERS, csvField } from './csv-field.js';

const CRLF = '\r\n';

export const CSV_HEADERS: Record<ExportGrouping, readonly string[]> = {
  day: ['date', 'kiosk', ...COUNT_HEADERS],
  // Hours are written 00–23 (local time): two digits sort as text and read as clock hours.
  hour: ['date', 'hour', 'kiosk', ...COUNT_HEADERS],
};

export function toCsv(rows: readonly ExportRow[], by: ExportGrouping): string {
  const lines = [CSV_HEADERS[by].map(csvField)];
  for (const r of rows) {
    const counts = [
      r.screened,
      r.passed,
      r.referred,
      r.retried,
      r.confirmed,
      r.notConfirmed,
      r.declined,
    ].map(cell);
    const hour = by === 'hour' ? [String(r.hour ?? 0).padStart(2, '0')] : [];
    lines.push([csvField(r.date), ...hour, csvField(r.kiosk), ...counts]);
  }
  return lines.map((fields) => fields.join(',') + CRLF).join('');
}

function cell(value: ExportCell): string {
  return typeof value === 'number' ? String(value) : csvField(value);
}
