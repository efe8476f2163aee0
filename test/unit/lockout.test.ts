import { describe, expect, it } from 'vitest';
import { Lockout } from '../../electron/core/staff/lockout.js';

function failTimes(lockout: Lockout, times: number, nowMs: number) {
  let last = lockout.failure(nowMs);
  for (let i = 1; i < times; i++) last = lockout.failure(nowMs);
  return last;
}

describe('PIN lockout', () => {
  it('counts wrong tries down and locks out for 30 s at the fifth', () => {
    const lockout = new Lockout();
    expect(lockout.check(0)).toEqual({ locked: false });
    expect([1, 2, 3, 4].map(() => lockout.failure(0))).toEqual([
      { triesLeft: 4 },
      { triesLeft: 3 },
      { triesLeft: 2 },
      { triesLeft: 1 },
    ]);
    expect(lockout.failure(1_000)).toEqual({ lockedForSeconds: 30 });
    expect(lockout.check(1_000)).toEqual({ locked: true, retryInSeconds: 30 });
    expect(lockout.check(21_500)).toEqual({ locked: true, retryInSeconds: 10 });
    expect(lockout.check(31_000)).toEqual({ locked: false });
  });

  it('ignores tries while locked out', () => {
    const lockout = new Lockout();
    failTimes(lockout, 5, 0);
    expect(lockout.failure(10_000)).toEqual({ lockedForSeconds: 20 });
    // Still the first lockout's end, and the count toward the next starts from zero afterwards.
    expect(lockout.check(30_000)).toEqual({ locked: false });
    expect(lockout.failure(30_000)).toEqual({ triesLeft: 4 });
  });

  it('doubles each further lockout up to 15 minutes', () => {
    const lockout = new Lockout();
    let now = 0;
    const delays: number[] = [];
    for (let k = 0; k < 8; k++) {
      const result = failTimes(lockout, 5, now);
      expect(result).toHaveProperty('lockedForSeconds');
      const seconds = (result as { lockedForSeconds: number }).lockedForSeconds;
      delays.push(seconds);
      now += seconds * 1000;
      expect(lockout.check(now - 1)).toEqual({ locked: true, retryInSeconds: 1 });
      expect(lockout.check(now)).toEqual({ locked: false });
    }
    expect(delays).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
  });

  it('forgives everything after a correct PIN', () => {
    const lockout = new Lockout();
    failTimes(lockout, 5, 0);
    failTimes(lockout, 3, 30_000);
    lockout.success();
    expect(lockout.check(30_000)).toEqual({ locked: false });
    expect(failTimes(lockout, 4, 30_000)).toEqual({ triesLeft: 1 });
    expect(lockout.failure(30_000)).toEqual({ lockedForSeconds: 30 });
  });

  it('is not stretched by a clock set backwards', () => {
    const lockout = new Lockout();
    failTimes(lockout, 5, 1_000_000);
    expect(lockout.check(0)).toEqual({ locked: true, retryInSeconds: 30 });
  });
});
