// Step 1: what a site calibration does, what it needs, and Start.
import { useTranslation } from 'react-i18next';
import { SITE_LIMITS } from '@contract/site-calibration.js';
import type { SiteControls } from './use-site-wizard';

export function IntroStep({ w }: { w: SiteControls }) {
  const { t } = useTranslation();
  const elsewhere = w.state?.elsewhere ?? false;
  return (
    <>
      <h3 className="cal-heading" tabIndex={-1}>
        {t('site.intro.heading')}
      </h3>
      <p className="cal-intro">{t('site.intro.what')}</p>
      <ul className="site-needs">
        <li>{t('site.intro.volunteers', { min: SITE_LIMITS.minVolunteers })}</li>
        <li>{t('site.intro.thermometer')}</li>
        <li>{t('site.intro.order')}</li>
      </ul>
      <p className="cal-intro">{t('site.intro.privacy')}</p>
      {elsewhere && (
        <p className="cal-notice" role="status" data-testid="site-elsewhere">
          {t('site.intro.elsewhere')}
        </p>
      )}
      <div className="cal-buttons">
        <button
          type="button"
          className="cal-primary"
          data-testid="site-start"
          disabled={elsewhere || w.busy !== null}
          onClick={() => void w.start()}
        >
          {t('site.intro.start')}
        </button>
      </div>
    </>
  );
}
