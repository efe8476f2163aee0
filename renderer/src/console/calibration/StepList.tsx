// Where the staff are in the wizard: every step, the current one marked.
import { useTranslation } from 'react-i18next';
import { WIZARD_STEPS, type WizardStep } from './wizard';

export function StepList({ step }: { step: WizardStep }) {
  const { t } = useTranslation();
  const at = WIZARD_STEPS.indexOf(step);
  return (
    <ol className="cal-steps" aria-label={t('thermal.calibration.steps.label')}>
      {WIZARD_STEPS.map((name, i) => (
        <li
          key={name}
          className={i < at ? 'cal-steps-past' : i === at ? 'cal-steps-current' : undefined}
          aria-current={i === at ? 'step' : undefined}
        >
          <span className="cal-steps-number" aria-hidden="true">
            {i + 1}
          </span>
          {t(`thermal.calibration.steps.${name}`)}
        </li>
      ))}
    </ol>
  );
}
