// A small switch in the corner: each language named in itself, the current one marked. The choice
// lasts for this person's visit: the staff's default returns when the screen goes back to idle.
import './LanguageSwitch.css';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGE_CODES, LANGUAGES, type Language } from '../../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = currentLanguage(i18n);
  const choose = (language: Language): void => {
    void i18n.changeLanguage(language);
  };
  return (
    <nav className="language-switch" aria-label={t('language.label')} data-testid="language-switch">
      <ul>
        {LANGUAGE_CODES.map((code) => (
          <li key={code}>
            <button
              type="button"
              lang={LANGUAGES[code].htmlLang}
              dir={LANGUAGES[code].dir}
              aria-pressed={code === current}
              onClick={() => choose(code)}
            >
              {LANGUAGES[code].label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
