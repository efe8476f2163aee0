// Temperatures as staff read them: in the chosen unit, in the page's language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  differenceToDisplayUnits,
  toDisplayUnits,
  type Units,
} from '../../../../electron/contract/settings.js';
import { currentLanguage, LANGUAGES } from '../../i18n';
import { useKioskStore } from '../../store';
import { formatNumber } from './format';

export interface TemperatureFormat {
  units: Units;
  /** "°C" or "°F". */
  unit: string;
  locale: string;
  /** A temperature given in °C, e.g. "35.4 °C" or "95.7 °F". */
  temp: (c: number, digits?: number) => string;
  /** A temperature difference given in °C (an offset, an uncertainty). */
  diff: (c: number, digits?: number) => string;
  number: (value: number, digits: number) => string;
}

export function useTemperature(): TemperatureFormat {
  const { t, i18n } = useTranslation();
  const units = useKioskStore((s) => s.settings.units);
  const locale = LANGUAGES[currentLanguage(i18n)].htmlLang;
  return useMemo(() => {
    const unit = t(`thermal.unit.${units}`);
    const show = (value: number, digits: number) =>
      t('thermal.temperature', { value: formatNumber(value, locale, digits), unit });
    return {
      units,
      unit,
      locale,
      temp: (c, digits = 1) => show(toDisplayUnits(c, units), digits),
      diff: (c, digits = 2) => show(differenceToDisplayUnits(c, units), digits),
      number: (value, digits) => formatNumber(value, locale, digits),
    };
  }, [t, units, locale]);
}
