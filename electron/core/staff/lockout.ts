// Slows PIN guessing: after 5 wrong tries the keypad refuses PINs for a while, 30 s the first
// time and twice as long each further time (up to 15 min), so a 4-digit PIN cannot be walked
// through by a passer-by. A correct PIN forgives everything. Time is passed in, never read. One
// per PIN (staff, HR), stored with the PINs so that a restart forgives nothing.

export const TRIES_BEFORE_LOCKOUT = 5;
const FIRST_LOCKOUT_MS = 30_000;
const MAX_LOCKOUT_MS = 15 * 60_000;

export type LockoutCheck = { locked: false } | { locked: true; retryInSeconds: number };
export type LockoutFailure = { triesLeft: number } | { lockedForSeconds: number };

/** What a lockout remembers across restarts (no PIN, no person: counts and times). */
export interface LockoutState {
  wrongTries: number;
  lockouts: number;
  lockedAtMs: number;
  lockedForMs: number;
}

export class Lockout {
  private wrongTries = 0;
  private lockouts = 0;
  private lockedAtMs = 0;
  private lockedForMs = 0;

  /** From a stored state; anything unreadable starts afresh. */
  constructor(stored: unknown = null) {
    if (typeof stored !== 'object' || stored === null) return;
    const s = stored as Record<string, unknown>;
    const count = (v: unknown) => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : 0);
    this.wrongTries = Math.min(count(s.wrongTries), TRIES_BEFORE_LOCKOUT - 1);
    this.lockouts = Math.min(count(s.lockouts), 64);
    this.lockedAtMs =
      typeof s.lockedAtMs === 'number' && Number.isFinite(s.lockedAtMs) ? s.lockedAtMs : 0;
    this.lockedForMs = Math.min(count(s.lockedForMs), MAX_LOCKOUT_MS);
  }

  state(): LockoutState {
    return {
      wrongTries: this.wrongTries,
      lockouts: this.lockouts,
      lockedAtMs: this.lockedAtMs,
      lockedForMs: this.lockedForMs,
    };
  }

  check(nowMs: number): LockoutCheck {
    const remaining = this.remainingMs(nowMs);
    return remaining > 0
      ? { locked: true, retryInSeconds: Math.max(1, Math.ceil(remaining / 1000)) }
      : { locked: false };
  }

  /** A wrong PIN. While locked out it changes nothing (the PIN should not have been tried). */
  failure(nowMs: number): LockoutFailure {
    const remaining = this.remainingMs(nowMs);
    if (remaining > 0) return { lockedForSeconds: Math.max(1, Math.ceil(remaining / 1000)) };
    this.wrongTries++;
    if (this.wrongTries < TRIES_BEFORE_LOCKOUT) {
      return { triesLeft: TRIES_BEFORE_LOCKOUT - this.wrongTries };
    }
    this.wrongTries = 0;
    this.lockedForMs = Math.min(FIRST_LOCKOUT_MS * 2 ** this.lockouts, MAX_LOCKOUT_MS);
    this.lockouts++;
    this.lockedAtMs = nowMs;
    return { lockedForSeconds: this.lockedForMs / 1000 };
  }

  /** Wrong tries left before the next lockout. */
  get triesLeft(): number {
    return TRIES_BEFORE_LOCKOUT - this.wrongTries;
  }

  success(): void {
    this.wrongTries = 0;
    this.lockouts = 0;
    this.lockedForMs = 0;
  }

  private remainingMs(nowMs: number): number {
    if (this.lockedForMs === 0) return 0;
    // Capped at the lockout's length, so a clock set backwards cannot stretch it.
    return Math.min(this.lockedAtMs + this.lockedForMs - nowMs, this.lockedForMs);
  }
}
