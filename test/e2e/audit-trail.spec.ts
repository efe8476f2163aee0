// The audit trail end to end (finding L2): after a wrong PIN and an unlock, the Status tab's
// Recent events lists both, newest first, by kind and role, never with the digits typed.
import { consoleView, enterPin, openPinPad } from './console-page.js';
import { expect, test } from './fixtures/kiosk.js';
import { expectAccessible } from './kiosk-checks.js';

test('a wrong PIN and an unlock show in the Status tab’s recent events', async ({
  page,
  problems,
}) => {
  await openPinPad(page);
  // Neither the demo's staff PIN (0000) nor its HR PIN (1111).
  await enterPin(page, '9876');
  await expect(page.getByTestId('pin-message')).toContainText('4');
  await enterPin(page, '0000');
  await expect(consoleView(page, 'status')).toBeVisible();

  const events = page.getByTestId('status-events');
  const rows = events.locator('tbody tr');
  const failed = events.locator('tr[data-kind="pin-failed"]');
  const unlocked = events.locator('tr[data-kind="console-unlocked"]');
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText('Wrong PIN');
  await expect(failed).toContainText('staff 1 of 5 tries');
  await expect(unlocked).toHaveCount(1);
  await expect(unlocked).toContainText('Console unlocked');
  await expect(unlocked.locator('td').last()).toHaveText('staff');
  // Newest first: the unlock came after the wrong PIN.
  const kinds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind')));
  expect(kinds.indexOf('console-unlocked')).toBeLessThan(kinds.indexOf('pin-failed'));
  await expect(events).not.toContainText('9876');
  await expect(page.getByTestId('status-events-message')).toBeEmpty();
  await expectAccessible(page, 'console: status with recent events');
  expect(problems).toEqual([]);
});
