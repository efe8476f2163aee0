// One CSV text field as every export writes it (RFC 4180), safe to open in a spreadsheet, and
// the count columns every counts CSV (the HR export, the roll-up) shares.

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Formula-looking text is defused with a leading apostrophe (and quoted, so the apostrophe is
 * plainly part of the value); commas, quotes and line breaks are quoted with quotes doubled. */
export function csvField(text: string): string {
  if (FORMULA_START.test(text)) return quote(`'${text}`);
  return NEEDS_QUOTES.test(text) ? quote(text) : text;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Verdicts, then the second checks staff recorded, named alike in every counts CSV. */
export const COUNT_HEADERS = [
  'screened',
  'passed',
  'referred',
  'retried',
  'confirmed',
  'not_confirmed',
  'declined',
] as const;
