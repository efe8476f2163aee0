// When the staff's settings last changed, as a local date and time in ISO form
// ("2026-11-24T14:05"): the deployment pack's papers are marked with it, so a printed sign or DPIA
// says which settings it describes. Local, like the counts' dates: staff read it on paper.

/** "YYYY-MM-DDTHH:mm", local to the kiosk. */
export const SETTINGS_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

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

/** The local date and time of an instant to the minute; the system's time zone unless given. */
export function localDateTime(at: Date, timeZone?: string): string {
  const parts: Record<string, string> = {};
  for (const p of formatFor(timeZone).formatToParts(at)) parts[p.type] = p.value;
  const hour = String(Number(parts.hour) % 24).padStart(2, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${hour}:${parts.minute}`;
}

/** A stored value, if it is a settings date (a hand-edited or damaged one is no date). */
export function asSettingsDate(value: unknown): string | null {
  return typeof value === 'string' && SETTINGS_DATE_PATTERN.test(value) ? value : null;
}
