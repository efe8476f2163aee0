// The site calibration with people end to end in Debian's Chromium over the browser kiosk: staff
// read ten of the demo's simulated people, type each one's "thermometer" value, see the fit,
// accept it, and the next normal person is referred (the fit is applied to the next reading);
// the typed values are then nowhere in the database, its -wal/-shm or the kiosk's log output,
// neither as text nor as float bytes. A lock (by staff, or the console's own auto-lock) ends a
// session with a sentence, its values discarded.
import type { Page } from '@playwright/test';
import { tracesIn, tracesInDatabase } from '../support/value-traces.js';
import { THERMOMETER_VALUES } from '../support/volunteer-values.js';
import { consoleView, enterPin, unlock } from './console-page.js';
import { expect, test } from './fixtures/kiosk.js';
import { expectAccessible, recordScreens, screensSeen } from './kiosk-checks.js';

const LONG = { timeout: 40_000 };

const TYPED = THERMOMETER_VALUES.slice(0, 10);

/** Normal people only, at 16 frames a second (a person every ~2.6 s). */
function normalPeople(n: number): string[] {
  return ['--sequence', Array(n).fill('normal').join(','), '--rate', '16'];
}

async function openSiteTab(page: Page): Promise<void> {
  await page.getByTestId('tab-site').click();
  await expect(consoleView(page, 'site')).toBeVisible();
}

/** "Read next volunteer", wait for the kiosk's reading, type the thermometer's value. */
async function readVolunteer(page: Page, slot: number, typed: string): Promise<void> {
  await page.getByTestId('site-read-next').click();
  const row = page.getByTestId(`site-volunteer-${slot}`);
  await expect(row).toHaveAttribute('data-reading', 'waiting');
  await expect(row).toContainText('Waiting for the kiosk');
  await expect(row).toHaveAttribute('data-reading', 'taken', LONG);
  await expect(row).toContainText('Reading taken');
  await page.getByTestId(`site-value-${slot}`).fill(typed);
  await page.getByTestId(`site-save-${slot}`).click();
  await expect(page.getByTestId(`site-typed-${slot}`)).toHaveText(`${typed} °C`);
}

