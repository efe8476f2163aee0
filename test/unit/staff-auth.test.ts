import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../electron/contract/api.js';
import type { StaffInfo, UnlockResult } from '../../electron/contract/staff.js';
import { StaffAuth, type PinStore } from '../../electron/core/staff/staff-auth.js';

function memoryPins(initial: string | null = null): PinStore & {
  hash: string | null;
  hrHash: string | null;
  writes: number;
  lockouts: Record<string, unknown>;
} {
  return {
    hash: initial,
    hrHash: null,
    writes: 0,
    readPinHash() {
      return this.hash;
    },
    writePinHash(hash) {
      this.hash = hash;
      this.writes++;
    },
    readHrPinHash() {
      return this.hrHash;
    },
    writeHrPinHash(hash) {
      this.hrHash = hash;
      this.writes++;
    },
    lockouts: {} as Record<string, unknown>,
    readLockout(role) {
      return this.lockouts[role] ?? null;
    },
    writeLockout(role, state) {
      this.lockouts[role] = structuredClone(state);
    },
  };
}

function setup(
  options: { demoPin?: string | null; autoLockMs?: number; maxSessions?: number } = {},
) {
  const clock = { ms: 1_000_000 };
  const pins = memoryPins();
  const changes: StaffInfo[] = [];
  const auth = new StaffAuth({
    pins,
    demoPin: options.demoPin ?? null,
    now: () => clock.ms,
    autoLockMs: () => options.autoLockMs ?? 5 * 60_000,
    maxSessions: options.maxSessions,
    onChange: (info) => changes.push(info),
  });
  return { auth, pins, clock, changes };
}

function sessionOf(result: UnlockResult): string {
  if (result.status !== 'unlocked') throw new Error(`expected unlocked, got ${result.status}`);
  return result.session;
}

function failure(fn: () => unknown): ApiFailure {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected an ApiFailure');
}

describe('staff PIN and sessions', () => {
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
    // A restart between the fourth and fifth guess forgives nothing ...
    const restarted = new StaffAuth({
      pins,
      demoPin: null,
      now: () => clock.ms,
      autoLockMs: () => 60_000,
    });
    expect(await restarted.unlock('1112')).toEqual({ status: 'locked-out', retryInSeconds: 30 });
    // ... nor one during the lockout.
    clock.ms += 10_000;
    const again = new StaffAuth({
      pins,
      demoPin: null,
      now: () => clock.ms,
      autoLockMs: () => 60_000,
    });
    expect(await again.unlock('4829')).toEqual({ status: 'locked-out', retryInSeconds: 20 });
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
