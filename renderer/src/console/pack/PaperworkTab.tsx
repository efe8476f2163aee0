// The Paperwork tab: the deployment pack's three papers (entrance sign, record of processing, DPIA
// draft) generated from the live settings, in a language chosen here (not the console's), on A4
// or Letter, and printed with the browser's own print (only the paper prints: pack.css).
import './pack.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGE_CODES, LANGUAGES, type Language } from '../../i18n';
import { callErrorText } from '../shared/call-error';
import { SelectField } from '../shared/fields';
import { DpiaDraft } from './DpiaDraft';
import { EntranceSign } from './EntranceSign';
import { PackPage } from './PackPage';
import { PAPER_SIZES, usePaperSize, type PaperSize } from './paper-size';
import { ProcessingRecord } from './ProcessingRecord';
import { useDeploymentPack } from './use-deployment-pack';

const PAGES = ['sign', 'record', 'dpia'] as const;
type PageId = (typeof PAGES)[number];

export function PaperworkTab() {
  const { t: consoleT, i18n } = useTranslation();
  const [lang, setLang] = useState<Language>(() => currentLanguage(i18n));
  const t = useTranslation('pack').t;
  const [page, setPage] = useState<PageId>('sign');
  const [paper, setPaper] = useState<PaperSize>('a4');
  const pack = useDeploymentPack();
  usePaperSize(paper);

  return (
    <div className="console-tab-body pack-tab">
      <p className="console-text pack-controls-intro">{t('tab.intro')}</p>
      <div className="pack-controls">
        <SelectField
          id="language"
          scope="pack"
          label={t('tab.language')}
          value={lang}
          options={LANGUAGE_CODES.map((code) => ({
            value: code,
            label: LANGUAGES[code].label,
            lang: LANGUAGES[code].htmlLang,
          }))}
          onChange={setLang}
        />
        <SelectField
          id="page"
          scope="pack"
          label={t('tab.page')}
          value={page}
          options={PAGES.map((id) => ({ value: id, label: t(`tab.pages.${id}`) }))}
          onChange={setPage}
        />
        <SelectField
          id="paper"
          scope="pack"
          label={t('tab.paper')}
          value={paper}
          options={PAPER_SIZES.map((id) => ({ value: id, label: t(`tab.papers.${id}`) }))}
          onChange={setPaper}
        />
        <div className="console-actions">
          <button
            type="button"
            className="console-button console-primary"
            data-testid="pack-print"
            disabled={pack.state !== 'ready'}
            onClick={() => window.print()}
          >
            {t('tab.print')}
          </button>
        </div>
      </div>
      <div role="status">
        {pack.state === 'loading' && <p className="console-note">{t('tab.loading')}</p>}
        {pack.state === 'failed' && (
          <p className="console-error" data-testid="pack-error">
            {t('tab.failed', { error: callErrorText(pack.error, consoleT) })}
          </p>
        )}
      </div>
      {pack.state === 'ready' && (
        <PackPage lang={lang} settingsDate={pack.pack.settingsDate} testId={`pack-${page}`}>
          {page === 'sign' && <EntranceSign lang={lang} settings={pack.pack.settings} />}
          {page === 'record' && <ProcessingRecord lang={lang} settings={pack.pack.settings} />}
          {page === 'dpia' && <DpiaDraft lang={lang} pack={pack.pack} />}
        </PackPage>
      )}
    </div>
  );
}
