// What the Export tab's bundle section decides without React: whether the export form's range can
// be one bundle, the fingerprint's groups, and text kept left to right inside a sentence.
import { MAX_BUNDLE_DAYS } from '@contract/bundle.js';
import type { DateRange } from '@contract/schemas.js';
import { dayNumber } from './export-form.js';

/** Why no bundle can be asked for this range: the form's fields are bad, or it is too long. */
export type BundleRangeProblem = 'fix-fields' | 'too-long';

/** null when the range (both days included) fits in one bundle. */
export function bundleRangeProblem(range: DateRange | null): BundleRangeProblem | null {
  if (!range) return 'fix-fields';
  return dayNumber(range.to) - dayNumber(range.from) + 1 > MAX_BUNDLE_DAYS ? 'too-long' : null;
}

/** "ABCD-EFGH-…" as its groups, each with the hyphen that follows it, so the text copied from
 * the page is the fingerprint exactly while lines break only between groups. */
export function fingerprintGroups(fingerprint: string): string[] {
  const groups = fingerprint.split('-');
  return groups.map((g, i) => (i < groups.length - 1 ? `${g}-` : g));
}

/** A path or file name inside a sentence: kept left to right in Arabic (U+2066 … U+2069). */
export function leftToRight(text: string): string {
  return `\u2066${text}\u2069`;
}

/** The kiosk's own (English) sentence inside an Arabic one: laid out in its own direction, its
 * punctuation kept in place (U+2068 … U+2069). */
export function ownDirection(text: string): string {
  return `\u2068${text}\u2069`;
}
