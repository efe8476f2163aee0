// Guessing the staff PIN: wrong PINs counted down to lockouts of growing length, kept across
// restarts and HR unlocks, and enforced even for guesses made in parallel.
import { describe, expect, it } from 'vitest';
import type { UnlockResult } from '../../electron/contract/staff.js';
import { StaffAuth } from '../../electron/core/staff/staff-auth.js';
import { sessionOf, setup } from '../support/staff-auth-setup.js';

describe('staff PIN lockout', () => {
  it('counts wrong PINs down, locks out for 30 s, then 60 s the next time', async () => {
    const { auth, clock } = setup();
    auth.setFirstPin('2468');
    const first: UnlockResult[] = [];
    for (let i = 0; i < 4; i++) first.push(await auth.unlock('0000'));
    expect(first).toEqual([
      { status: 'wrong-pin', triesLeft: 4 },
      { status: 'wrong-pin', triesLeft: 3 },
      { status: 'wrong-pin', triesLeft: 2 },
      { status: 'wrong-pin', triesLeft: 1 },
    ]);
    expect(await auth.unlock('0000')).toEqual({ status: 'locked-out', retryInSeconds: 30 });
    // Even the right PIN waits out the lockout.
    clock.ms += 10_000;
    expect(await auth.unlock('2468')).toEqual({ status: 'locked-out', retryInSeconds: 20 });
    clock.ms += 20_000;
    for (let i = 0; i < 4; i++) await auth.unlock('9999');
    expect(await auth.unlock('9999')).toEqual({ status: 'locked-out', retryInSeconds: 60 });
    clock.ms += 60_000;
    const opened = await auth.unlock('2468');
    expect(opened).toMatchObject({ status: 'unlocked' });
    // A correct PIN forgives: the count starts over and the next lockout is 30 s again.
    for (let i = 0; i < 4; i++) await auth.unlock('9999');
    expect(await auth.unlock('9999')).toEqual({ status: 'locked-out', retryInSeconds: 30 });
  });

  it("an HR unlock between staff guesses does not reset the staff PIN's lockout (audit H1)", async () => {
    const { auth, clock } = setup();
    const staff = sessionOf(auth.setFirstPin('4829'));
    auth.setHrPin(staff, '7777');
    auth.lock(staff);
    // Four staff guesses, then the HR PIN, then the fifth guess: the staff PIN locks.
    for (const guess of ['0000', '0001', '0002', '0003']) {
      expect(await auth.unlock(guess)).toMatchObject({ status: 'wrong-pin' });
    }
    expect(await auth.unlock('7777')).toMatchObject({ status: 'unlocked', role: 'hr' });
    expect(await auth.unlock('0004')).toEqual({ status: 'locked-out', retryInSeconds: 30 });
    // While it runs, the right staff PIN is not even checked; HR (its own count) still opens.
    expect(await auth.unlock('4829')).toMatchObject({ status: 'locked-out' });
    expect(await auth.unlock('7777')).toMatchObject({ status: 'unlocked', role: 'hr' });
    clock.ms += 30_000;
    expect(await auth.unlock('4829')).toMatchObject({ status: 'unlocked', role: 'staff' });
  });

  it('remembers a lockout across a restart (audit L1)', async () => {
    const { auth, pins, clock } = setup();
    auth.setFirstPin('4829');
    for (let i = 0; i < 4; i++) await auth.unlock('1111');
    /** The kiosk started again on the same stored PINs and lockouts. */
    const restart = (): StaffAuth =>
      new StaffAuth({ pins, demoPin: null, now: () => clock.ms, autoLockMs: () => 60_000 });
    // A restart between the fourth and fifth guess forgives nothing ...
    expect(await restart().unlock('1112')).toEqual({ status: 'locked-out', retryInSeconds: 30 });
    // ... nor one during the lockout.
    clock.ms += 10_000;
    expect(await restart().unlock('4829')).toEqual({ status: 'locked-out', retryInSeconds: 20 });
    expect(JSON.stringify(pins.lockouts)).not.toMatch(/4829|1111|1112/);
  });

  it('checks PINs off the main loop, one attempt at a time: parallel guesses still lock out', async () => {
    const { auth } = setup();
    auth.setFirstPin('4829');
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => auth.unlock(`000${i}`)));
    clearInterval(timer);
    expect(results.slice(0, 4).map((r) => r.status)).toEqual(Array(4).fill('wrong-pin'));
    expect(results.slice(4).every((r) => r.status === 'locked-out')).toBe(true);
    // The main loop ran while scrypt worked (8 checks of ~25 ms each).
    expect(ticks).toBeGreaterThanOrEqual(5);
  });
});
