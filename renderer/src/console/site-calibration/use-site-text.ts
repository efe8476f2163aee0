// A site calibration in words, in the page's language and the staff's unit: shared by the wizard
// and the Status tab.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteCalibrationInfo } from '@contract/site-calibration.js';
import { formatDate } from '../../i18n/format';
import { useTemperature } from '../../i18n/use-locale';

export interface SiteText {
  /** "+1.62 °C" (a difference: °F scales by 9/5, no 32° shift). */
  offset: (c: number) => string;
  /** "±0.21 °C". */
  plusMinus: (c: number) => string;
  /** "0.42–0.51 m" or "0.46 m". */
  distance: (d: { min: number; max: number }) => string;
  /** "97.3 %". */
  percent: (share: number) => string;
  /** A distance in m, two decimals, without the unit. */
  number: (value: number) => string;
  /** The whole record in one line. */
  calibration: (c: SiteCalibrationInfo) => string;
}

export function useSiteText(): SiteText {
  const { t } = useTranslation();
  const fmt = useTemperature();
  return useMemo(() => {
    const offset = (c: number) => `${c >= 0 ? '+' : '−'}${fmt.diff(Math.abs(c), 2)}`;
    const plusMinus = (c: number) => t('thermal.plusMinus', { value: fmt.diff(c, 2) });
    const distance = (d: { min: number; max: number }) =>
      d.min === d.max
        ? t('site.metres', { value: fmt.number(d.min, 2) })
        : t('site.metresRange', { min: fmt.number(d.min, 2), max: fmt.number(d.max, 2) });
    const percent = (share: number) => t('site.percent', { value: fmt.number(share * 100, 1) });
    return {
      offset,
      plusMinus,
      distance,
      percent,
      number: (value) => fmt.number(value, 2),
      calibration: (c) =>
        t('site.calibrationLine', {
          date: formatDate(c.date, fmt.locale),
          offset: offset(c.offsetC),
          se: fmt.diff(c.seC, 2),
          spread: plusMinus(c.spreadC),
          n: c.n,
          sensor: c.sensor,
        }),
    };
  }, [t, fmt]);
}
