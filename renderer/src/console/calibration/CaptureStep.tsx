// Step 3: read the blackbody at its set point (twice, at two set points, for a 2-point
// calibration). The live image and the region's current mean show when the blackbody is stable.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TemperatureInput } from '../thermal/TemperatureInput';
import type { Overlay } from '../thermal/draw';
import { regionMean } from '../thermal/frame-stats';
import { ThermalCanvas } from '../thermal/ThermalCanvas';
import { ThermalMessage } from '../thermal/ThermalMessage';
import type { ThermalFeed } from '../thermal/use-thermal-view';
import { useTemperature } from '../../i18n/use-locale';
import { useColourScale, useViewOptions } from '../thermal/view-options';
import { CapturePoint } from './CapturePoint';
import { checkSetPoint, MIN_APART_C, SET_POINT_MAX_C, SET_POINT_MIN_C } from './set-point';
import { StepButtons } from './StepButtons';
import type { WizardControls } from './use-calibration-wizard';
import { capturedPoints } from './wizard';

export function CaptureStep({ w, feed }: { w: WizardControls; feed: ThermalFeed }) {
  const { t } = useTranslation();
  const fmt = useTemperature();
  const palette = useViewOptions((s) => s.palette);
  const scale = useColourScale(feed.view);
  const s = w.state;
  const mean = feed.view && s.region ? regionMean(feed.view, s.region) : null;

  const overlays = useMemo<Overlay[]>(
    () =>
      s.region
        ? [{ kind: 'blackbody', region: s.region, label: t('thermal.overlay.blackbody') }]
        : [],
    [s.region, t],
  );

  const problem2 = s.first ? checkSetPoint(s.setC2, s.first.setC) : null;
  const error2 =
    problem2 === 'range'
      ? t('thermal.calibration.setpoint.range', {
          min: fmt.temp(SET_POINT_MIN_C),
          max: fmt.temp(SET_POINT_MAX_C),
        })
      : problem2 === 'apart'
        ? t('thermal.calibration.setpoint.apart', { min: fmt.diff(MIN_APART_C, 1) })
        : null;

  return (
    <>
      <h3 className="cal-heading" tabIndex={-1}>
        {t('thermal.calibration.capture.heading')}
      </h3>
      <p className="cal-intro">{t('thermal.calibration.capture.intro')}</p>
      <div className="cal-columns">
        <div className="cal-image">
          <ThermalCanvas view={feed.view} palette={palette} scale={scale} overlays={overlays} />
          <p className="cal-live" data-testid="cal-live-mean">
            {t('thermal.calibration.capture.live', {
              value: mean === null ? t('thermal.noValue') : fmt.temp(mean, 2),
            })}
          </p>
        </div>
        <div className="cal-panel">
          <ThermalMessage feed={feed} />
          <CapturePoint
            n={1}
            setC={s.setC}
            point={s.first}
            busy={s.busy === 'capture'}
            disabled={s.busy !== null}
            onCapture={() => void w.capture(1)}
          />
          {s.pointCount === 2 && s.first && (
            <>
              <p className="cal-intro">{t('thermal.calibration.capture.secondIntro')}</p>
              <TemperatureInput
                label={t('thermal.calibration.capture.setpoint2', { unit: fmt.unit })}
                testId="cal-setpoint-2"
                valueC={s.setC2}
                units={fmt.units}
                onChange={(c) => w.dispatch({ type: 'set-point-2', setC: c })}
                error={error2}
                disabled={s.busy !== null}
              />
              <CapturePoint
                n={2}
                setC={problem2 === null ? s.setC2 : null}
                point={s.second}
                busy={s.busy === 'capture-2'}
                disabled={s.busy !== null}
                onCapture={() => void w.capture(2)}
              />
            </>
          )}
        </div>
      </div>
      <StepButtons
        onBack={() => w.go('setpoint')}
        backDisabled={s.busy !== null}
        onNext={() => void w.evaluate()}
        nextDisabled={s.busy !== null || capturedPoints(s) === null}
        nextLabel={t('thermal.calibration.capture.evaluate')}
      />
    </>
  );
}
