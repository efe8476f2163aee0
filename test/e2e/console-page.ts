// The staff console as a test drives it: the console's views, the PIN pad, unlocking, the first
// PIN on a real kiosk, and saving settings.
import { expect, type Page } from '@playwright/test';

/** The demo's staff PIN. */
export const DEMO_STAFF_PIN = '0000';

export function consoleView(page: Page, view: string) {
  return page.locator(`[data-console="${view}"]`);
}

export async function enterPin(page: Page, pin: string): Promise<void> {
  await page.getByTestId('pin-input').fill(pin);
  await page.getByTestId('pin-submit').click();
}

export async function openPinPad(page: Page): Promise<void> {
  await page.getByTestId('staff-open').click();
  await expect(consoleView(page, 'pin')).toBeVisible();
}

/** Opens the console and unlocks it with the PIN: its Status tab shows. */
export async function unlock(page: Page, pin = DEMO_STAFF_PIN): Promise<void> {
  await openPinPad(page);
  await enterPin(page, pin);
  await expect(consoleView(page, 'status')).toBeVisible();
}

/** A real kiosk's first run: staff open the console and set their PIN; its Status tab shows. */
export async function setFirstPin(page: Page, pin: string): Promise<void> {
  await page.getByTestId('staff-open').click();
  await expect(consoleView(page, 'set-pin')).toBeVisible();
  await page.getByTestId('pin-new').fill(pin);
  await page.getByTestId('pin-confirm').fill(pin);
  await page.getByTestId('pin-save').click();
  await expect(consoleView(page, 'status')).toBeVisible();
}

/** The Settings tab: `change` fills fields, then Save, which the console confirms. */
export async function saveSettings(
  page: Page,
  change: (page: Page) => Promise<void>,
): Promise<void> {
  await page.getByTestId('tab-settings').click();
  await expect(consoleView(page, 'settings')).toBeVisible();
  await change(page);
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
}
