// The site-calibration wizard's rules on the console's side: which step to show for the kiosk's
// state, and the check of a typed thermometer value (in the staff's unit) before it is sent. The
// kiosk checks it again; these only spare staff a round trip, in their language.
import { SITE_LIMITS, type SiteWizardState } from '@contract/site-calibration.js';
import { fromDisplayUnits, type Units } from '@contract/settings.js';
import { parseNumber } from '../../i18n/format.js';

export const SITE_STEPS = ['intro', 'volunteers', 'result', 'done'] as const;
export type SiteStep = (typeof SITE_STEPS)[number];

/** `editing`: staff went back from a fit to change the values. */
export function siteStep(state: SiteWizardState | null, editing: boolean): SiteStep {
  if (!state || !state.active) return state?.ended?.how === 'accepted' ? 'done' : 'intro';
  return state.fit && !editing ? 'result' : 'volunteers';
}

export type ValueProblem = 'number' | 'range';

/** A typed value in °C, or why it cannot be sent. */
export function checkClinicalValue(
  text: string,
  units: Units,
): { c: number } | { problem: ValueProblem } {
  const n = parseNumber(text);
  if (n === null) return { problem: 'number' };
  const c = fromDisplayUnits(n, units);
  const { min, max } = SITE_LIMITS.clinicalC;
  // A hair of tolerance: 107.6 °F converts to 42.000…1 °C.
  if (c < min - 1e-9 || c > max + 1e-9) return { problem: 'range' };
  return { c: Math.min(max, Math.max(min, c)) };
}

/** Volunteers whose value is in. */
export function withValues(state: SiteWizardState): number {
  return state.volunteers.filter((v) => v.clinicalC !== null).length;
}
