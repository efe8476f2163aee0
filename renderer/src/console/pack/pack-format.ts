// Numbers on the papers, in the papers' language (Latin digits, as everywhere on the kiosk).
import type { KioskSettings } from '@contract/settings.js';
import { differenceToDisplayUnits } from '@contract/settings.js';
import { LANGUAGES, type Language } from '../../i18n';
import { formatNumber, formatTemperature } from '../../i18n/format';

export function localeOf(lang: Language): string {
  return LANGUAGES[lang].htmlLang;
}

/** "37.5 °C", "99.5 °F": the threshold in the staff's unit. */
export function thresholdText(settings: KioskSettings, lang: Language): string {
  const { thresholdC } = settings.decision;
  return `${formatTemperature(thresholdC, settings.units, localeOf(lang))} °${settings.units}`;
}

/** The running baseline's margin, a temperature difference in the staff's unit. */
export function deviationText(settings: KioskSettings, lang: Language): string {
  const shown = differenceToDisplayUnits(settings.decision.deviationC, settings.units);
  return `${formatNumber(shown, localeOf(lang), 1)} °${settings.units}`;
}

/** A count of days or minutes for i18next: `count` picks the plural, `n` is what is printed. */
export function counted(value: number, lang: Language): { count: number; n: string } {
  const digits = Number.isInteger(value) ? 0 : 1;
  return { count: value, n: formatNumber(value, localeOf(lang), digits) };
}

/** A share as a whole percentage ("96 %", "96 %"): the figures' precision, no more. */
export function percentText(share: number, lang: Language): string {
  return new Intl.NumberFormat(`${localeOf(lang)}-u-nu-latn`, { style: 'percent' }).format(share);
}
