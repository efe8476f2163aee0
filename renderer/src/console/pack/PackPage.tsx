// One paper of the pack as it prints: in its own language and direction (lang, dir), marked with
// the date of the settings it was generated from. The print stylesheet (pack.css) hides
// everything on the screen but this.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n';

export function usePackT(lang: Language) {
  return useTranslation('pack', { lng: lang }).t;
}

export function PackPage({
  lang,
  settingsDate,
  testId,
  children,
}: {
  lang: Language;
  settingsDate: string;
  testId: string;
  children: ReactNode;
}) {
  const t = usePackT(lang);
  return (
    <article
      className="pack-page"
      lang={LANGUAGES[lang].htmlLang}
      dir={LANGUAGES[lang].dir}
      data-testid={testId}
      data-settings-date={settingsDate}
    >
      {children}
      <footer className="pack-generated">
        <p>{t('common.generated', { date: settingsDate })}</p>
      </footer>
    </article>
  );
}

/** A line to fill in by hand: drawn on paper, named for screen readers. */
export function BlankLine({ lang }: { lang: Language }) {
  const t = usePackT(lang);
  return (
    <span className="pack-blank">
      <span className="visually-hidden">{t('common.blank')}</span>
    </span>
  );
}

/** A labelled line: the value when there is one, else a line to fill in by hand. */
export function Entry({ lang, label, value }: { lang: Language; label: string; value?: string }) {
  return (
    <div className="pack-entry">
      <dt>{label}</dt>
      <dd>{value ? <bdi>{value}</bdi> : <BlankLine lang={lang} />}</dd>
    </div>
  );
}
