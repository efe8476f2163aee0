// Step 4: what the captured points give, and whether it may be used. Nothing is saved until
// staff accept; discarding keeps the calibration in use.
import { useTranslation } from 'react-i18next';
import { useTemperature } from '../../i18n/use-locale';
import type { WizardControls } from './use-calibration-wizard';
import { canAccept } from './wizard';

/** The reference temperature the kiosk states the corrected reading's uncertainty at. */
const UNCERTAINTY_AT_C = 37;

export function ResultStep({ w }: { w: WizardControls }) {
  const { t } = useTranslation();
  const fmt = useTemperature();
  const s = w.state;
  const r = s.result;

  return (
    <>
      <h3 className="cal-heading" tabIndex={-1}>
        {t('thermal.calibration.result.heading')}
      </h3>
      {s.busy === 'evaluate' && (
        <p className="cal-progress" role="status" data-testid="cal-progress">
          {t('thermal.calibration.result.progress')}
        </p>
      )}
      {r && (
        <dl className="readouts cal-result" data-testid="cal-result">
          <div>
            <dt>{t('thermal.calibration.result.gain')}</dt>
            <dd data-testid="cal-gain">{fmt.number(r.gain, 3)}</dd>
          </div>
          <div>
            <dt>{t('thermal.calibration.result.offset')}</dt>
            <dd data-testid="cal-offset">{fmt.diff(r.offset, 2)}</dd>
          </div>
          <div>
            <dt>
              {t('thermal.calibration.result.uncertainty', { at: fmt.temp(UNCERTAINTY_AT_C, 0) })}
            </dt>
            <dd data-testid="cal-uncertainty">
              {t('thermal.plusMinus', { value: fmt.diff(r.uncertaintyC, 2) })}
            </dd>
          </div>
        </dl>
      )}
      {r && r.problems.length > 0 && (
        <div className="cal-problems">
          <p>{t('thermal.calibration.result.problems')}</p>
          <ul data-testid="cal-problems">
            {r.problems.map((problem, i) => (
              <li key={i}>
                <bdi>{problem}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
      {r && r.problems.length === 0 && (
        <p className="cal-ok">{t('thermal.calibration.result.noProblems')}</p>
      )}
      {!r && s.busy === null && s.error && (
        <button type="button" data-testid="cal-evaluate-retry" onClick={() => void w.evaluate()}>
          {t('thermal.calibration.result.retry')}
        </button>
      )}
      {s.busy === 'accept' && (
        <p className="cal-progress" role="status" data-testid="cal-progress">
          {t('thermal.calibration.result.saving')}
        </p>
      )}
      <div className="cal-buttons">
        <button
          type="button"
          data-testid="cal-discard"
          disabled={s.busy !== null}
          onClick={w.discard}
        >
          {t('thermal.calibration.result.discard')}
        </button>
        <button
          type="button"
          className="cal-primary"
          data-testid="cal-accept"
          disabled={!canAccept(s)}
          onClick={() => void w.accept()}
        >
          {t('thermal.calibration.result.accept')}
        </button>
      </div>
    </>
  );
}
