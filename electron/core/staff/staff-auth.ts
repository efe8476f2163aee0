// The staff console's door: the staff PIN and the HR PIN (hashed, in the settings store), sessions
// opened by a correct PIN that lock themselves after a quiet spell, and a lockout against guessing
// per PIN: a wrong PIN counts against every PIN it was checked against, and only a correct PIN
// clears its own count (so HR unlocks between guesses cannot reset the staff PIN's lockout). A
// PIN whose lockout runs is not checked at all. An HR session may only read and export the counts.
// In the demo both PINs are fixed and known, and are never written anywhere. Wrong PINs, lockouts
// and unlocks are reported for the audit trail by role and count, never by the digits typed.
import { randomBytes } from 'node:crypto';
import { ApiFailure } from '../../contract/api.js';
import type { DeviceEventKind } from '../../contract/device-events.js';
import {
  PinSchema,
  type StaffInfo,
  type StaffRole,
  type UnlockResult,
} from '../../contract/staff.js';
import {
  Lockout,
  TRIES_BEFORE_LOCKOUT,
  type LockoutFailure,
  type LockoutState,
} from './lockout.js';
import { hashPin, verifyPin, verifyPinAsync } from './pin-hash.js';

/** Where the PINs' hashes live (the settings table); null when that PIN was never set. */
export interface PinStore {
  readPinHash(): string | null;
  writePinHash(hash: string): void;
  readHrPinHash(): string | null;
  /** null forgets the HR PIN. */
  writeHrPinHash(hash: string | null): void;
  /** Each PIN's lockout (counts and times), so that a restart forgives nothing. */
  readLockout(role: StaffRole): unknown;
  writeLockout(role: StaffRole, state: LockoutState): void;
}

/** What the console's door reports for the audit trail. */
export type StaffAuditKind = Extract<
  DeviceEventKind,
  'pin-failed' | 'pin-locked-out' | 'console-unlocked'
>;

export interface StaffAuthOptions {
  pins: PinStore;
  /** The demo's fixed PIN, or null for a real kiosk. */
  demoPin: string | null;
  /** The demo's fixed HR PIN (export only), or null. */
  demoHrPin?: string | null;
  now?: () => number;
  /** Read on every check, so a changed auto-lock setting applies to open sessions at once. */
  autoLockMs: () => number;
  maxSessions?: number;
  /** Called when whether a PIN is set changes. */
  onChange?: (info: StaffInfo) => void;
  /** Called on each wrong PIN, each lockout and each unlock; the detail names roles and counts. */
  onAudit?: (kind: StaffAuditKind, detail: string) => void;
}

const LOCKED_MESSAGE = 'the staff console is locked: enter the staff PIN again';

export class StaffAuth {
  private readonly sessions = new Map<string, { lastActiveMs: number; role: StaffRole }>();
  private readonly lockouts: Record<StaffRole, Lockout>;
  /** The PIN attempt in progress: the next waits for it. */
  private unlocking: Promise<unknown> = Promise.resolve();
  private readonly demoHash: string | null;
  private readonly demoHrHash: string | null;
  private readonly now: () => number;
  private readonly maxSessions: number;

  constructor(private readonly options: StaffAuthOptions) {
    this.demoHash = options.demoPin === null ? null : hashPin(options.demoPin);
    const demoHr = options.demoHrPin ?? null;
    this.demoHrHash = demoHr === null ? null : hashPin(demoHr);
    this.now = options.now ?? Date.now;
    this.maxSessions = Math.max(1, options.maxSessions ?? 8);
    this.lockouts = {
      staff: new Lockout(options.pins.readLockout('staff')),
      hr: new Lockout(options.pins.readLockout('hr')),
    };
  }

  private saveLockout(role: StaffRole): void {
    try {
      this.options.pins.writeLockout(role, this.lockouts[role].state());
    } catch {
      // A full or read-only disk must not lock staff out of the console that says why: the count
      // still holds in memory; only a restart during the outage would forget what was not saved.
    }
  }

  info(): StaffInfo {
    return {
      pinSet: this.pinHash() !== null,
      demoPin: this.options.demoPin,
      demoHrPin: this.options.demoHrPin ?? null,
    };
  }

  get hrPinSet(): boolean {
    return this.hrPinHash() !== null;
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
    this.lockouts.staff.success();
    this.saveLockout('staff');
    this.options.onChange?.(this.info());
    this.audit('console-unlocked', 'staff (first PIN set)');
    return this.open('staff');
  }

  /**
   * Checks a PIN off the main loop. Attempts run one at a time, in order: parallel guesses cannot
   * all pass the lockout check before the first of them is counted.
   */
  unlock(pin: string): Promise<UnlockResult> {
    const attempt = this.unlocking.then(() => this.unlockNow(pin));
    this.unlocking = attempt.catch(() => undefined);
    return attempt;
  }

