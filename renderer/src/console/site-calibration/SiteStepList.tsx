// Where staff are in the site calibration: every step, the current one marked.
import { useTranslation } from 'react-i18next';
import { SITE_STEPS, type SiteStep } from './site-values';

export function SiteStepList({ step }: { step: SiteStep }) {
  const { t } = useTranslation();
  const at = SITE_STEPS.indexOf(step);
  return (
    <ol className="cal-steps" aria-label={t('site.steps.label')}>
      {SITE_STEPS.map((name, i) => (
        <li
          key={name}
          className={i < at ? 'cal-steps-past' : i === at ? 'cal-steps-current' : undefined}
          aria-current={i === at ? 'step' : undefined}
        >
          <span className="cal-steps-number" aria-hidden="true">
            {i + 1}
          </span>
          {t(`site.steps.${name}`)}
        </li>
      ))}
    </ol>
  );
}
