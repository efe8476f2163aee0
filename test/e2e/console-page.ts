// The staff console as a test drives it: a fresh database per test, the console's views, the PIN
// pad.
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { tempDir } from '../support/paths.js';

export function freshDb(): string {
  return join(tempDir(), 'kiosk.sqlite');
}

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
