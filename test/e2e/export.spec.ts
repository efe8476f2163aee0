// The HR export end to end in Debian's Chromium over the browser kiosk: the demo's HR PIN opens the
// Export tab and nothing else; its chart draws, its total matches the kiosk's count for today, and
// Download CSV saves the kiosk's file (header, CRLF, no BOM, today's row); a bad range is refused
// before anything is downloaded. Staff see the Export tab beside the others. On a real kiosk, staff
// set and remove an HR PIN (never equal to their own), and the HR PIN opens the export only.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { localDate } from '../../electron/core/records/local-date.js';
import { consoleView, enterPin, openPinPad, setFirstPin, unlock } from './console-page.js';
import { expect, test } from './fixtures/kiosk.js';
import { expectAccessible } from './kiosk-checks.js';

const LONG = { timeout: 60_000 };

/** Only the Export tab, with lock but no exit: what an HR session sees. */
async function expectExportOnly(page: Page): Promise<void> {
  await expect(consoleView(page, 'export')).toBeVisible();
  await expect(page.getByRole('tab')).toHaveCount(1);
  await expect(page.getByTestId('tab-export')).toHaveAttribute('aria-selected', 'true');
  for (const other of ['status', 'live', 'sensor', 'calibration', 'settings'])
    await expect(page.getByTestId(`tab-${other}`)).toHaveCount(0);
  await expect(page.getByTestId('console-exit')).toHaveCount(0);
  await expect(page.getByTestId('console-lock')).toBeVisible();
}

