import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './test/e2e/fixtures/chromium.js';

export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  timeout: 60_000,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    launchOptions: CHROMIUM_LAUNCH,
    // The wording the specs check is English: the machine's locale must not pick another language.
    locale: 'en-US',
  },
});
