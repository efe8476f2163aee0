// A calibration described for staff: what kind it is and when it was done.
import type { TFunction } from 'i18next';
import type { CalibrationInfo } from '@contract/staff.js';
import { formatDate } from '../../i18n/format';

export function describeCalibration(
  info: CalibrationInfo,
  t: TFunction,
  locale: string,
): { kind: string; date: string | null } {
  return {
    kind: t(`thermal.calibration.kind.${info.kind}`),
    date: info.date ? formatDate(info.date, locale) : null,
  };
}
