// The staff console's calibration wizard: mark the blackbody, give its set point, capture one or
// two points, then accept or discard the result.
import '../thermal/thermal.css';
import './calibration.css';
import { useTranslation } from 'react-i18next';
import { callErrorText } from '../shared/call-error';
import { useThermalView } from '../thermal/use-thermal-view';
import { CalibrationSummary } from './CalibrationSummary';
import { CaptureStep } from './CaptureStep';
import { DoneStep } from './DoneStep';
import { RegionStep } from './RegionStep';
import { ResultStep } from './ResultStep';
import { SetPointStep } from './SetPointStep';
import { StepList } from './StepList';
import { useCalibrationWizard, type WizardControls } from './use-calibration-wizard';
import { WIZARD_STEPS } from './wizard';
import type { ThermalFeed } from '../thermal/use-thermal-view';
import { useStepFocus } from './use-step-focus';

function StepContent({ w, feed }: { w: WizardControls; feed: ThermalFeed }) {
  switch (w.state.step) {
    case 'region':
      return <RegionStep w={w} feed={feed} />;
    case 'setpoint':
      return <SetPointStep w={w} />;
    case 'capture':
      return <CaptureStep w={w} feed={feed} />;
    case 'result':
      return <ResultStep w={w} />;
    case 'done':
      return <DoneStep w={w} />;
  }
}

export function CalibrationTab() {
  const { t } = useTranslation();
  const w = useCalibrationWizard();
  const { step } = w.state;
  // The image is needed only where the blackbody is marked and read.
  const feed = useThermalView(step === 'region' || step === 'capture');
  const stepRef = useStepFocus(step);

  return (
    <section className="cal" aria-labelledby="cal-title">
      <h2 id="cal-title" className="cal-title">
        {t('thermal.calibration.title')}
      </h2>
      <CalibrationSummary info={w.state.current} />
      <StepList
        steps={WIZARD_STEPS}
        step={step}
        label={t('thermal.calibration.steps.label')}
        name={(s) => t(`thermal.calibration.steps.${s}`)}
      />
      {w.state.discarded && step === 'region' && (
        <p className="cal-notice" role="status" data-testid="cal-notice">
          {t('thermal.calibration.discarded')}
        </p>
      )}
      {w.state.error && (
        <p className="cal-message" role="alert" data-testid="cal-message">
          {callErrorText(w.state.error, t)}
        </p>
      )}
      <div className="cal-step" ref={stepRef} data-testid="cal-step" data-step={step}>
        <StepContent w={w} feed={feed} />
      </div>
    </section>
  );
}
