// Numbers in the page's language (decimal comma in French, …) but always with Latin digits, so
// they read the same as the numbers staff type into the inputs.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: string, digits: number): string {
  const key = `${locale}|${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      numberingSystem: 'latn',
      useGrouping: false,
    });
    formatters.set(key, f);
  }
  // -0.0 reads as a glitch: show 0.0.
  const rounded = Number(value.toFixed(digits));
  return f.format(rounded === 0 ? 0 : rounded);
}

/** The value to put in a number input (which wants a dot, whatever the language). */
export function inputNumber(value: number, digits: number): string {
  const rounded = Number(value.toFixed(digits));
  return String(rounded === 0 ? 0 : rounded);
}

/** A number typed into an input, or null when it is not one. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

/** A calibration date ("2026-03-05" or a full ISO time) as the page's language writes dates;
 * anything unreadable is shown as it came. */
export function formatDate(date: string, locale: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  // A bare date is a local calendar day: parsed as UTC it could show as the day before.
  const d = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(date);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(day ? {} : { timeStyle: 'short' }),
    numberingSystem: 'latn',
  }).format(d);
}
