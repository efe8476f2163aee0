// Step 3: the fit — the offset and its standard error, the spread between volunteers, what to
// expect at the threshold, and any problem. Nothing is stored until staff accept a fit that
// passed its checks; the kiosk checks again.
import { useTranslation } from 'react-i18next';
import { useTemperature } from '../../i18n/use-locale';
import { SiteButtons } from './SiteButtons';
import type { SiteControls } from './use-site-wizard';
import { useSiteText } from './use-site-text';

/** The body temperatures the expected figures are stated at, °C. */
const FEVER_C = 38;
const NORMAL_C = 37;

export function FitStep({ w }: { w: SiteControls }) {
  const { t } = useTranslation();
  const fmt = useTemperature();
  const text = useSiteText();
  const fit = w.state!.fit!;
  const c = fit.calibration;
  const canAccept = c !== null && fit.problems.length === 0;
  return (
    <>
      <h3 className="cal-heading" tabIndex={-1}>
        {t('site.result.heading')}
      </h3>
      {c && (
        <dl className="readouts cal-result" data-testid="site-result">
          <div>
            <dt>{t('site.result.offset')}</dt>
            <dd data-testid="site-offset">
              {t('site.result.offsetValue', {
                offset: text.offset(c.offsetC),
                se: fmt.diff(c.seC, 2),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('site.result.spread')}</dt>
            <dd data-testid="site-spread">{text.plusMinus(c.spreadC)}</dd>
          </div>
          <div>
            <dt>{t('site.result.n')}</dt>
            <dd data-testid="site-n">{c.n}</dd>
          </div>
          {c.distanceM && (
            <div>
              <dt>{t('site.result.distance')}</dt>
              <dd>{text.distance(c.distanceM)}</dd>
            </div>
          )}
          {fit.expected && (
            <div data-testid="site-expected">
              <dt>{t('site.result.expected', { threshold: fmt.temp(fit.thresholdC, 1) })}</dt>
              <dd>
                {t('site.result.sensitivity', {
                  at: fmt.temp(FEVER_C, 1),
                  share: text.percent(fit.expected.sensitivity),
                })}
                <br />
                {t('site.result.specificity', {
                  at: fmt.temp(NORMAL_C, 1),
                  share: text.percent(fit.expected.specificity),
                })}
              </dd>
            </div>
          )}
        </dl>
      )}
      {fit.problems.length > 0 ? (
        <div className="cal-problems">
          <p>{t('site.result.problems')}</p>
          <ul data-testid="site-problems">
            {fit.problems.map((problem, i) => (
              <li key={i}>
                <bdi>{problem}</bdi>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="cal-ok">{t('site.result.noProblems')}</p>
      )}
      {w.busy === 'accept' && (
        <p className="cal-progress" role="status">
          {t('site.result.saving')}
        </p>
      )}
      <SiteButtons
        w={w}
        discardLabel={t('site.result.discard')}
        other={{ testId: 'site-back', label: t('site.result.back'), onClick: w.edit }}
        primary={{
          testId: 'site-accept',
          label: t('site.result.accept'),
          disabled: !canAccept,
          onClick: () => void w.accept(),
        }}
      />
    </>
  );
}
