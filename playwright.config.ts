import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (offline machines cannot fetch one).
const executablePath = process.env.KIOSK_TEST_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  timeout: 60_000,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
      ],
    },
  },
});
