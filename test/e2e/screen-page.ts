// The kiosk's screen as the screens specs read it: a screen (and retry reason) by its data
// attributes, the headline, and the sizes and languages every screen must fit.
import type { Page } from '@playwright/test';

export const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 800, height: 480 },
];
export const LANGUAGES = ['en', 'es', 'fr', 'zh', 'ar'];

export const TIMEOUT = { timeout: 30_000 };

export function screen(page: Page, name: string, reason?: string) {
  return page.locator(
    reason ? `[data-screen="${name}"] [data-reason="${reason}"]` : `[data-screen="${name}"]`,
  );
}

export function heading(page: Page, name: string) {
  return page.locator('main').getByRole('heading', { level: 1, name, exact: true });
}

/** The kiosk URL with `?lang=xx` (the token stays in the fragment). */
export function withLanguage(kioskUrl: string, lang: string): string {
  const [base, fragment] = kioskUrl.split('#');
  return `${base}?lang=${lang}#${fragment}`;
}
