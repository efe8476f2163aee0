// Step 2: read volunteers one by one (the kiosk's next pass/refer reading is theirs), type each
// one's thermometer value, then fit.
import { useTranslation } from 'react-i18next';
import { SITE_LIMITS } from '@contract/site-calibration.js';
import { withValues } from './site-values';
import { SiteButtons } from './SiteButtons';
import type { SiteControls } from './use-site-wizard';
import { VolunteerRow } from './VolunteerRow';

export function VolunteersStep({ w }: { w: SiteControls }) {
  const { t } = useTranslation();
  const state = w.state!;
  const waiting = state.volunteers.some((v) => v.reading === 'waiting');
  const done = withValues(state);
  return (
    <>
      <h3 className="cal-heading" tabIndex={-1}>
        {t('site.volunteers.heading')}
      </h3>
      <p className="cal-intro">{t('site.volunteers.intro')}</p>
      <p data-testid="site-count" aria-live="polite">
        {t('site.volunteers.count', { n: done, min: SITE_LIMITS.minVolunteers })}
      </p>
      {state.volunteers.length > 0 && (
        <table className="site-table">
          <caption>{t('site.volunteers.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('site.volunteers.volunteer')}</th>
              <th scope="col">{t('site.volunteers.kiosk')}</th>
              <th scope="col">{t('site.volunteers.thermometer')}</th>
              <th scope="col">{t('site.volunteers.actions')}</th>
            </tr>
          </thead>
          <tbody aria-live="polite">
            {state.volunteers.map((v) => (
              <VolunteerRow key={v.slot} v={v} w={w} />
            ))}
          </tbody>
        </table>
      )}
      <SiteButtons
        w={w}
        discardLabel={t('site.volunteers.discard')}
        other={{
          testId: 'site-read-next',
          label: t('site.volunteers.readNext'),
          disabled: waiting,
          onClick: () => void w.readNext(),
        }}
        primary={{
          testId: 'site-fit',
          label: t('site.volunteers.fit'),
          disabled: state.volunteers.length === 0,
          onClick: () => void w.fit(),
        }}
      />
    </>
  );
}
