// The page's languages: bundled resources (the CSP allows no fetching), i18next set up once, and
// <html lang dir> kept in step so Arabic reads right to left. The staff's default language (a
// setting) is the page's home language; a worker's choice on screen lasts for their visit only
// (see use-idle-language.ts), so nothing is remembered on the machine.
import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './walkthrough/ar';
import { en, type Messages } from './walkthrough/en';
import { es } from './walkthrough/es';
import { fr } from './walkthrough/fr';
import { zh } from './walkthrough/zh';
import { PACK_MESSAGES, type PackMessages } from './pack';
import { READINESS_MESSAGES, type ReadinessMessages } from './readiness';

export const LANGUAGES = {
  en: { label: 'English', htmlLang: 'en', dir: 'ltr' },
  es: { label: 'Español', htmlLang: 'es', dir: 'ltr' },
  fr: { label: 'Français', htmlLang: 'fr', dir: 'ltr' },
  zh: { label: '中文', htmlLang: 'zh-Hans', dir: 'ltr' },
  ar: { label: 'العربية', htmlLang: 'ar', dir: 'rtl' },
} as const;

export type Language = keyof typeof LANGUAGES;
/** In the order the switch shows them. */
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];
export const FALLBACK_LANGUAGE: Language = 'en';

// 'pack': the deployment pack's papers, printed in a language chosen on their tab.
// 'readiness': warm-up, room and reference, and the conditions record (readiness/).
type Resources = { translation: Messages; pack: PackMessages; readiness: ReadinessMessages };
const RESOURCES: Record<Language, Resources> = {
  en: { translation: en, pack: PACK_MESSAGES.en, readiness: READINESS_MESSAGES.en },
  es: { translation: es, pack: PACK_MESSAGES.es, readiness: READINESS_MESSAGES.es },
  fr: { translation: fr, pack: PACK_MESSAGES.fr, readiness: READINESS_MESSAGES.fr },
  zh: { translation: zh, pack: PACK_MESSAGES.zh, readiness: READINESS_MESSAGES.zh },
  ar: { translation: ar, pack: PACK_MESSAGES.ar, readiness: READINESS_MESSAGES.ar },
};

/** A supported language for a tag such as "fr", "zh-CN" or "ar-EG" (by its primary subtag). */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return primary in LANGUAGES ? (primary as Language) : null;
}

/** `?lang=xx` in the page URL: this page's own default, ahead of the staff's (e.g. a second
 * screen at another entrance). */
export function urlLanguage(): Language | null {
  return matchLanguage(new URLSearchParams(location.search).get('lang'));
}

/**
 * The language the screen starts in, until the kiosk's first snapshot brings the staff's default:
 * `?lang=xx` in the page URL, else the first browser language we support, else English.
 */
export function defaultLanguage(): Language {
  const fromUrl = urlLanguage();
  if (fromUrl) return fromUrl;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return FALLBACK_LANGUAGE;
}

/** The language the screen returns to after each person: the page's own, else the staff's. */
export function homeLanguage(staffDefault: Language): Language {
  return urlLanguage() ?? staffDefault;
}

/** The language the page shows now (i18next's code, narrowed to ours). */
export function currentLanguage(i18n: I18n): Language {
  return matchLanguage(i18n.resolvedLanguage ?? i18n.language) ?? FALLBACK_LANGUAGE;
}

function applyToDocument(i18n: I18n): void {
  const language = currentLanguage(i18n);
  const root = document.documentElement;
  root.lang = LANGUAGES[language].htmlLang;
  root.dir = LANGUAGES[language].dir;
  document.title = i18n.t('app.title');
}

/** One i18next instance with every language bundled; ready synchronously. */
export function createI18n(): I18n {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    resources: RESOURCES,
    lng: defaultLanguage(),
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: LANGUAGE_CODES,
    // Everything is bundled: initialise synchronously, so the first render is already translated.
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  applyToDocument(i18n);
  i18n.on('languageChanged', () => applyToDocument(i18n));
  return i18n;
}
