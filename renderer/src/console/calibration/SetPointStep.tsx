// Step 2: the blackbody's set point, and one or two calibration points.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TemperatureInput } from '../thermal/TemperatureInput';
import { useTemperature } from '../../i18n/use-locale';
import { checkSetPoint, MIN_APART_C, SET_POINT_MAX_C, SET_POINT_MIN_C } from './set-point';
import { StepButtons } from './StepButtons';
import type { WizardControls } from './use-calibration-wizard';
import { setPointReady, type PointCount } from './wizard';

/** The example pair in the 2-point explanation. */
const EXAMPLE_C = [33, 38] as const;

export function SetPointStep({ w }: { w: WizardControls }) {
  const { t } = useTranslation();
  const fmt = useTemperature();
  const id = useId();
  const { setC, pointCount } = w.state;
  // Whole degrees read best in °C; °F needs the decimal (33 °C = 91.4 °F).
  const digits = fmt.units === 'C' ? 0 : 1;
  const rangeError =
    checkSetPoint(setC) === 'range'
      ? t('thermal.calibration.setpoint.range', {
          min: fmt.temp(SET_POINT_MIN_C, digits),
          max: fmt.temp(SET_POINT_MAX_C, digits),
        })
      : null;

  return (
    <>
      <h3 className="cal-heading" tabIndex={-1}>
        {t('thermal.calibration.setpoint.heading')}
      </h3>
      <p className="cal-intro">{t('thermal.calibration.setpoint.intro')}</p>
      <div className="cal-form">
        <TemperatureInput
          label={t('thermal.calibration.setpoint.label', { unit: fmt.unit })}
          testId="cal-setpoint"
          valueC={setC}
          units={fmt.units}
          onChange={(c) => w.dispatch({ type: 'set-point', setC: c })}
          error={rangeError}
        />
        <div className="thermal-field">
          <label htmlFor={`${id}-points`}>{t('thermal.calibration.setpoint.points')}</label>
          <select
            id={`${id}-points`}
            data-testid="cal-points"
            value={String(pointCount)}
            aria-describedby={`${id}-points-help`}
            onChange={(e) =>
              w.dispatch({ type: 'point-count', count: Number(e.target.value) as PointCount })
            }
          >
            <option value="1">{t('thermal.calibration.setpoint.one')}</option>
            <option value="2">{t('thermal.calibration.setpoint.two')}</option>
          </select>
          <p id={`${id}-points-help`} className="thermal-hint">
            {t('thermal.calibration.setpoint.twoHelp', {
              apart: fmt.diff(MIN_APART_C, digits),
              low: fmt.temp(EXAMPLE_C[0], digits),
              high: fmt.temp(EXAMPLE_C[1], digits),
            })}
          </p>
        </div>
      </div>
      <StepButtons
        onBack={() => w.go('region')}
        onNext={() => w.go('capture')}
        nextDisabled={!setPointReady(w.state)}
      />
    </>
  );
}