  private async unlockNow(pin: string): Promise<UnlockResult> {
    const hash = this.pinHash();
    if (hash === null) return { status: 'no-pin' };
    const hrHash = this.hrPinHash();
    const doors: { role: StaffRole; hash: string }[] = [{ role: 'staff', hash }];
    if (hrHash !== null) doors.push({ role: 'hr', hash: hrHash });
    const open = doors.filter((d) => !this.lockouts[d.role].check(this.now()).locked);
    let match: { role: StaffRole } | undefined;
    for (const d of open) {
      if (await verifyPinAsync(pin, d.hash)) {
        match = d;
        break;
      }
    }
    const now = this.now();
    if (match) {
      this.lockouts[match.role].success();
      this.saveLockout(match.role);
      this.audit('console-unlocked', match.role);
      return this.open(match.role);
    }
    const failures = open.map((d) => {
      const failure = this.lockouts[d.role].failure(now);
      this.saveLockout(d.role);
      return { role: d.role, failure };
    });
    this.auditFailures(failures);
    // What the keypad shows is the staff PIN's door: HR has its own count behind it.
    const staff = this.lockouts.staff;
    const locked = staff.check(now);
    if (locked.locked) return { status: 'locked-out', retryInSeconds: locked.retryInSeconds };
    return { status: 'wrong-pin', triesLeft: staff.triesLeft };
  }

  /** Throws 'unauthorized' unless the session is open, was active within the auto-lock time
   * and has one of the roles (staff only, by default). */
  require(session: string, roles: readonly StaffRole[] = ['staff']): void {
    const entry = this.sessions.get(session);
    if (entry === undefined) throw new ApiFailure('unauthorized', LOCKED_MESSAGE);
    if (this.now() - entry.lastActiveMs > this.options.autoLockMs()) {
      this.sessions.delete(session);
      throw new ApiFailure('unauthorized', LOCKED_MESSAGE);
    }
    if (!roles.includes(entry.role)) {
      throw new ApiFailure(
        'unauthorized',
        'the HR PIN opens the export only: unlock with the staff PIN',
      );
    }
  }

  /** Whether the session is open and within its auto-lock time (an expired one is closed). */
  isOpen(session: string): boolean {
    try {
      this.require(session, ['staff', 'hr']);
      return true;
    } catch {
      return false;
    }
  }

  /** Staff input: checks the session and restarts its auto-lock time. */
  touch(session: string, roles: readonly StaffRole[] = ['staff']): void {
    this.require(session, roles);
    this.sessions.get(session)!.lastActiveMs = this.now();
  }

  lock(session: string): void {
    this.sessions.delete(session);
  }

  /** Sets a new PIN; every other session ends (whoever knew the old PIN must use the new one). */
  changePin(session: string, pin: string): void {
    this.touch(session);
    this.refuseInDemo();
    const hrHash = this.hrPinHash();
    if (hrHash !== null && verifyPin(checkedPin(pin), hrHash)) {
      throw new ApiFailure('rejected', 'the staff PIN must differ from the HR PIN');
    }
    this.options.pins.writePinHash(hashPin(checkedPin(pin)));
    for (const other of [...this.sessions.keys()])
      if (other !== session) this.sessions.delete(other);
  }

  /** Sets or (null) removes the HR PIN; open HR sessions end. It must differ from the staff PIN. */
  setHrPin(session: string, pin: string | null): void {
    this.touch(session);
    this.refuseInDemo();
    if (pin !== null) {
      const staffHash = this.pinHash();
      if (staffHash !== null && verifyPin(checkedPin(pin), staffHash)) {
        throw new ApiFailure('rejected', 'the HR PIN must differ from the staff PIN');
      }
    }
    this.options.pins.writeHrPinHash(pin === null ? null : hashPin(checkedPin(pin)));
    for (const [other, entry] of [...this.sessions]) {
      if (entry.role === 'hr') this.sessions.delete(other);
    }
  }

  /** One wrong PIN: where each count it grew stands, then any lockout it started. */
  private auditFailures(failures: readonly { role: StaffRole; failure: LockoutFailure }[]): void {
    if (failures.length === 0) return;
    const tries = failures.map(({ role, failure }) => {
      // A lockout resets the count: the try that started it was the last allowed.
      const count =
        'triesLeft' in failure ? TRIES_BEFORE_LOCKOUT - failure.triesLeft : TRIES_BEFORE_LOCKOUT;
      return `${role} ${count} of ${TRIES_BEFORE_LOCKOUT} tries`;
    });
    this.audit('pin-failed', tries.join(', '));
    for (const { role, failure } of failures) {
      if ('lockedForSeconds' in failure) {
        this.audit(
          'pin-locked-out',
          `${role} locked out for ${failure.lockedForSeconds} s after ${TRIES_BEFORE_LOCKOUT} wrong PINs`,
        );
      }
    }
  }

  /** The audit trail is a record, never a gate: a failing listener must not change the answer. */
  private audit(kind: StaffAuditKind, detail: string): void {
    try {
      this.options.onAudit?.(kind, detail);
    } catch {
      // The listener (the kiosk's persistence) logs its own failures.
    }
  }

  private pinHash(): string | null {
    return this.demoHash ?? this.options.pins.readPinHash();
  }

  private hrPinHash(): string | null {
    return this.demoHash !== null ? this.demoHrHash : this.options.pins.readHrPinHash();
  }

  private open(role: StaffRole): UnlockResult {
    const session = randomBytes(24).toString('base64url');
    this.sessions.set(session, { lastActiveMs: this.now(), role });
    // Map order is insertion order: the first keys are the oldest sessions.
    for (const oldest of this.sessions.keys()) {
      if (this.sessions.size <= this.maxSessions) break;
      this.sessions.delete(oldest);
    }
    return { status: 'unlocked', session, role };
  }

  private refuseInDemo(): void {
    if (this.options.demoPin !== null) {
      throw new ApiFailure(
        'rejected',
        `the demo's PINs are fixed (staff ${this.options.demoPin}, HR ${this.options.demoHrPin ?? 'none'}) so anyone trying it can get in; run a real kiosk to set your own`,
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
