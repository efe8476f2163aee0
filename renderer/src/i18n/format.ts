// Numbers, dates and temperatures as the page shows them: in the page's language (decimal comma in
// French, …) but always with Latin digits, so they read the same as the walk-through screen and as
// the numbers staff type into the inputs. The one place for these formatters (the walk-through
// screen, the console and its live view all use them).
import { toDisplayUnits, type Units } from '@contract/settings.js';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { ...options, numberingSystem: 'latn' });
    numberFormats.set(key, f);
  }
  return f;
}

/** A measured value with exactly `digits` decimals and no grouping ("35.4", "35,4"). */
export function formatNumber(value: number, locale: string, digits: number): string {
  // -0.0 reads as a glitch: show 0.0.
  const rounded = Number(value.toFixed(digits));
  return numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(rounded === 0 ? 0 : rounded);
}

/** A count with the language's grouping: "12,345", "12 345". */
export function formatCount(n: number, locale: string): string {
  return numberFormat(locale, {}).format(n);
}

/** A frame rate or similar: at most one decimal. */
export function formatRate(n: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(n);
}

/** A temperature given in °C, in the chosen unit, without the unit ("36.8", "98.2"): the unit
 * symbol comes from the translations (`temperature.value`). */
export function formatTemperature(c: number, units: Units, locale: string, digits = 1): string {
  return formatNumber(toDisplayUnits(c, units), locale, digits);
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

/** A calendar date ("2026-03-05") or a full ISO time as the page's language writes dates (a time
 * also gets its hour); anything unreadable is shown as it came. */
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

/** A calendar date in a short form for chart axes and table rows ("Mar 5", "5 mars"). */
export function formatShortDate(date: string, locale: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!day) return date;
  const d = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    numberingSystem: 'latn',
  }).format(d);
}

/** An ISO timestamp as a local date and time, or the text itself if it is not one. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    numberingSystem: 'latn',
  }).format(date);
}
