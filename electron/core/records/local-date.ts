// Local calendar dates and hours where the kiosk stands. They come from the time zone's rules
// (Intl), not from adding offsets, so they stay right across daylight-saving changes: the
// spring-forward day has no 02:00 hour, and the fall-back day's repeated hour counts once.
// Calendar arithmetic is done on the date strings themselves, in UTC, where every day is 24 h.

export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  /** 0–23 */
  hour: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(key, format);
  }
  return format;
}

/** The local date and hour of an instant; the system's time zone unless one is given. */
export function localTime(at: Date = new Date(), timeZone?: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatFor(timeZone).formatToParts(at)) parts[p.type] = p.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) % 24 };
}

/** The local date and time to the minute, "YYYY-MM-DDTHH:mm" (e.g. when settings changed). */
export function localDateTime(at: Date, timeZone?: string): string {
  const parts: Record<string, string> = {};
  for (const p of formatFor(timeZone).formatToParts(at)) parts[p.type] = p.value;
  const hour = String(Number(parts.hour) % 24).padStart(2, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${hour}:${parts.minute}`;
}

/** The local calendar date as YYYY-MM-DD: counts are kept per day where the kiosk stands. */
export function localDate(at: Date = new Date(), timeZone?: string): string {
  return localTime(at, timeZone).date;
}

const DAY_MS = 86_400_000;

/** The date `days` after (or before, when negative) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Every date from `from` to `to`, inclusive. */
export function eachDate(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (calendar arithmetic as integers). */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The next date, from the string alone: addDays(date, 1) without a Date (the roll-up reads half
 * a million day lines in order). */
export function nextDate(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const last = m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!;
  if (d < last) return `${date.slice(0, 8)}${String(d + 1).padStart(2, '0')}`;
  if (m < 12) return `${date.slice(0, 5)}${String(m + 1).padStart(2, '0')}-01`;
  return `${String(y + 1).padStart(4, '0')}-01-01`;
}
