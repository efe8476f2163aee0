// Numbers and times in the console, in the page's language with Latin digits (ports, counters and
// errors are Latin anyway, and the walk-through screen shows the same digits).

/** A count with the language's grouping: "12,345", "12 345". */
export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(`${locale}-u-nu-latn`).format(n);
}

/** A frame rate or similar: at most one decimal. */
export function formatRate(n: number, locale: string): string {
  return new Intl.NumberFormat(`${locale}-u-nu-latn`, { maximumFractionDigits: 1 }).format(n);
}

/** An ISO timestamp as a local date and time, or the text itself if it is not one. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(`${locale}-u-nu-latn`, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(date);
}

/** A calendar date (YYYY-MM-DD or a timestamp) in the language's style. */
export function formatDate(text: string, locale: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T12:00:00` : text);
  if (Number.isNaN(date.getTime())) return text;
  return new Intl.DateTimeFormat(`${locale}-u-nu-latn`, { dateStyle: 'medium' }).format(date);
}
