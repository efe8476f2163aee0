// Staff sessions: required for staff calls, locked after the auto-lock time or on request, at
// most maxSessions of them; and HR sessions, which the HR PIN opens for the export only.
import { describe, expect, it } from 'vitest';
import { StaffAuth } from '../../electron/core/staff/staff-auth.js';
import { failure, memoryPins, sessionOf, setup } from '../support/staff-auth-setup.js';

describe('staff and HR sessions', () => {
  it('requires an open session, and locks it after the auto-lock time without activity', async () => {
    const { auth, clock } = setup({ autoLockMs: 60_000 });
    const session = sessionOf(auth.setFirstPin('1234'));
    expect(() => auth.require(session)).not.toThrow();
    const unknown = failure(() => auth.require('x'.repeat(32)));
    expect(unknown.code).toBe('unauthorized');
    expect(unknown.message).toMatch(/locked: enter the staff PIN again/);

    clock.ms += 50_000;
    auth.touch(session); // activity restarts the clock
    clock.ms += 50_000;
    expect(() => auth.require(session)).not.toThrow();
    clock.ms += 10_001;
    expect(failure(() => auth.require(session)).code).toBe('unauthorized');
    // Forgotten: coming back within the time no longer helps.
    clock.ms -= 20_000;
    expect(failure(() => auth.touch(session)).code).toBe('unauthorized');
  });

  it('reads the auto-lock time on every check, so a changed setting applies at once', async () => {
    let autoLockMs = 10 * 60_000;
    const clock = { ms: 0 };
    const auth = new StaffAuth({
      pins: memoryPins(),
      demoPin: null,
      now: () => clock.ms,
      autoLockMs: () => autoLockMs,
    });
    const session = sessionOf(auth.setFirstPin('1234'));
    clock.ms = 2 * 60_000;
    expect(() => auth.require(session)).not.toThrow();
    autoLockMs = 60_000;
    expect(failure(() => auth.require(session)).code).toBe('unauthorized');
  });

  it('locks a session on request, without complaining about unknown ones', async () => {
    const { auth } = setup();
    const session = sessionOf(auth.setFirstPin('1234'));
    auth.lock(session);
    expect(failure(() => auth.require(session)).code).toBe('unauthorized');
    expect(() => auth.lock('never-opened-session-token')).not.toThrow();
  });

  it('keeps at most maxSessions sessions, dropping the oldest', async () => {
    const { auth } = setup({ maxSessions: 2 });
    const a = sessionOf(auth.setFirstPin('1234'));
    const b = sessionOf(await auth.unlock('1234'));
    const c = sessionOf(await auth.unlock('1234'));
    expect(new Set([a, b, c]).size).toBe(3);
    expect(failure(() => auth.require(a)).code).toBe('unauthorized');
    expect(() => auth.require(b)).not.toThrow();
    expect(() => auth.require(c)).not.toThrow();
  });

  it('opens an HR session with the HR PIN: counts only; a guess counts against both PINs', async () => {
    const { auth, pins } = setup();
    const staff = sessionOf(auth.setFirstPin('4829'));
    expect(auth.hrPinSet).toBe(false);
    auth.setHrPin(staff, '7777');
    expect(pins.hrHash).toMatch(/^scrypt\$/);
    expect(auth.hrPinSet).toBe(true);
    const hr = await auth.unlock('7777');
    expect(hr).toMatchObject({ status: 'unlocked', role: 'hr' });
    const hrSession = sessionOf(hr);
    expect(() => auth.require(hrSession, ['staff', 'hr'])).not.toThrow();
    expect(failure(() => auth.require(hrSession)).message).toMatch(/HR PIN opens the export only/);
    expect(failure(() => auth.setHrPin(hrSession, '1212')).code).toBe('unauthorized');
    // Guessing is guessing, whichever PIN it aims at.
    for (let i = 0; i < 5; i++) await auth.unlock('0101');
    expect(await auth.unlock('7777')).toMatchObject({ status: 'locked-out' });
    expect(await auth.unlock('4829')).toMatchObject({ status: 'locked-out' });
  });

  it('keeps the two PINs different, and ends HR sessions when the HR PIN changes', async () => {
    const { auth } = setup();
    const staff = sessionOf(auth.setFirstPin('4829'));
    expect(failure(() => auth.setHrPin(staff, '4829')).message).toMatch(
      /differ from the staff PIN/,
    );
    auth.setHrPin(staff, '7777');
    expect(failure(() => auth.changePin(staff, '7777')).message).toMatch(/differ from the HR PIN/);
    const hr = sessionOf(await auth.unlock('7777'));
    auth.setHrPin(staff, null);
    expect(auth.hrPinSet).toBe(false);
    expect(failure(() => auth.require(hr, ['hr'])).code).toBe('unauthorized');
    expect(await auth.unlock('7777')).toMatchObject({ status: 'wrong-pin' });
    expect(() => auth.require(staff)).not.toThrow();
  });
});
