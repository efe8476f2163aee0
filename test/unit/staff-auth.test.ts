// The staff PIN: set once and stored only as a hash, its format, changing it, the demo's fixed
// PINs and a PIN stored by another process. Lockouts: staff-auth.lockout.test.ts; sessions and
// the HR PIN: staff-auth.sessions.test.ts.
import { describe, expect, it } from 'vitest';
import { StaffAuth } from '../../electron/core/staff/staff-auth.js';
import { failure, memoryPins, sessionOf, setup } from '../support/staff-auth-setup.js';

describe('staff PIN', () => {
  it('sets the first PIN once, stores only its hash, and opens a session', async () => {
    const { auth, pins, changes } = setup();
    expect(auth.info()).toEqual({ pinSet: false, demoPin: null, demoHrPin: null });
    expect(await auth.unlock('1234')).toEqual({ status: 'no-pin' });
    const first = auth.setFirstPin('482913');
    expect(first).toMatchObject({ status: 'unlocked', role: 'staff' });
    expect(sessionOf(first)).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(pins.hash).not.toBeNull();
    expect(pins.hash).not.toContain('482913');
    expect(pins.hash).toMatch(/^scrypt\$/);
    expect(auth.info()).toEqual({ pinSet: true, demoPin: null, demoHrPin: null });
    expect(changes).toEqual([{ pinSet: true, demoPin: null, demoHrPin: null }]);
    const again = failure(() => auth.setFirstPin('1111'));
    expect(again.code).toBe('rejected');
    expect(again.message).toMatch(/already set.*kiosk staff reset-pin/);
    expect(pins.writes).toBe(1);
  });

  it('refuses a PIN that is not 4 to 8 digits', async () => {
    const { auth, pins } = setup();
    expect(failure(() => auth.setFirstPin('12a4')).code).toBe('rejected');
    expect(failure(() => auth.setFirstPin('123')).code).toBe('rejected');
    expect(pins.hash).toBeNull();
  });

  it('changes the PIN with a session and ends every other session', async () => {
    const { auth, pins } = setup();
    const mine = sessionOf(auth.setFirstPin('1234'));
    const other = sessionOf(await auth.unlock('1234'));
    const oldHash = pins.hash;
    expect(failure(() => auth.changePin('y'.repeat(32), '5678')).code).toBe('unauthorized');
    expect(pins.hash).toBe(oldHash);
    auth.changePin(mine, '5678');
    expect(pins.hash).not.toBe(oldHash);
    expect(pins.hash).not.toContain('5678');
    expect(() => auth.require(mine)).not.toThrow();
    expect(failure(() => auth.require(other)).code).toBe('unauthorized');
    expect(await auth.unlock('1234')).toEqual({ status: 'wrong-pin', triesLeft: 4 });
    expect(await auth.unlock('5678')).toMatchObject({ status: 'unlocked' });
  });

  it('uses a fixed demo PIN that is never stored and cannot be changed', async () => {
    const { auth, pins } = setup({ demoPin: '0000' });
    expect(auth.info()).toEqual({ pinSet: true, demoPin: '0000', demoHrPin: null });
    expect(await auth.unlock('1234')).toEqual({ status: 'wrong-pin', triesLeft: 4 });
    const session = sessionOf(await auth.unlock('0000'));
    const change = failure(() => auth.changePin(session, '5678'));
    expect(change.code).toBe('rejected');
    expect(change.message).toMatch(/demo's PINs are fixed \(staff 0000/);
    expect(failure(() => auth.setFirstPin('5678')).code).toBe('rejected');
    expect(pins.writes).toBe(0);
    expect(pins.hash).toBeNull();
    expect(await auth.unlock('0000')).toMatchObject({ status: 'unlocked' });
  });

  it('picks up a PIN stored by another process (e.g. after `kiosk staff reset-pin`)', async () => {
    const pins = memoryPins();
    const auth = new StaffAuth({ pins, demoPin: null, autoLockMs: () => 60_000 });
    const other = new StaffAuth({ pins, demoPin: null, autoLockMs: () => 60_000 });
    other.setFirstPin('7777');
    expect(auth.info().pinSet).toBe(true);
    expect(await auth.unlock('7777')).toMatchObject({ status: 'unlocked' });
    pins.hash = null;
    expect(await auth.unlock('7777')).toEqual({ status: 'no-pin' });
  });
});
