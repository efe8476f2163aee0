// The sign for the entrance: what is measured and why, that nothing identifying is kept, how
// long the anonymous counts are kept, whom to ask, and which kiosk it is.
import type { KioskSettings } from '@contract/settings.js';
import type { Language } from '../../i18n';
import { BlankLine, usePackT } from './PackPage';
import { counted } from './pack-format';

export function EntranceSign({ lang, settings }: { lang: Language; settings: KioskSettings }) {
  const t = usePackT(lang);
  const days = t('common.days', counted(settings.retentionDays, lang));
  return (
    <div className="pack-sign">
      <h1>{t('sign.title')}</h1>
      <p>{t('sign.measured')}</p>
      <p>{t('sign.secondCheck')}</p>
      <p className="pack-strong">{t('sign.notStored')}</p>
      <p>{t('sign.retention', { days })}</p>
      <p className="pack-contact">
        {t('sign.questions')}{' '}
        {settings.contactLine ? <bdi>{settings.contactLine}</bdi> : <BlankLine lang={lang} />}
      </p>
      <p className="pack-kiosk">
        {t('common.kiosk')}: <bdi>{settings.kioskName}</bdi>
      </p>
    </div>
  );
}
