// The staff console's site calibration with people: volunteers read by the kiosk and then by a
// clinical thermometer; the kiosk fits its offset, staff accept or discard. The kiosk's own
// readings are never shown (they could sway the values typed), and only the fit is ever stored.
import '../thermal/thermal.css';
import '../calibration/calibration.css';
import './site.css';
import { useTranslation } from 'react-i18next';
import { callErrorText } from '../shared/call-error';
import { DoneStep } from './DoneStep';
import { EndedNotice } from './EndedNotice';
import { FitStep } from './FitStep';
import { IntroStep } from './IntroStep';
import { SiteInUse } from './SiteInUse';
import { StepList } from '../calibration/StepList';
import { SITE_STEPS, siteStep, type SiteStep } from './site-values';
import { useSiteWizard, type SiteControls } from './use-site-wizard';
import { VolunteersStep } from './VolunteersStep';
import { useStepFocus } from '../calibration/use-step-focus';

function StepContent({ step, w }: { step: SiteStep; w: SiteControls }) {
  switch (step) {
    case 'intro':
      return <IntroStep w={w} />;
    case 'volunteers':
      return <VolunteersStep w={w} />;
    case 'result':
      return <FitStep w={w} />;
    case 'done':
      return <DoneStep w={w} />;
  }
}

export function SiteCalibrationTab() {
  const { t } = useTranslation();
  const w = useSiteWizard();
  const step = siteStep(w.state, w.editing);
  const stepRef = useStepFocus(step);

  return (
    <section className="cal site" aria-labelledby="site-title">
      <h2 id="site-title" className="cal-title">
        {t('site.title')}
      </h2>
      <SiteInUse info={w.inUse} />
      <StepList
        steps={SITE_STEPS}
        step={step}
        label={t('site.steps.label')}
        name={(s) => t(`site.steps.${s}`)}
      />
      {step === 'intro' && w.state?.ended && <EndedNotice ended={w.state.ended} />}
      {w.error && (
        <p className="cal-message" role="alert" data-testid="site-message">
          {callErrorText(w.error, t)}
        </p>
      )}
      <div className="cal-step" ref={stepRef} data-testid="site-step" data-step={step}>
        {w.state ? (
          <StepContent step={step} w={w} />
        ) : (
          <p className="console-note">{t('console.loading')}</p>
        )}
      </div>
    </section>
  );
}
