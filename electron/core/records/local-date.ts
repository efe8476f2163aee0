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
