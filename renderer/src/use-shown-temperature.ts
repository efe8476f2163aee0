// The estimate on a pass or refer screen, when staff chose to show it ("36.8 °C"), or null.
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES } from './i18n';
import { useKioskStore } from './store';
import { formatTemperature } from './temperature';

export function useShownTemperature(temperatureC: number | undefined): string | null {
  const { t, i18n } = useTranslation();
  const units = useKioskStore((s) => s.settings.units);
  if (temperatureC === undefined) return null;
  const locale = LANGUAGES[currentLanguage(i18n)].htmlLang;
  return t('temperature.value', {
    value: formatTemperature(temperatureC, units, locale),
    unit: t(`temperature.unit.${units}`),
  });
}
