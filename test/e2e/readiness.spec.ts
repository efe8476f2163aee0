// Readiness end to end in Chromium over the browser kiosk: a demo kiosk with a short warm-up
// shows the countdown on its paused screen (in English and Arabic) and on the Status tab, then
// becomes ready and screens the people walking past; a minute later the conditions record holds
// that minute, and the Export tab downloads it as its own CSV. A camera calibration older than
// the staff allow is a warning in the staff line and on the Status tab, never a pause.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { addDays, localDate } from '../../electron/core/records/local-date.js';
import { CLI } from '../support/paths.js';
import { consoleView, DEMO_STAFF_PIN, enterPin, unlock } from './console-page.js';
import { expect, test } from './fixtures/kiosk.js';
import { expectAccessible } from './kiosk-checks.js';
import { screen, withLanguage } from './screen-page.js';

/** 15 s: time to read the countdown on the screen and on the Status tab on a busy machine (the
 * clock starts when the demo's sensor streams, before the page has even loaded). */
const WARM_UP_MINUTES = '0.25';

/** The m:ss in a countdown line, as seconds. */
async function secondsShown(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  const match = /(\d+):([0-5]\d)/.exec(text);
  expect(match, `m:ss in "${text}"`).not.toBeNull();
  return Number(match![1]) * 60 + Number(match![2]);
}

test.describe(() => {
  test.use({ kioskSetup: { args: ['--warm-up', WARM_UP_MINUTES, '--seed', '5'] } });

  test('warm-up countdown on the screen and the Status tab, then ready; the conditions CSV', async ({
    page,
    kiosk,
    problems,
  }) => {
    test.setTimeout(180_000);
    const startedAt = Date.now();

    // The paused screen: why, and how long until verdicts start.
    await expect(screen(page, 'paused', 'warming-up')).toBeVisible();
    await expect(page.locator('main')).toContainText('Warming up the sensor');
    const countdown = page.getByTestId('warm-up-countdown');
    await expect(countdown).toHaveText(/^Screening starts in \d+:[0-5]\d$/);
    const first = await secondsShown(page, 'warm-up-countdown');
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(15);
    await expect.poll(() => secondsShown(page, 'warm-up-countdown')).toBeLessThan(first);

    // The same countdown in Arabic (right to left, Latin digits isolated).
    const arabic = await page.context().newPage();
    await arabic.goto(withLanguage(kiosk.kioskUrl, 'ar'));
    await expect(arabic.getByTestId('warm-up-countdown')).toContainText('يبدأ الفحص خلال');
    await expect(arabic.getByTestId('warm-up-countdown')).toContainText(/\d+:[0-5]\d/);
    await arabic.close();

    // The Status tab: verdicts wait for the warm-up, with its countdown.
    await unlock(page);
    const card = page.getByTestId('status-readiness');
    await expect(card).toBeVisible();
    await expect(page.getByTestId('readiness-warm-up')).toHaveText(/^ready in \d+:[0-5]\d$/);
    await expect(page.getByTestId('readiness-verdicts')).toHaveText(
      'waiting: Warming up the sensor',
    );
    await expect(page.getByTestId('readiness-room')).toHaveText('in range');
    await expect(page.getByTestId('readiness-reference')).toHaveText('stable');
    await expect(page.getByTestId('readiness-calibration')).toHaveText(
      'as shipped (never calibrated on site)',
    );

    // Then ready: the Status tab says so, and the screen screens the people walking past.
    await expect(page.getByTestId('readiness-warm-up')).toHaveText('done', { timeout: 30_000 });
    await expect(page.getByTestId('readiness-verdicts')).not.toContainText('Warming up');
    await expectAccessible(page, 'console: status, readiness');
    // Locked, the console asks for the PIN again; the screen behind it screens.
    await page.getByTestId('console-lock').click();
    await expect(consoleView(page, 'pin')).toBeVisible();
    await expect(countdown).toHaveCount(0);
    await expect(page.getByTestId('today-counts')).toContainText(/[1-9]\d* screened/, {
      timeout: 60_000,
    });

    // The conditions record takes a minute a minute: wait for the first one, then download it.
    await enterPin(page, DEMO_STAFF_PIN);
    await expect(consoleView(page, 'status')).toBeVisible();
    await page.getByTestId('tab-export').click();
    await expect(consoleView(page, 'export')).toBeVisible();
    await expect(page.getByTestId('export-conditions')).toBeVisible();
    await expectAccessible(page, 'console: export, conditions record');
    await page.waitForTimeout(Math.max(0, startedAt + 65_000 - Date.now()));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('conditions-download').click(),
    ]);
    const today = localDate();
    expect(download.suggestedFilename()).toMatch(
      /^conditions_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(download.suggestedFilename()).toContain(`_${today}.csv`);
    await expect(page.getByTestId('conditions-done')).toContainText(download.suggestedFilename());
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = csv.slice(0, -2).split('\r\n');
    const names = header!.split(',');
    expect(names.slice(0, 3)).toEqual(['date', 'kiosk', 'ready_minutes']);
    expect(names).toContain('paused_minutes_warming_up');
    expect(names.slice(-5)).toEqual([
      'room_min_c',
      'room_max_c',
      'reference_stable_minutes',
      'reference_unstable_minutes',
      'calibration_age_days',
    ]);
    const row = rows.map((r) => r.split(',')).find((r) => r[0] === today);
    expect(row, `today's row in:\n${csv}`).toBeDefined();
    const cell = (name: string) => row![names.indexOf(name)]!;
    expect(cell('kiosk')).toBe('Kiosk 1');
    // The first minute ended after the 15 s warm-up: a ready minute, with the room the sensor saw.
    expect(Number(cell('ready_minutes'))).toBeGreaterThanOrEqual(1);
    expect(Number(cell('room_min_c'))).toBeGreaterThanOrEqual(18);
    expect(Number(cell('room_max_c'))).toBeLessThanOrEqual(24);
    // The demo's simulated blackbody is in view and steady.
    expect(Number(cell('reference_stable_minutes'))).toBeGreaterThanOrEqual(1);
    expect(cell('calibration_age_days')).toBe('');
    expect(problems).toEqual([]);
  });
});