test.describe(() => {
  test.use({ kioskSetup: { args: ['--sequence', 'normal,fever,normal', '--seed', '3'] } });

  test('demo: the HR PIN opens the export only; chart, totals and the CSV agree with the kiosk', async ({
    page,
    problems,
  }) => {
    test.setTimeout(120_000);
    await expect(page.getByTestId('demo-badge')).toContainText('1111');

    // Three people walk past; the kiosk's count for today is in the staff line.
    await expect(page.getByTestId('today-counts')).toContainText('3 screened', LONG);
    const footer = (await page.getByTestId('today-counts').textContent()) ?? '';
    const screened = Number(/(\d+) screened/.exec(footer)?.[1]);
    expect(screened).toBe(3);

    await openPinPad(page);
    await expect(page.getByTestId('pin-demo-hint')).toContainText('1111');
    await enterPin(page, '1111');
    await expectExportOnly(page);

    // The chart is drawn (Chart.js loaded on demand under the kiosk's CSP) and has a text label.
    const chart = page.getByTestId('export-chart');
    await expect(chart).toHaveAttribute('data-state', 'ready');
    await expect(chart).toHaveAttribute('aria-label', /3 screened/);
    const box = await chart.boundingBox();
    expect(box && box.width > 100 && box.height > 50).toBe(true);
    await expect(page.getByTestId('export-total-screened')).toHaveText(String(screened));
    // The table holds every day of the default 30, zero-filled, today with the kiosk's count.
    const rows = page.getByTestId('export-table').locator('tbody tr');
    await expect(rows).toHaveCount(30);
    await expect(rows.last()).toHaveAttribute('data-date', localDate());
    await expect(rows.last().locator('td').first()).toHaveText(String(screened));
    await page.locator('.export-summary').click();
    await expect(page.getByTestId('export-table')).toBeVisible();
    await expectAccessible(page, 'console: export (HR)');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = csv.split('\r\n').slice(0, -1);
    expect(lines[0]).toBe(
      'date,kiosk,screened,passed,referred,retried,confirmed,not_confirmed,declined',
    );
    const todayRow = lines.find((line) => line.startsWith(`${localDate()},`));
    expect(todayRow, csv).toBeDefined();
    expect(todayRow!.split(',')[2]).toBe(String(screened));
    await expect(page.getByTestId('export-done')).toBeVisible();

    // From after to: said next to the field, and nothing is downloaded.
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByTestId('export-from').fill('2099-01-02');
    await page.getByTestId('export-to').fill('2099-01-01');
    await expect(page.getByTestId('error-export-to')).toBeVisible();
    await expect(page.getByTestId('export-to')).toHaveAttribute('aria-invalid', 'true');
    await page.getByTestId('export-download').click();
    await expect(page.getByTestId('export-error')).toBeVisible();
    await expect(page.getByTestId('export-to')).toBeFocused();
    await expectAccessible(page, 'console: export with a bad range');
    await page.waitForTimeout(1000);
    expect(downloads).toBe(0);

    // Lock works for HR as for staff.
    await page.getByTestId('console-lock').click();
    await expect(consoleView(page, 'pin')).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test('demo: staff see the Export tab beside the others; the kiosk name they set is in the CSV', async ({
  page,
}) => {
  await unlock(page);
  await expect(page.getByRole('tab')).toHaveCount(8);
  await expect(page.getByTestId('console-exit')).toBeVisible();
  await page.getByTestId('tab-export').click();
  await expect(consoleView(page, 'export')).toBeVisible();
  await expect(page.getByTestId('export-chart')).toHaveAttribute('data-state', 'ready');
  await expectAccessible(page, 'console: export (staff)');
  // The demo's HR PIN is fixed: the kiosk refuses a change, and the console says so.
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('hr-pin-new').fill('2222');
  await page.getByTestId('hr-pin-confirm').fill('2222');
  await page.getByTestId('hr-pin-save').click();
  await expect(page.getByTestId('hr-pin-message')).toContainText(/fixed/i);

  // The kiosk's name: a spreadsheet formula is refused next to the field; a plain name is saved
  // and names the kiosk in the export.
  await page.getByTestId('setting-kioskName').fill('=HYPERLINK("x")');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('error-kioskName')).toBeVisible();
  await expect(page.getByTestId('setting-kioskName')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('settings-saved')).toHaveCount(0);
  await page.getByTestId('setting-kioskName').fill('  Main entrance ');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  await expect(page.getByTestId('setting-kioskName')).toHaveValue('Main entrance');
  await page.getByTestId('tab-export').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-download').click(),
  ]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[1]).toContain(',Main entrance,');
});

test.describe(() => {
  test.use({ kioskSetup: { command: 'start' } });

  test('real kiosk: staff set an HR PIN (not their own) that opens the export only, and remove it', async ({
    page,
    problems,
  }) => {
    test.setTimeout(90_000);
    await setFirstPin(page, '271828');
    await expect(page.getByTestId('status-access')).toContainText('not set');

    await page.getByTestId('tab-settings').click();
    await expect(page.getByTestId('hr-pin-state')).toHaveAttribute('data-set', 'false');
    // The staff PIN itself is refused as the HR PIN.
    await page.getByTestId('hr-pin-new').fill('271828');
    await page.getByTestId('hr-pin-confirm').fill('271828');
    await page.getByTestId('hr-pin-save').click();
    await expect(page.getByTestId('hr-pin-message')).toHaveClass(/console-error/);
    await expect(page.getByTestId('hr-pin-message')).not.toBeEmpty();
    await expect(page.getByTestId('hr-pin-state')).toHaveAttribute('data-set', 'false');

    await page.getByTestId('hr-pin-new').fill('4321');
    await page.getByTestId('hr-pin-confirm').fill('4321');
    await page.getByTestId('hr-pin-save').click();
    await expect(page.getByTestId('hr-pin-message')).toHaveClass(/console-success/);
    await expect(page.getByTestId('hr-pin-state')).toHaveAttribute('data-set', 'true');
    await expectAccessible(page, 'console: settings with the HR PIN');
    await page.getByTestId('tab-status').click();
    await expect(page.getByTestId('status-access')).not.toContainText('not set');

    await page.getByTestId('console-lock').click();
    await expect(consoleView(page, 'pin')).toBeVisible();
    await enterPin(page, '4321');
    await expectExportOnly(page);
    await expect(page.getByTestId('export-total-screened')).toHaveText('0');

    // Back as staff: remove it; the HR PIN then opens nothing.
    await page.getByTestId('console-lock').click();
    await enterPin(page, '271828');
    await expect(consoleView(page, 'status')).toBeVisible();
    await page.getByTestId('tab-settings').click();
    await page.getByTestId('hr-pin-remove').click();
    await expect(page.getByTestId('hr-pin-message')).toHaveClass(/console-success/);
    await expect(page.getByTestId('hr-pin-state')).toHaveAttribute('data-set', 'false');
    await page.getByTestId('console-lock').click();
    await enterPin(page, '4321');
    await expect(page.getByTestId('pin-message')).toContainText(/wrong/i);
    await expect(consoleView(page, 'pin')).toBeVisible();
    expect(problems).toEqual([]);
  });
});
