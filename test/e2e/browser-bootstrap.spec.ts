// Audit M2 in Debian's Chromium: the demo kiosk launches its "browser" (a stand-in that writes
// down its command line) with a one-time boot code, never the token. A page opened at that
// `/#boot=CODE` URL trades the code for the session, reaches the kiosk screen and wipes the code
// from its address bar; a reload still works; the same URL opened again is refused and shows the
// "no token" screen.
import { expect, test } from '@playwright/test';
import { startWithFakeBrowser, type FakeBrowserKiosk } from '../support/fake-browser.js';
import { watchProblems } from './kiosk-checks.js';

let kiosk: FakeBrowserKiosk;
let bootUrl: string;

test.beforeAll(async () => {
  // As root (CI) the kiosk starts a browser only when allowed to (audit M4).
  const asRoot = process.getuid?.() === 0;
  kiosk = await startWithFakeBrowser([
    '--sequence',
    'normal',
    '--seed',
    '5',
    ...(asRoot ? ['--allow-root-browser'] : []),
  ]);
  const [launch] = await kiosk.waitForLaunches(1);
  bootUrl = launch!.app;
});

test.afterAll(async () => {
  await kiosk?.stop();
});

test('a page opened with the boot code reaches the kiosk screen; the code leaves the address bar', async ({
  page,
}) => {
  expect(bootUrl).toMatch(/#boot=/);
  expect(bootUrl).not.toContain(kiosk.token);
  const problems = watchProblems(page);
  await page.goto(bootUrl);
  const root = page.locator('[data-screen]');
  await expect(page.getByTestId('demo-badge')).toBeVisible();
  await expect(root).toHaveAttribute('data-screen', /^(idle|measuring|pass)$/, { timeout: 20_000 });
  expect(page.url()).not.toContain('boot');
  expect(page.url()).not.toContain('#');
  // The session survives a reload (the token stays in this tab's session storage, not the URL).
  await page.reload();
  await expect(root).toHaveAttribute('data-screen', /^(idle|measuring|pass|refer)$/, {
    timeout: 20_000,
  });
  expect(page.url()).not.toContain('token');
  expect(problems).toEqual([]);
});

test('the same boot URL a second time is refused: the page shows it cannot get in', async ({
  page,
}) => {
  await page.goto(bootUrl);
  await expect(page.locator('[data-screen]')).toHaveAttribute('data-screen', 'paused');
  await expect(
    page.locator('main').getByText(/must be opened from the URL the kiosk printed/),
  ).toBeVisible({ timeout: 10_000 });
  expect(page.url()).not.toContain('boot');
});
