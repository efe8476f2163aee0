// The DPIA draft: purpose and necessity, data flows, what is and is not stored, retention, who
// sees what, the sensor's accuracy and its limits, the second-check procedure, risks, the settings
// in force, and blank sign-off lines. What only the controller can judge is left blank.
import type { DeploymentPack } from '@contract/deployment-pack.js';
import type { Language } from '../../i18n';
import { DpiaAccuracy } from './DpiaAccuracy';
import { DpiaRisks } from './DpiaRisks';
import { BlankLine, Entry, usePackT } from './PackPage';
import { counted, deviationText, thresholdText } from './pack-format';

const FLOWS = ['sensor', 'verdict', 'count', 'bundle', 'nothingElse'] as const;

export function DpiaDraft({ lang, pack }: { lang: Language; pack: DeploymentPack }) {
  const t = usePackT(lang);
  const { settings } = pack;
  const days = t('common.days', counted(settings.retentionDays, lang));
  const threshold = thresholdText(settings, lang);
  const onOff = (on: boolean) => t(on ? 'common.on' : 'common.off');
  const decision =
    settings.decision.mode === 'threshold'
      ? t('dpia.fixed', { threshold })
      : t('dpia.baseline', { threshold, deviation: deviationText(settings, lang) });
  return (
    <div className="pack-dpia">
      <h1>{t('dpia.title')}</h1>
      <p className="pack-subtitle">{t('dpia.intro')}</p>
      <h2>{t('dpia.purposeH')}</h2>
      <p>{t('dpia.purpose')}</p>
      <p>{t('dpia.necessity')}</p>
      <p className="pack-blank-lines">
        <BlankLine lang={lang} />
        <BlankLine lang={lang} />
      </p>
      <h2>{t('dpia.flowsH')}</h2>
      <ol>
        {FLOWS.map((flow) => (
          <li key={flow}>{t(`dpia.flows.${flow}`)}</li>
        ))}
      </ol>
      <h2>{t('dpia.storedH')}</h2>
      <p>{t('dpia.stored')}</p>
      <p>{t('dpia.notStored')}</p>
      <h2>{t('dpia.retentionH')}</h2>
      <p>{t('dpia.retention', { days })}</p>
      <h2>{t('dpia.accessH')}</h2>
      <ul>
        <li>
          {t('dpia.accessScreen')}{' '}
          {t(settings.showTemperature ? 'dpia.temperatureShown' : 'dpia.temperatureHidden')}{' '}
          {t(settings.discreetReferral ? 'dpia.discreetOn' : 'dpia.discreetOff')}
        </li>
        <li>{t('dpia.accessStaff')}</li>
        <li>{t('dpia.accessHr')}</li>
      </ul>
      <DpiaAccuracy lang={lang} accuracy={pack.accuracy} />
      <h2>{t('dpia.procedureH')}</h2>
      <ul>
        <li>{t('dpia.procedure.check')}</li>
        <li>
          {t('dpia.procedure.confirmed', { threshold })} <BlankLine lang={lang} />
        </li>
        <li>{t('dpia.procedure.record')}</li>
        <li>{t('dpia.procedure.adjunct')}</li>
      </ul>
      <DpiaRisks lang={lang} />
      <h2>{t('dpia.settingsH')}</h2>
      <dl className="pack-entries">
        <Entry lang={lang} label={t('dpia.decision')} value={decision} />
        <Entry
          lang={lang}
          label={t('dpia.warmUp')}
          value={t('common.minutes', counted(settings.warmUpMinutes, lang))}
        />
        <Entry lang={lang} label={t('dpia.discreet')} value={onOff(settings.discreetReferral)} />
        <Entry
          lang={lang}
          label={t('dpia.showTemperature')}
          value={onOff(settings.showTemperature)}
        />
        <Entry lang={lang} label={t('dpia.keepCounts')} value={days} />
        <Entry lang={lang} label={t('common.kiosk')} value={settings.kioskName} />
        <Entry lang={lang} label={t('common.contact')} value={settings.contactLine} />
      </dl>
      <h2>{t('dpia.signH')}</h2>
      <dl className="pack-entries pack-sign-off">
        <Entry lang={lang} label={t('dpia.preparedBy')} />
        <Entry lang={lang} label={t('dpia.dpoAdvice')} />
        <Entry lang={lang} label={t('dpia.approvedBy')} />
        <Entry lang={lang} label={t('dpia.review')} />
      </dl>
    </div>
  );
}
