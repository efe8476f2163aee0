// The staff console end to end in Debian's Chromium over the browser kiosk: the PIN set on first
// run, the wrong-PIN lockout, the calibration wizard on the simulated blackbody, a settings change
// taking effect on the next reading, °F with the temperature shown, the pause when the simulated
// blackbody is taken away, leaving kiosk mode, and axe-core on every console view.
import { consoleView, enterPin, saveSettings, unlock } from './console-page.js';
import { expect, test } from './fixtures/kiosk.js';
import { expectAccessible, recordScreens, screensSeen } from './kiosk-checks.js';

const LONG = { timeout: 40_000 };

test.describe(() => {
  test.use({ kioskSetup: { command: 'start' } });

  test('first run: staff set a PIN, it is checked, and it unlocks the console again', async ({
    page,
    problems,
  }) => {
    await page.getByTestId('staff-open').click();
    await expect(consoleView(page, 'set-pin')).toBeVisible();
    await expectAccessible(page, 'console: set PIN');

    await page.getByTestId('pin-new').fill('12');
    await page.getByTestId('pin-confirm').fill('12');
    await page.getByTestId('pin-save').click();
    await expect(consoleView(page, 'set-pin')).toBeVisible();
    await expect(page.getByTestId('pin-new')).toHaveAttribute('aria-invalid', 'true');

    await page.getByTestId('pin-new').fill('271828');
    await page.getByTestId('pin-confirm').fill('271829');
    await page.getByTestId('pin-save').click();
    await expect(consoleView(page, 'set-pin')).toBeVisible();
    await expect(page.getByTestId('pin-confirm')).toHaveAttribute('aria-invalid', 'true');

    await page.getByTestId('pin-confirm').fill('271828');
    await page.getByTestId('pin-save').click();
    await expect(consoleView(page, 'status')).toBeVisible();
    await expect(page.getByTestId('status-sensor')).toContainText(/none|not connected/i);
    await expectAccessible(page, 'console: status');

    await page.getByTestId('console-lock').click();
    await expect(consoleView(page, 'pin')).toBeVisible();
    await enterPin(page, '271828');
    await expect(consoleView(page, 'status')).toBeVisible();
    await page.getByTestId('console-close').click();
    await expect(page.locator('[data-console]')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
});

test('five wrong PINs lock the console out, and the right PIN waits too', async ({ page }) => {
  await expect(page.getByTestId('demo-badge')).toContainText('0000');
  await page.getByTestId('staff-open').click();
  await expect(consoleView(page, 'pin')).toBeVisible();
  for (let left = 4; left >= 1; left--) {
    await enterPin(page, '9999');
    await expect(page.getByTestId('pin-message')).toContainText(`${left}`);
  }
  await enterPin(page, '9999');
  await expect(page.getByTestId('pin-message')).toContainText(/30|2\d/);
  await expect(page.getByTestId('pin-submit')).toBeDisabled();
  await expectAccessible(page, 'console: PIN locked out');
  // Even typed and forced, the right PIN is refused by the kiosk until the delay is over.
  await page.getByTestId('pin-input').fill('0000');
  await page.getByTestId('pin-input').press('Enter');
  await expect(consoleView(page, 'pin')).toBeVisible();
  await expect(consoleView(page, 'status')).toHaveCount(0);
});

test.describe(() => {
  test.use({ kioskSetup: { args: ['--sequence', 'normal'] } });

  test('calibration wizard end to end on the simulated blackbody', async ({ page }) => {
    test.setTimeout(90_000);
    await unlock(page);
    await expect(page.getByTestId('status-calibration')).toContainText(/shipped/i);

    await page.getByTestId('tab-live').click();
    await expect(consoleView(page, 'live')).toBeVisible();
    await expect(page.getByTestId('thermal-canvas')).toBeVisible();
    await expect(page.getByTestId('thermal-max')).toHaveText(/3[4-6]\.\d/, LONG);
    await expectAccessible(page, 'console: live view');

    await page.getByTestId('tab-calibration').click();
    await expect(consoleView(page, 'calibration')).toBeVisible();
    const step = page.getByTestId('cal-step');
    await expect(step).toHaveAttribute('data-step', 'region');
    await expect(page.getByTestId('cal-col')).toHaveValue('28');
    await expectAccessible(page, 'console: calibration, region');
    await page.getByTestId('cal-next').click();

    await expect(step).toHaveAttribute('data-step', 'setpoint');
    await page.getByTestId('cal-setpoint').fill('35');
    await page.getByTestId('cal-next').click();

    await expect(step).toHaveAttribute('data-step', 'capture');
    await page.getByTestId('cal-capture').click();
    await expect(page.getByTestId('cal-next')).toBeEnabled(LONG);
    await page.getByTestId('cal-next').click();
    await expect(step).toHaveAttribute('data-step', 'result', LONG);
    await expect(page.getByTestId('cal-result')).toContainText(/±|uncertainty/i);
    await expect(page.getByTestId('cal-problems')).toHaveCount(0);
    await expectAccessible(page, 'console: calibration, result');
    await page.getByTestId('cal-accept').click();
    await expect(step).toHaveAttribute('data-step', 'done');
    await expect(page.getByTestId('cal-done')).toBeVisible();

    await page.getByTestId('tab-status').click();
    await expect(page.getByTestId('status-calibration')).toContainText(/1-point|one-point/i);
  });
});

test.describe(() => {
  test.use({
    kioskSetup: {
      args: ['--sequence', Array(8).fill('normal').join(',')],
      initScripts: [recordScreens],
    },
  });

  test('a new threshold applies to the next reading, without a restart', async ({ page }) => {
    test.setTimeout(120_000);
    // Under the default 37.5 °C, these people pass.
    await expect(page.locator('[data-screen="pass"]')).toBeVisible(LONG);
    await unlock(page);
    await saveSettings(page, async (p) => {
      await p.getByTestId('setting-threshold').fill('35');
    });
    const seenBefore = (await screensSeen(page)).length;
    await page.getByTestId('console-close').click();
    await expect(page.locator('[data-screen="refer"]')).toBeVisible(LONG);
    const after = (await screensSeen(page)).slice(seenBefore).map((s) => s.screen);
    // The first verdict after the change is a referral: the change took effect at once.
    const verdicts = after.filter((s) => s === 'pass' || s === 'refer');
    expect(verdicts[0]).toBe('refer');
  });
});

test.describe(() => {
  test.use({ kioskSetup: { args: ['--sequence', Array(5).fill('normal').join(',')] } });

  test('°F: with the temperature shown, a pass reads in Fahrenheit', async ({ page }) => {
    test.setTimeout(120_000);
    await unlock(page);
    await saveSettings(page, async (p) => {
      await p.getByTestId('setting-units').selectOption('F');
      await p.getByTestId('setting-show-temperature').check();
    });
    await page.getByTestId('console-close').click();
    await expect(page.locator('[data-screen="pass"]')).toBeVisible(LONG);
    await expect(page.getByTestId('shown-temperature')).toHaveText(/^9[5-9]\.\d\s?°F$/);
  });
});

test.describe(() => {
  test.use({ kioskSetup: { args: ['--blackbody-gap', '1,5', '--rate', '8'] } });

  test('taking the simulated blackbody away pauses screening, which resumes by itself', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const paused = page.locator('[data-screen="paused"]');
    await expect(paused).toBeVisible(LONG);
    await expect(page.locator('main')).toContainText('Screening paused — staff notified');
    await expect(page.locator('main')).toContainText('Reference blackbody not in view');
    await expectAccessible(page, 'paused: blackbody missing');
    await expect(paused).toHaveCount(0, LONG);
  });
});

test('settings refuse a bad value with a message next to the field; sensor and settings views pass axe', async ({
  page,
}) => {
  await unlock(page);
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('setting-frames').fill('99');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('error-frames')).toBeVisible();
  await expect(page.getByTestId('setting-frames')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('settings-saved')).toHaveCount(0);
  await expectAccessible(page, 'console: settings with an error');

  await page.getByTestId('tab-sensor').click();
  await expect(consoleView(page, 'sensor')).toBeVisible();
  await expect(page.getByTestId('sensor-path')).toBeVisible();
  await expectAccessible(page, 'console: sensor');
});

test('leaving kiosk mode needs the PIN, and then closes the kiosk', async ({ page, kiosk }) => {
  await unlock(page);
  await page.getByTestId('console-exit').click();
  await page.getByTestId('exit-confirm').click();
  await kiosk.exited;
  expect(kiosk.process.exitCode).toBe(0);
});
