// The conditions record as its own CSV file for compliance files (RFC 4180, CRLF after every
// record, no BOM, as the HR export): one record per recorded day and kiosk. Every pause reason has
// its column, in the contract's fixed order, so files from different days line up.
import type { ConditionsDay } from '../../contract/conditions.js';
import type { ExportFile } from '../../contract/export.js';
import { PauseReasonSchema, type DateRange } from '../../contract/schemas.js';
import { csvField } from './csv-field.js';

const CRLF = '\r\n';

/** Column names are snake_case throughout: "sensor-disconnected" → "sensor_disconnected". */
export const CONDITIONS_HEADERS: readonly string[] = [
  'date',
  'kiosk',
  'ready_minutes',
  ...PauseReasonSchema.options.map((r) => `paused_minutes_${r.replaceAll('-', '_')}`),
  'room_min_c',
  'room_max_c',
  'reference_stable_minutes',
  'reference_unstable_minutes',
  'calibration_age_days',
];

export function conditionsFilename(range: DateRange): string {
  return `conditions_${range.from}_${range.to}.csv`;
}

export function conditionsCsv(days: readonly ConditionsDay[]): string {
  const lines = [CONDITIONS_HEADERS.map(csvField)];
  for (const d of days) {
    lines.push([
      csvField(d.date),
      csvField(d.kiosk),
      String(d.readyMinutes),
      ...PauseReasonSchema.options.map((r) => String(d.pausedMinutes[r] ?? 0)),
      // Unknown (no sensor reported a room that day): an empty field, not a made-up number.
      d.roomMinC === null ? '' : d.roomMinC.toFixed(1),
      d.roomMaxC === null ? '' : d.roomMaxC.toFixed(1),
      String(d.referenceStableMinutes),
      String(d.referenceUnstableMinutes),
      d.calibrationAgeDays === null ? '' : String(d.calibrationAgeDays),
    ]);
  }
  return lines.map((fields) => fields.join(',') + CRLF).join('');
}

export function conditionsFile(range: DateRange, days: readonly ConditionsDay[]): ExportFile {
  return { filename: conditionsFilename(range), csv: conditionsCsv(days), rows: days.length };
}
