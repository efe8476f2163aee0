// The site calibration in use for this sensor, or that readings rest on the physical model only.
import { useTranslation } from 'react-i18next';
import type { CalibrationInfo } from '@contract/staff.js';
import { useSiteText } from './use-site-text';

export function SiteInUse({ info }: { info: CalibrationInfo | null }) {
  const { t } = useTranslation();
  const text = useSiteText();
  if (!info) return null;
  if (info.site) {
    return (
      <p className="cal-current" data-testid="site-in-use">
        {t('site.inUse', { calibration: text.calibration(info.site) })}
      </p>
    );
  }
  return (
    <p
      className={info.physicalModelOnly ? 'cal-current site-warning' : 'cal-current'}
      data-testid="site-in-use"
    >
      {info.physicalModelOnly ? t('site.modelOnly') : t('site.inUseNone')}
    </p>
  );
}
