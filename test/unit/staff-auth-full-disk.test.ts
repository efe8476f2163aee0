// A full disk must not lock staff out of the console that says why screening paused: the lockout
// keeps counting in memory when its state cannot be saved.
import { describe, expect, it } from 'vitest';
import { memoryPersistence } from '../../electron/core/kiosk-persistence.js';
import { StaffAuth } from '../../electron/core/staff/staff-auth.js';

describe('staff PINs on a disk that refuses writes', () => {
  it('still unlock with the right PIN, and still lock out after five wrong ones', async () => {
    const pins = memoryPersistence().pins;
    let full = false;
    const auth = new StaffAuth({
      pins: {
        ...pins,
        writeLockout: (role, state) => {
          if (full) throw new Error('database or disk is full');
          pins.writeLockout(role, state);
        },
      },
      demoPin: null,
      now: () => 1_000_000,
      autoLockMs: () => 5 * 60_000,
    });
    const first = auth.setFirstPin('482913');
    expect(first.status).toBe('unlocked');
    full = true;
    expect((await auth.unlock('482913')).status).toBe('unlocked');
    for (let i = 0; i < 4; i++) expect((await auth.unlock('000000')).status).toBe('wrong-pin');
    expect((await auth.unlock('000000')).status).toBe('locked-out');
    expect((await auth.unlock('482913')).status).toBe('locked-out');
  });
});
