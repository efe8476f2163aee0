// The DPIA's accuracy section: what the project's evaluations say about the sensor streaming now,
// with their source and limits as the kiosk reports them (in English, marked as such), or that no
// sensor streams. Figures from simulated people are labelled so by their source.
import type { SensorAccuracy } from '@contract/deployment-pack.js';
import type { Language } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { usePackT } from './PackPage';
import { localeOf, percentText } from './pack-format';

export function DpiaAccuracy({
  lang,
  accuracy,
}: {
  lang: Language;
  accuracy: SensorAccuracy | null;
}) {
  const t = usePackT(lang);
  const none = t('dpia.notAvailable');
  const share = (x: number | null) => (x === null ? none : percentText(x, lang));
  return (
    <section className="pack-section" data-testid="pack-accuracy">
      <h2>{t('dpia.accuracyH')}</h2>
      {accuracy === null ? (
        <p>{t('dpia.noSensor')}</p>
      ) : (
        <>
          <dl className="pack-entries">
            <div className="pack-entry">
              <dt>{t('dpia.sensor')}</dt>
              <dd>
                <bdi>{accuracy.sensor}</bdi>
              </dd>
            </div>
            <div className="pack-entry">
              <dt>{t('dpia.mae')}</dt>
              <dd>
                {accuracy.maeC === null
                  ? none
                  : `${formatNumber(accuracy.maeC, localeOf(lang), 2)} °C`}
              </dd>
            </div>
            <div className="pack-entry">
              <dt>{t('dpia.sensitivity')}</dt>
              <dd>{share(accuracy.sensitivity)}</dd>
            </div>
            <div className="pack-entry">
              <dt>{t('dpia.specificity')}</dt>
              <dd>{share(accuracy.specificity)}</dd>
            </div>
          </dl>
          <p className="pack-strong">
            {t(accuracy.canScreen ? 'dpia.canScreen' : 'dpia.cannotScreen')}
          </p>
          <h3>{t('dpia.source')}</h3>
          <p lang="en" dir="ltr">
            {accuracy.source}
          </p>
          <h3>{t('dpia.limits')}</h3>
          <p lang="en" dir="ltr">
            {accuracy.limits}
          </p>
          {lang !== 'en' && <p className="pack-note">{t('dpia.englishNote')}</p>}
        </>
      )}
      <p>{t('dpia.noPerfect')}</p>
    </section>
  );
}
