// The export form as HR edit it (dates as the date inputs hold them, the threshold as typed), read
// back with the contract's ExportQuerySchema so the console refuses exactly what the kiosk would,
// each problem named next to its field. Also the calendar arithmetic the chart needs: the default
// range, and the days without counts filled in with zeros.
import { ExportQuerySchema, type ExportGrouping, type ExportQuery } from '@contract/export.js';
import { LocalDateSchema, type DailyCount } from '@contract/schemas.js';

/** The range shown at first: the last 30 days, today included. */
export const DEFAULT_RANGE_DAYS = 30;

export interface ExportForm {
  from: string;
  to: string;
  by: ExportGrouping;
  /** "Hide counts below": empty for off. */
  suppress: string;
}

/** Each field's id: also the suffix of its test ids (export-<id>, error-export-<id>). */
export type ExportFieldId = 'from' | 'to' | 'suppress';
export const EXPORT_FIELD_IDS: readonly ExportFieldId[] = ['from', 'to', 'suppress'];

/** What is wrong with a field, for a message in the page's language. */
export type ExportProblem =
  /** Empty or not a real calendar date. */
  | 'date'
  /** "to" is before "from". */
  | 'order'
  /** More days than one export may hold. */
  | 'too-long'
  /** Not a whole number within SUPPRESS_LIMITS. */
  | 'suppress';

export type ExportProblems = Partial<Record<ExportFieldId, ExportProblem>>;

export type ReadExport =
  { ok: true; query: ExportQuery } | { ok: false; problems: ExportProblems; first: ExportFieldId };

/** A local calendar day written YYYY-MM-DD (the kiosk counts in local days too). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date (calendar arithmetic, free of time zones). */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The YYYY-MM-DD date `days` after (or before, if negative) the given one. */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

export function defaultExportForm(today: Date = new Date()): ExportForm {
  const to = localDate(today);
  return { from: addDays(to, -(DEFAULT_RANGE_DAYS - 1)), to, by: 'day', suppress: '' };
}

function isDate(text: string): boolean {
  return LocalDateSchema.safeParse(text).success;
}

function readSuppress(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // Digits only: "5.5", "1e1" or "-3" are not what "hide counts below" means.
  if (!/^\d+$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** The query to send, or what is wrong with each field (then nothing may be sent). */
export function readExportForm(form: ExportForm): ReadExport {
  const suppressBelow = readSuppress(form.suppress);
  const query = {
    from: form.from,
    to: form.to,
    by: form.by,
    // Not a number at all: NaN fails the schema's check like any bad value.
    suppressBelow: suppressBelow === undefined ? Number.NaN : suppressBelow,
  };
  const parsed = ExportQuerySchema.safeParse(query);
  if (parsed.success) return { ok: true, query: parsed.data };
  // The range checked on its own too: a bad threshold must not hide a bad range.
  const range = ExportQuerySchema.safeParse({ ...query, suppressBelow: null });
  const issues = [...parsed.error.issues, ...(range.success ? [] : range.error.issues)];

  // The schema decides what is refused; its (English) issues are sorted into the fields here.
  const problems: ExportProblems = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (field === 'suppressBelow') problems.suppress = 'suppress';
    else if (field === 'from' || field === 'to') {
      if (!isDate(form[field])) problems[field] = 'date';
      else if (isDate(form.from) && isDate(form.to))
        problems.to = form.from > form.to ? 'order' : 'too-long';
    }
  }
  // Whatever the schema says about a field the sorting above missed still blocks the export.
  if (EXPORT_FIELD_IDS.every((id) => !problems[id])) problems.to = 'date';
  const first = EXPORT_FIELD_IDS.find((id) => problems[id])!;
  return { ok: false, problems, first };
}

/** Every day of the range, oldest first, with zeros for the days the kiosk has no counts for. */
export function fillDays(from: string, to: string, counts: readonly DailyCount[]): DailyCount[] {
  const byDate = new Map(counts.map((c) => [c.date, c]));
  const days: DailyCount[] = [];
  const last = dayNumber(to);
  for (let n = dayNumber(from); n <= last; n++) {
    const date = addDays('1970-01-01', n);
    days.push(byDate.get(date) ?? { date, screened: 0, pass: 0, refer: 0, retry: 0 });
  }
  return days;
}

export interface Totals {
  screened: number;
  pass: number;
  refer: number;
  retry: number;
}

export function totals(counts: readonly DailyCount[]): Totals {
  const sum: Totals = { screened: 0, pass: 0, refer: 0, retry: 0 };
  for (const c of counts) {
    sum.screened += c.screened;
    sum.pass += c.pass;
    sum.refer += c.refer;
    sum.retry += c.retry;
  }
  return sum;
}
