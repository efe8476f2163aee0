// End to end in Debian's Chromium: simulated sensor -> pty -> serialport -> worker -> host ->
// renderer, and the anonymous counts in the database file afterwards.
// (Without the autoplay policy the screens specs use: here the sound cues are blocked, and must
// fail silently.)
import Database from 'better-sqlite3';
import { localDate } from '../../electron/core/records/local-date.js';
import { expect, test } from './fixtures/kiosk.js';

test.use({ kioskSetup: { args: ['--sequence', 'normal,fever', '--seed', '3'] } });

test('a normal person passes, a febrile one is referred, then the kiosk is idle; the database holds only counts', async ({
  page,
  kiosk,
  problems,
}) => {
  const root = page.locator('[data-screen]');
  await expect(page.getByTestId('demo-badge')).toBeVisible();
  // The token leaves the address bar once read.
  expect(page.url()).not.toContain('token');

  await expect(root).toHaveAttribute('data-screen', 'measuring', { timeout: 20_000 });
  await expect(root).toHaveAttribute('data-screen', 'pass', { timeout: 20_000 });
  await expect(page.locator('main').getByText('You may enter')).toBeVisible();
  await expect(root).toHaveAttribute('data-screen', 'refer', { timeout: 20_000 });
  await expect(
    page.locator('main').getByText('Please see staff for a quick second check'),
  ).toBeVisible();
  await expect(root).toHaveAttribute('data-screen', 'idle', { timeout: 20_000 });
  await expect(page.getByTestId('today-counts')).toContainText('2');

  const counts = new Database(kiosk.db, { readonly: true });
  const rows = counts
    .prepare(
      'SELECT day, kiosk, outcome, sum(count) AS count FROM counts GROUP BY day, kiosk, outcome ORDER BY outcome',
    )
    .all();
  counts.close();
  const day = localDate();
  expect(rows).toEqual([
    { day, kiosk: 'Kiosk 1', outcome: 'pass', count: 1 },
    { day, kiosk: 'Kiosk 1', outcome: 'refer', count: 1 },
  ]);
  expect(problems).toEqual([]);
});

test.describe(() => {
  // Opened without its token: this page must not have had it before.
  test.use({ kioskSetup: { open: false } });

  test('a WebSocket without the token is refused', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    const port = new URL(kiosk.url).port;
    const outcome = await page.evaluate(
      (p) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(`ws://127.0.0.1:${p}/api`);
          ws.onopen = () => resolve('open');
          ws.onerror = () => resolve('refused');
        }),
      port,
    );
    expect(outcome).toBe('refused');
    // The page opened without its token says how to get in instead of pretending to work.
    await expect(page.locator('[data-screen]')).toHaveAttribute('data-screen', 'paused');
    await expect(
      page.locator('main').getByText(/must be opened from the URL the kiosk printed/),
    ).toBeVisible();
  });
});
