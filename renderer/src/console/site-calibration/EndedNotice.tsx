// How the last session ended when it did not end with an accepted fit: discarded by staff, or
// interrupted (its values dropped) by a lock, the auto-lock, a PIN change or a sensor change.
import { useTranslation } from 'react-i18next';
import type { SiteEnded } from '@contract/site-calibration.js';

export function EndedNotice({ ended }: { ended: SiteEnded }) {
  const { t } = useTranslation();
  if (ended.how === 'accepted') return null;
  return (
    <p className="cal-notice" role="status" data-testid="site-ended" data-how={ended.how}>
      {ended.how === 'discarded'
        ? t('site.ended.discarded')
        : t(`site.ended.interrupted.${ended.why}`)}
    </p>
  );
}
