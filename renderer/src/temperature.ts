// Temperatures as people read them: one decimal, in the staff's chosen unit, with the page's
// language's decimal mark but Latin digits (like every other number on the kiosk).
import { toDisplayUnits, type Units } from '../../electron/contract/settings.js';

/** "36.8" for 36.8 °C in 'C', "98.2" in 'F' (the unit symbol comes from the translations). */
export function formatTemperature(c: number, units: Units, locale: string): string {
  return new Intl.NumberFormat(`${locale}-u-nu-latn`, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(toDisplayUnits(c, units));
}