test.describe(() => {
  test.use({ kioskSetup: { open: false } });

  test('an overdue camera calibration is a warning in the staff line and on the Status tab, not a pause', async ({
    page,
    kiosk,
    problems,
  }) => {
    // A two-point calibration done 45 days ago, recorded while the first kiosk runs (as
    // `kiosk calibrate camera` would be); the next start uses it. Due after 30 days: overdue.
    const date = addDays(localDate(), -45);
    const calibrate = spawnSync(
      process.execPath,
      [
        CLI,
        'calibrate',
        'camera',
        '--low-set',
        '30',
        '--low-measured',
        '29.6',
        '--high-set',
        '37',
        '--high-measured',
        '36.5',
        '--date',
        date,
        '--db',
        kiosk.db,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(calibrate.status, calibrate.stderr).toBe(0);
    const next = await kiosk.restart(['--sequence', 'normal', '--seed', '2']);
    await page.goto(next.kioskUrl);
    await expect(page.getByTestId('calibration-overdue')).toHaveText(
      'Camera calibration overdue: calibrate again with the blackbody',
    );
    // Screening goes on: the person walking past is screened.
    await expect(page.getByTestId('today-counts')).toContainText('1 screened', { timeout: 60_000 });
    await unlock(page);
    await expect(page.getByTestId('readiness-calibration')).toHaveText('overdue');
    await expect(page.getByTestId('status-calibration-overdue')).toContainText(
      'more than 30 days old (setting “Camera calibration due after (days)”)',
    );
    expect(problems).toEqual([]);
  });
});
