// The page language's tag for Intl formatting, and temperatures in the staff's chosen unit, in
// that language: one hook for the walk-through screen, the console and its live view.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { differenceToDisplayUnits, type Units } from '@contract/settings.js';
import { formatNumber, formatTemperature } from './format';
import { currentLanguage, LANGUAGES } from '.';
import { useKioskStore } from '../store/kiosk-store';

export function useLocale(): string {
  const { i18n } = useTranslation();
  return LANGUAGES[currentLanguage(i18n)].htmlLang;
}

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
  const { t } = useTranslation();
  const units = useKioskStore((s) => s.settings.units);
  const locale = useLocale();
  return useMemo(() => {
    const unit = t(`temperature.unit.${units}`);
    const show = (value: string) => t('temperature.value', { value, unit });
    return {
      units,
      unit,
      locale,
      temp: (c, digits = 1) => show(formatTemperature(c, units, locale, digits)),
      diff: (c, digits = 2) =>
        show(formatNumber(differenceToDisplayUnits(c, units), locale, digits)),
      number: (value, digits) => formatNumber(value, locale, digits),
    };
  }, [t, units, locale]);
}
