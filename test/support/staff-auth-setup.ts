// A StaffAuth for tests: PINs kept in memory (counting writes, keeping lockouts as stored), a
// clock the test moves, and helpers to read an unlock's session and an ApiFailure.
import { ApiFailure } from '../../electron/contract/api.js';
import type { StaffInfo, UnlockResult } from '../../electron/contract/staff.js';
import { StaffAuth, type PinStore } from '../../electron/core/staff/staff-auth.js';

export type MemoryPins = PinStore & {
  hash: string | null;
  hrHash: string | null;
  writes: number;
  lockouts: Record<string, unknown>;
};

export function memoryPins(initial: string | null = null): MemoryPins {
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

export function setup(
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

export function sessionOf(result: UnlockResult): string {
  if (result.status !== 'unlocked') throw new Error(`expected unlocked, got ${result.status}`);
  return result.session;
}

export function failure(fn: () => unknown): ApiFailure {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected an ApiFailure');
}
