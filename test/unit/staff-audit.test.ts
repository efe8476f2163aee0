// The console's door reports wrong PINs, lockouts and unlocks for the audit trail (finding L2), by
// role and count only: never a digit typed.
import { describe, expect, it } from 'vitest';
import type { UnlockResult } from '../../electron/contract/staff.js';
import { memoryPersistence } from '../../electron/core/kiosk-persistence.js';
import { StaffAuth, type StaffAuditKind } from '../../electron/core/staff/staff-auth.js';

const STAFF_PIN = '482913';
const HR_PIN = '135790';
const WRONG_PIN = '777777';

interface Audited {
  kind: StaffAuditKind;
  detail: string;
}

function setup(options: { hrPin?: boolean } = {}) {
  const clock = { ms: 1_000_000 };
  const audited: Audited[] = [];
  const auth = new StaffAuth({
    pins: memoryPersistence().pins,
    demoPin: null,
    now: () => clock.ms,
    autoLockMs: () => 5 * 60_000,
    onAudit: (kind, detail) => audited.push({ kind, detail }),
  });
  const first = sessionOf(auth.setFirstPin(STAFF_PIN));
  if (options.hrPin) auth.setHrPin(first, HR_PIN);
  auth.lock(first);
  return { auth, clock, audited };
}

function sessionOf(result: UnlockResult): string {
  if (result.status !== 'unlocked') throw new Error(`expected unlocked, got ${result.status}`);
  return result.session;
}

function expectNoPin(audited: readonly Audited[]): void {
  for (const { detail } of audited) {
    for (const pin of [STAFF_PIN, HR_PIN, WRONG_PIN]) expect(detail).not.toContain(pin);
  }
}

describe('staff audit trail', () => {
  it('reports setting the first PIN and each unlock with its role', async () => {
    const { auth, audited } = setup({ hrPin: true });
    sessionOf(await auth.unlock(STAFF_PIN));
    sessionOf(await auth.unlock(HR_PIN));
    expect(audited).toEqual([
      { kind: 'console-unlocked', detail: 'staff (first PIN set)' },
      { kind: 'console-unlocked', detail: 'staff' },
      { kind: 'console-unlocked', detail: 'hr' },
    ]);
    expectNoPin(audited);
  });

  it('reports each wrong PIN with where every count it grew stands', async () => {
    const { auth, audited } = setup({ hrPin: true });
    audited.length = 0;
    await auth.unlock(WRONG_PIN);
    await auth.unlock(WRONG_PIN);
    // The HR PIN clears its own count only: the staff count keeps growing.
    sessionOf(await auth.unlock(HR_PIN));
    await auth.unlock(WRONG_PIN);
    expect(audited).toEqual([
      { kind: 'pin-failed', detail: 'staff 1 of 5 tries, hr 1 of 5 tries' },
      { kind: 'pin-failed', detail: 'staff 2 of 5 tries, hr 2 of 5 tries' },
      { kind: 'console-unlocked', detail: 'hr' },
      { kind: 'pin-failed', detail: 'staff 3 of 5 tries, hr 1 of 5 tries' },
    ]);
    expectNoPin(audited);
  });

  it('reports a lockout with its length, and nothing for PINs the lockout keeps unchecked', async () => {
    const { auth, clock, audited } = setup();
    audited.length = 0;
    for (let i = 0; i < 5; i++) await auth.unlock(WRONG_PIN);
    expect(audited.slice(-2)).toEqual([
      { kind: 'pin-failed', detail: 'staff 5 of 5 tries' },
      { kind: 'pin-locked-out', detail: 'staff locked out for 30 s after 5 wrong PINs' },
    ]);
    expect(audited).toHaveLength(6);
    // Refused unchecked: no count grew, so nothing to report (and no flood to push real events out).
    expect(await auth.unlock(STAFF_PIN)).toMatchObject({ status: 'locked-out' });
    expect(audited).toHaveLength(6);

    clock.ms += 30_000;
    for (let i = 0; i < 5; i++) await auth.unlock(WRONG_PIN);
    expect(audited.at(-1)).toEqual({
      kind: 'pin-locked-out',
      detail: 'staff locked out for 60 s after 5 wrong PINs',
    });
    expect(audited.filter((a) => a.kind === 'pin-failed')).toHaveLength(10);
    expectNoPin(audited);
  });

  it('gives the same answer when the audit listener fails', async () => {
    let calls = 0;
    const auth = new StaffAuth({
      pins: memoryPersistence().pins,
      demoPin: null,
      now: () => 0,
      autoLockMs: () => 60_000,
      onAudit: () => {
        calls++;
        throw new Error('disk full');
      },
    });
    sessionOf(auth.setFirstPin(STAFF_PIN));
    expect(await auth.unlock(WRONG_PIN)).toEqual({ status: 'wrong-pin', triesLeft: 4 });
    expect(await auth.unlock(STAFF_PIN)).toMatchObject({ status: 'unlocked', role: 'staff' });
    expect(calls).toBe(3);
  });
});
