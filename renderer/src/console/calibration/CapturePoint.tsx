// One calibration point: the capture button, progress while the blackbody is read, and the
// reading once taken.
import { useTranslation } from 'react-i18next';
import type { CalibrationPoint } from '@contract/staff.js';
import { useTemperature } from '../../i18n/use-locale';

interface Props {
  n: 1 | 2;
  setC: number | null;
  point: CalibrationPoint | null;
  busy: boolean;
  disabled: boolean;
  onCapture: () => void;
}

export function CapturePoint({ n, setC, point, busy, disabled, onCapture }: Props) {
  const { t } = useTranslation();
  const fmt = useTemperature();
  const setpoint = setC === null ? t('thermal.noValue') : fmt.temp(setC);
  return (
    <div className="cal-point">
      <h4 className="cal-subheading">{t('thermal.calibration.capture.pointHeading', { n })}</h4>
      <button
        type="button"
        className={point ? undefined : 'cal-primary'}
        data-testid={n === 1 ? 'cal-capture' : 'cal-capture-2'}
        disabled={disabled || setC === null}
        aria-busy={busy || undefined}
        onClick={onCapture}
      >
        {point
          ? t('thermal.calibration.capture.again')
          : t('thermal.calibration.capture.button', { setpoint })}
      </button>
      {busy && (
        <p className="cal-progress" role="status" data-testid="cal-progress">
          {t('thermal.calibration.capture.progress')}
        </p>
      )}
      {point && !busy && (
        <p className="cal-reading" data-testid={n === 1 ? 'cal-point-1' : 'cal-point-2'}>
          {t('thermal.calibration.capture.point', {
            measured: fmt.temp(point.measuredC, 2),
            uncertainty: fmt.diff(point.uncertaintyC, 2),
            frames: point.frames,
            setpoint: fmt.temp(point.setC),
          })}
        </p>
      )}
    </div>
  );
}
