// Second checks end to end in Chromium over the browser kiosk: a febrile person is referred, the
// console shows the referral waiting, staff tap its outcome, and a second tap for the same refer is
// refused with its sentence next to the buttons; the Export tab's table and confirmed share show
// the outcome, and the downloaded CSV has the new columns with the right numbers.
import { readFile } from 'node:fs/promises';
import { localDate } from '../../electron/core/records/local-date.js';
import { consoleView, unlock } from './console-page.js';
import { expect, test } from './fixtures/kiosk.js';
import { expectAccessible } from './kiosk-checks.js';

const LONG = { timeout: 60_000 };

test.use({
  kioskSetup: { args: ['--sequence', 'normal,fever,normal', '--seed', '3', '--warm-up', '0'] },
});

test('a refer, its outcome tapped once (a second tap refused), then shown and exported', async ({
  page,
  problems,
}) => {
  test.setTimeout(120_000);
  await expect(page.getByTestId('today-counts')).toContainText('3 screened', LONG);
  await unlock(page);

  // The febrile person's refer waits for its second check.
  const panel = page.getByTestId('second-check-panel');
  await expect(page.getByTestId('second-check-waiting')).toHaveText(
    '1 referral waiting for a second check',
  );
  // The threshold in the console's unit (°C by default, 37.5 °C).
  await expect(page.getByTestId('second-check-confirmed')).toContainText(/≥ 37\.5\s°C/);
  await expectAccessible(page, 'console: a referral waiting for its second check');

  await page.getByTestId('second-check-confirmed').click();
  await expect(page.getByTestId('second-check-done')).toHaveText('Recorded.');
  await expect(page.getByTestId('second-check-waiting')).toHaveText(
    '0 referrals waiting for a second check',
  );

  // A second tap for the same refer: refused, said next to the buttons, nothing recorded.
  await page.getByTestId('second-check-not-confirmed').click();
  await expect(page.getByTestId('second-check-error')).toContainText(
    'No referral is waiting for a second check',
  );
  await expect(page.getByTestId('second-check-done')).toHaveCount(0);
  await expect(panel).toBeVisible();

  // The Export tab: the share confirmed with its interval (Wilson, 1 of 1: 20.7–100 %), the refers
  // in the range, the table's columns for today.
  await page.getByTestId('tab-export').click();
  await expect(consoleView(page, 'export')).toBeVisible();
  await expect(page.getByTestId('export-confirmed-share')).toHaveText(
    'Confirmed: 1 of 1 checked referrals (100.0 %, 95 % interval 20.7–100.0 %)',
  );
  await expect(page.getByTestId('export-declined')).toHaveText('Declined or not checked: 0');
  const referred = Number(await page.getByTestId('export-total-refer').textContent());
  expect(referred).toBe(1);
  await expect(page.getByTestId('export-referred')).toHaveText('Referrals in the range: 1');
  await expect(page.getByTestId('export-chart')).toHaveAttribute('data-state', 'ready');
  await page.locator('.export-summary').click();
  const today = page.getByTestId('export-table').locator(`tbody tr[data-date="${localDate()}"]`);
  await expect(today.locator('td[data-column="confirmed"]')).toHaveText('1');
  await expect(today.locator('td[data-column="notConfirmed"]')).toHaveText('0');
  await expect(today.locator('td[data-column="declined"]')).toHaveText('0');
  await expectAccessible(page, 'console: export with second checks');

  // The CSV: the three new columns, today's row with the tapped outcome.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-download').click(),
  ]);
  const lines = (await readFile((await download.path())!, 'utf8')).split('\r\n');
  expect(lines[0]).toBe(
    'date,kiosk,screened,passed,referred,retried,confirmed,not_confirmed,declined',
  );
  const row = lines.find((line) => line.startsWith(`${localDate()},`))?.split(',');
  expect(row, lines.join('\n')).toBeDefined();
  expect(row!.slice(2)).toEqual(['3', expect.any(String), '1', expect.any(String), '1', '0', '0']);
  expect(problems).toEqual([]);
});
