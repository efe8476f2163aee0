// The page language's tag for Intl formatting, and temperatures in the staff's chosen unit.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES } from '../i18n';
import { useKioskStore } from '../store';
import { formatTemperature } from '../temperature';

export function useLocale(): string {
  const { i18n } = useTranslation();
  return LANGUAGES[currentLanguage(i18n)].htmlLang;
}

/** "36.8 °C" / "98.2 °F" for a temperature given in °C. */
export function useTemperatureText(): (c: number) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  const units = useKioskStore((s) => s.settings.units);
  return useCallback(
    (c: number) =>
      t('temperature.value', {
        value: formatTemperature(c, units, locale),
        unit: t(`temperature.unit.${units}`),
      }),
    [t, locale, units],
  );
}
