// Staff PIN hashing: salted scrypt, with its parameters in the stored string so they can be
// raised later without invalidating PINs already set. The PIN itself is never stored.
import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const SALT_BYTES = 16;
/** scrypt needs 128·N·r bytes; leave headroom over Node's 32 MiB default for raised parameters. */
const MAX_MEMORY = 256 * 1024 * 1024;

/** `scrypt$N$r$p$<salt base64>$<hash base64>`. */
export function hashPin(pin: string): string {
  const salt = randomBytes(SALT_BYTES);
  const hash = scryptSync(pin, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAX_MEMORY });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

interface StoredHash {
  n: number;
  r: number;
  p: number;
  salt: Buffer;
  expected: Buffer;
}

/** The stored string's parts, or null when malformed or implausible. */
function parseStored(stored: string): StoredHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  // Bounds keep a corrupted record from asking scrypt for absurd work or memory.
  const plausible =
    Number.isInteger(n) &&
    n >= 2 &&
    n <= 1 << 20 &&
    (n & (n - 1)) === 0 &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= 32 &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= 16 &&
    salt.length > 0 &&
    expected.length >= 16 &&
    expected.length <= 64;
  return plausible ? { n, r, p, salt, expected } : null;
}

/** True when `pin` matches `stored`; false for a wrong PIN or a malformed record (never throws). */
export function verifyPin(pin: string, stored: string): boolean {
  const h = parseStored(stored);
  if (!h) return false;
  try {
    const actual = scryptSync(pin, h.salt, h.expected.length, {
      N: h.n,
      r: h.r,
      p: h.p,
      maxmem: MAX_MEMORY,
    });
    return timingSafeEqual(actual, h.expected);
  } catch {
    return false;
  }
}

/**
 * `verifyPin` on libuv's thread pool: the 25–50 ms of scrypt never block the main loop (the
 * kiosk keeps screening while someone types a PIN). Never rejects.
 */
export function verifyPinAsync(pin: string, stored: string): Promise<boolean> {
  const h = parseStored(stored);
  if (!h) return Promise.resolve(false);
  return new Promise((resolve) => {
    scrypt(
      pin,
      h.salt,
      h.expected.length,
      { N: h.n, r: h.r, p: h.p, maxmem: MAX_MEMORY },
      (error, actual) => resolve(!error && timingSafeEqual(actual, h.expected)),
    );
  });
}
