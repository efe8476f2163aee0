// Step 5: the new calibration is saved and in use.
import { useTranslation } from 'react-i18next';
import { useTemperature } from '../../i18n/use-locale';
import { describeCalibration } from './calibration-text';
import type { WizardControls } from './use-calibration-wizard';

export function DoneStep({ w }: { w: WizardControls }) {
  const { t } = useTranslation();
  const { locale } = useTemperature();
  const info = w.state.current;
  const text = info ? describeCalibration(info, t, locale) : null;
  return (
    <>
      {text && (
        <h3 className="cal-heading cal-ok" tabIndex={-1} data-testid="cal-done">
          {text.date
            ? t('thermal.calibration.done.saved', { kind: text.kind, date: text.date })
            : t('thermal.calibration.done.savedUndated', { kind: text.kind })}
        </h3>
      )}
      <div className="cal-buttons">
        <button type="button" data-testid="cal-again" onClick={() => w.go('region')}>
          {t('thermal.calibration.done.again')}
        </button>
      </div>
    </>
  );
}
