// The staff console's door: the PIN (hashed, in the settings store), sessions opened by a
// correct PIN that lock themselves after a quiet spell, and the lockout against guessing.
// In the demo the PIN is fixed and known, and is never written anywhere.
import { randomBytes } from 'node:crypto';
import { ApiFailure } from '../../contract/api.js';
import { PinSchema, type StaffInfo, type UnlockResult } from '../../contract/staff.js';
import { Lockout } from './lockout.js';
import { hashPin, verifyPin } from './pin-hash.js';

/** Where the PIN's hash lives (the settings table); null when no PIN was ever set. */
export interface PinStore {
  readPinHash(): string | null;
  writePinHash(hash: string): void;
}

export interface StaffAuthOptions {
  pins: PinStore;
  /** The demo's fixed PIN, or null for a real kiosk. */
  demoPin: string | null;
  now?: () => number;
  /** Read on every check, so a changed auto-lock setting applies to open sessions at once. */
  autoLockMs: () => number;
  maxSessions?: number;
  /** Called when whether a PIN is set changes. */
  onChange?: (info: StaffInfo) => void;
}

const LOCKED_MESSAGE = 'the staff console is locked: enter the staff PIN again';

export class StaffAuth {
  private readonly sessions = new Map<string, { lastActiveMs: number }>();
  private readonly lockout = new Lockout();
  private readonly demoHash: string | null;
  private readonly now: () => number;
  private readonly maxSessions: number;

  constructor(private readonly options: StaffAuthOptions) {
    this.demoHash = options.demoPin === null ? null : hashPin(options.demoPin);
    this.now = options.now ?? Date.now;
    this.maxSessions = Math.max(1, options.maxSessions ?? 8);
  }

  info(): StaffInfo {
    return { pinSet: this.pinHash() !== null, demoPin: this.options.demoPin };
  }

  /** Sets the PIN on a kiosk that has none yet, and opens a session with it. */
  setFirstPin(pin: string): UnlockResult {
    this.refuseInDemo();
    if (this.pinHash() !== null) {
      throw new ApiFailure(
        'rejected',
        'a staff PIN is already set: unlock with it, or reset it with `kiosk staff reset-pin`',
      );
    }
    this.options.pins.writePinHash(hashPin(checkedPin(pin)));
    this.lockout.success();
    this.options.onChange?.(this.info());
    return this.open();
  }

  unlock(pin: string): UnlockResult {
    const hash = this.pinHash();
    if (hash === null) return { status: 'no-pin' };
    const now = this.now();
    const check = this.lockout.check(now);
    if (check.locked) return { status: 'locked-out', retryInSeconds: check.retryInSeconds };
    if (verifyPin(pin, hash)) {
      this.lockout.success();
      return this.open();
    }
    const failure = this.lockout.failure(now);
    return 'triesLeft' in failure
      ? { status: 'wrong-pin', triesLeft: failure.triesLeft }
      : { status: 'locked-out', retryInSeconds: failure.lockedForSeconds };
  }

  /** Throws 'unauthorized' unless the session is open and was active within the auto-lock time. */
  require(session: string): void {
    const entry = this.sessions.get(session);
    if (entry === undefined) throw new ApiFailure('unauthorized', LOCKED_MESSAGE);
    if (this.now() - entry.lastActiveMs > this.options.autoLockMs()) {
      this.sessions.delete(session);
      throw new ApiFailure('unauthorized', LOCKED_MESSAGE);
    }
  }

  /** Staff input: checks the session and restarts its auto-lock time. */
  touch(session: string): void {
    this.require(session);
    this.sessions.get(session)!.lastActiveMs = this.now();
  }

  lock(session: string): void {
    this.sessions.delete(session);
  }

  /** Sets a new PIN; every other session ends (whoever knew the old PIN must use the new one). */
  changePin(session: string, pin: string): void {
    this.touch(session);
    this.refuseInDemo();
    this.options.pins.writePinHash(hashPin(checkedPin(pin)));
    for (const other of [...this.sessions.keys()])
      if (other !== session) this.sessions.delete(other);
  }

  private pinHash(): string | null {
    return this.demoHash ?? this.options.pins.readPinHash();
  }

  private open(): UnlockResult {
    const session = randomBytes(24).toString('base64url');
    this.sessions.set(session, { lastActiveMs: this.now() });
    // Map order is insertion order: the first keys are the oldest sessions.
    for (const oldest of this.sessions.keys()) {
      if (this.sessions.size <= this.maxSessions) break;
      this.sessions.delete(oldest);
    }
    return { status: 'unlocked', session, role: 'staff' };
  }

  private refuseInDemo(): void {
    if (this.options.demoPin !== null) {
      throw new ApiFailure(
        'rejected',
        `the demo's PIN is fixed (${this.options.demoPin}) so anyone trying it can get in; run a real kiosk to set your own`,
      );
    }
  }
}

/** The contract validates PINs on receipt; checked again here because the core is callable directly. */
function checkedPin(pin: string): string {
  const parsed = PinSchema.safeParse(pin);
  if (!parsed.success) throw new ApiFailure('rejected', 'a PIN is 4 to 8 digits');
  return parsed.data;
}
