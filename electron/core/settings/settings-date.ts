// When the staff's settings last changed, as a local date and time in ISO form
// ("2026-11-24T14:05"): the deployment pack's papers are marked with it, so a printed sign or DPIA
// says which settings it describes. Local, like the counts' dates: staff read it on paper.

export { localDateTime } from '../records/local-date.js';

/** "YYYY-MM-DDTHH:mm", local to the kiosk. */
export const SETTINGS_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A stored value, if it is a settings date (a hand-edited or damaged one is no date). */
export function asSettingsDate(value: unknown): string | null {
  return typeof value === 'string' && SETTINGS_DATE_PATTERN.test(value) ? value : null;
}
