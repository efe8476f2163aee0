// The calibration in use, and whether it is due for renewal.
import { useTranslation } from 'react-i18next';
import type { CalibrationInfo } from '@contract/staff.js';
import { useTemperature } from '../../i18n/use-locale';
import { describeCalibration } from './calibration-text';

export function CalibrationSummary({ info }: { info: CalibrationInfo | null }) {
  const { t } = useTranslation();
  const { locale } = useTemperature();
  if (!info) return null;
  const { kind, date } = describeCalibration(info, t, locale);
  return (
    <p className="cal-current" data-testid="cal-current">
      {date
        ? t('thermal.calibration.currentDated', { kind, date })
        : t('thermal.calibration.current', { kind })}
      {info.stale && (
        <>
          {' '}
          <strong className="cal-stale">{t('thermal.calibration.stale')}</strong>
        </>
      )}
    </p>
  );
}
