// The record of processing (GDPR Article 30 style): who is responsible (blank lines), what the
// kiosk processes and keeps, who receives what, for how long, and how it is protected.
import type { KioskSettings } from '@contract/settings.js';
import type { Language } from '../../i18n';
import { Entry, usePackT } from './PackPage';
import { counted } from './pack-format';

const SECURITY = ['memory', 'pins', 'hr', 'file', 'network', 'audit'] as const;

export function ProcessingRecord({ lang, settings }: { lang: Language; settings: KioskSettings }) {
  const t = usePackT(lang);
  const days = t('common.days', counted(settings.retentionDays, lang));
  const minutes = t('common.minutes', counted(settings.autoLockMinutes, lang));
  return (
    <div className="pack-record">
      <h1>{t('record.title')}</h1>
      <p className="pack-subtitle">{t('record.subtitle')}</p>
      <dl className="pack-entries">
        <Entry lang={lang} label={t('record.controller')} />
        <Entry lang={lang} label={t('record.dpo')} />
        <Entry lang={lang} label={t('common.contact')} value={settings.contactLine} />
        <Entry lang={lang} label={t('common.kiosk')} value={settings.kioskName} />
        <Entry lang={lang} label={t('record.legalBasis')} />
      </dl>
      <h2>{t('record.purposeH')}</h2>
      <p>{t('record.purpose')}</p>
      <h2>{t('record.subjectsH')}</h2>
      <p>{t('record.subjects')}</p>
      <h2>{t('record.categoriesH')}</h2>
      <p>{t('record.categories')}</p>
      <h2>{t('record.recipientsH')}</h2>
      <ul>
        <li>{t('record.recipientsStaff')}</li>
        <li>{t('record.recipientsHr')}</li>
        <li>{t('record.recipientsNone')}</li>
      </ul>
      <h2>{t('record.transfersH')}</h2>
      <p>{t('record.transfers')}</p>
      <h2>{t('record.retentionH')}</h2>
      <p>{t('record.retention', { days })}</p>
      <h2>{t('record.securityH')}</h2>
      <ul>
        {SECURITY.map((key) => (
          <li key={key}>{t(`record.security.${key}`, { minutes })}</li>
        ))}
      </ul>
    </div>
  );
}