test.describe(() => {
  test.use({ kioskSetup: { args: normalPeople(40), initScripts: [recordScreens] } });

  test('site calibration: volunteers read, values typed, fit accepted, applied, never stored', async ({
    page,
    kiosk,
    problems,
  }) => {
    test.setTimeout(240_000);
    await unlock(page);
    await expect(page.getByTestId('status-model-only')).toBeVisible(LONG);
    await expect(page.getByTestId('status-site')).toContainText('32x24@55');
    await expect(page.getByTestId('model-notice')).toContainText('physical model only');

    await openSiteTab(page);
    const step = page.getByTestId('site-step');
    await expect(step).toHaveAttribute('data-step', 'intro');
    await expect(page.getByTestId('site-in-use')).toContainText('physical model only');
    await expectAccessible(page, 'console: site calibration, intro');
    await page.getByTestId('site-start').click();
    await expect(step).toHaveAttribute('data-step', 'volunteers');

    await readVolunteer(page, 1, TYPED[0]!);
    // Bad input gets a sentence next to the field, and nothing else happens.
    await page.getByTestId('site-read-next').click();
    await expect(page.getByTestId('site-volunteer-2')).toHaveAttribute(
      'data-reading',
      'taken',
      LONG,
    );
    await page.getByTestId('site-value-2').fill('43.5');
    await page.getByTestId('site-save-2').click();
    await expect(page.getByTestId('site-error-2')).toHaveText(/Outside 34\s°C–42\s°C/);
    await page.getByTestId('site-value-2').fill('warm');
    await page.getByTestId('site-save-2').click();
    await expect(page.getByTestId('site-error-2')).toHaveText(/as a number/);
    await expectAccessible(page, 'console: site calibration, volunteers');
    // Fewer than ten: the fit says so, and cannot be accepted.
    await page.getByTestId('site-drop-2').click();
    await expect(page.getByTestId('site-volunteer-2')).toHaveCount(0);
    await page.getByTestId('site-fit').click();
    await expect(step).toHaveAttribute('data-step', 'result');
    await expect(page.getByTestId('site-problems')).toContainText('read at least 10');
    await expect(page.getByTestId('site-accept')).toBeDisabled();
    await page.getByTestId('site-back').click();
    await expect(step).toHaveAttribute('data-step', 'volunteers');

    for (const [i, typed] of TYPED.slice(1).entries()) await readVolunteer(page, i + 3, typed);
    await expect(page.getByTestId('site-count')).toContainText('10');
    await page.getByTestId('site-fit').click();
    await expect(step).toHaveAttribute('data-step', 'result');
    await expect(page.getByTestId('site-problems')).toHaveCount(0);
    await expect(page.getByTestId('site-n')).toHaveText('10');
    await expect(page.getByTestId('site-offset')).toHaveText(/^\+\d\.\d\d\s°C ± 0\.\d\d/);
    await expect(page.getByTestId('site-spread')).toHaveText(/^±\s0\.\d\d\s°C$/);
    await expect(page.getByTestId('site-expected')).toContainText(/37\.5\s°C/);
    await expectAccessible(page, 'console: site calibration, fit');

    await page.getByTestId('site-accept').click();
    await expect(step).toHaveAttribute('data-step', 'done');
    await expect(page.getByTestId('site-done')).toBeVisible();
    await expect(page.getByTestId('site-in-use')).toContainText('10 volunteers');
    const acceptedAt = (await screensSeen(page)).length;

    await page.getByTestId('tab-status').click();
    await expect(page.getByTestId('status-site')).toContainText('10 volunteers');
    await expect(page.getByTestId('status-model-only')).toHaveCount(0);
    await expect(page.getByTestId('model-notice')).toHaveCount(0);
    await page.getByTestId('console-close').click();

    // Applied to the next reading: the first verdict after accepting refers a normal person. (A
    // verdict screen may still be showing from before: wait for a new one.)
    const firstVerdictAfter = async (): Promise<string | undefined> =>
      (await screensSeen(page))
        .slice(acceptedAt)
        .map((s) => s.screen)
        .find((s) => s === 'pass' || s === 'refer');
    await expect.poll(firstVerdictAfter, LONG).toBeDefined();
    expect(await firstVerdictAfter()).toBe('refer');
    expect(problems).toEqual([]);

    const typed = [...TYPED, '43.5'];
    // While the kiosk runs (its -wal holds the latest writes), then after it stopped.
    expect(tracesInDatabase(kiosk.db, typed)).toEqual([]);
    await kiosk.stop();
    const output = kiosk.output();
    expect(output).toContain('site calibration accepted by staff: 10 volunteers');
    expect([
      ...tracesInDatabase(kiosk.db, typed),
      ...tracesIn(Buffer.from(output), 'kiosk output', typed),
    ]).toEqual([]);
  });
});

test.describe(() => {
  test.use({ kioskSetup: { args: normalPeople(20) } });

  test('a lock interrupts a site calibration: the values are discarded, and staff are told', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await unlock(page);
    await openSiteTab(page);
    await page.getByTestId('site-start').click();
    await readVolunteer(page, 1, '38.04');

    await page.getByTestId('console-lock').click();
    await expect(consoleView(page, 'pin')).toBeVisible();
    await enterPin(page, '0000');
    await openSiteTab(page);
    await expect(page.getByTestId('site-step')).toHaveAttribute('data-step', 'intro');
    await expect(page.getByTestId('site-ended')).toHaveText(
      'The session was interrupted by locking the console: the values were discarded; start again.',
    );
    await expectAccessible(page, 'console: site calibration, interrupted');
  });
});

test.describe(() => {
  // The page's clock only: the console's auto-lock timer runs on it.
  test.use({ kioskSetup: { args: normalPeople(20), fakeClock: true } });

  test('the console’s auto-lock interrupts a site calibration, and says so', async ({ page }) => {
    test.setTimeout(120_000);
    await unlock(page);
    await openSiteTab(page);
    await page.getByTestId('site-start').click();
    await expect(page.getByTestId('site-step')).toHaveAttribute('data-step', 'volunteers');
    // The default auto-lock: 5 minutes without input.
    await page.clock.fastForward('05:01');
    await expect(consoleView(page, 'pin')).toBeVisible();
    await expect(page.getByTestId('pin-message')).toContainText(/inactivity/i);
    await enterPin(page, '0000');
    await openSiteTab(page);
    await expect(page.getByTestId('site-ended')).toHaveText(
      'The session was interrupted by the auto-lock: the values were discarded; start again.',
    );
  });
});
