// What the sensor in use can screen and the site calibration it rests on, as facts for the Status
// tab: the optics model's usable distances and spread, or that it cannot screen at any distance,
// and the site calibration in use, or that readings rest on the physical model only.
import type { TFunction } from 'i18next';
import type { CalibrationInfo } from '@contract/staff.js';
import type { SiteText } from '../site-calibration/use-site-text';
import type { Fact } from '../shared/Facts';

function opticsText(info: CalibrationInfo, t: TFunction, text: SiteText): string {
  const optics = info.optics;
  if (!optics) return t('console.status.site.noFrame');
  if (!optics.modelled) return t('console.status.site.unmodelled');
  if (!optics.canScreen || optics.bestSpreadC === null) return t('console.status.site.cannot');
  const spread = text.plusMinus(optics.bestSpreadC);
  return optics.usableM
    ? t('console.status.site.usable', {
        min: text.number(optics.usableM.min),
        max: text.number(optics.usableM.max),
        spread,
      })
    : t('console.status.site.usableSpot', { spread });
}

export function siteFacts(info: CalibrationInfo, t: TFunction, text: SiteText): Fact[] {
  const site = info.site;
  return [
    {
      label: t('console.status.site.sensor'),
      value: info.optics?.sensor ?? t('console.status.unknown'),
    },
    {
      label: t('console.status.site.optics'),
      value: opticsText(info, t, text),
      warn: info.optics !== null && !info.optics.canScreen,
    },
    {
      label: t('console.status.site.calibration'),
      value: site
        ? text.calibration(site)
        : info.physicalModelOnly || info.optics === null
          ? t('console.status.site.none')
          : t('console.status.site.notNeeded'),
      warn: info.physicalModelOnly,
    },
  ];
}
