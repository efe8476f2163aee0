// One-time boot codes (audit M2). The kiosk's own browser is started with a boot code in its URL,
// not the session token: a command line is visible to every local user (`ps`), so what it carries
// must be worthless soon after. A code opens the session once, and only within a minute of being
// issued; the page trades it for the token over the loopback connection (POST /bootstrap).
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a code stays valid: ample for a browser to start and load the page. */
export const BOOT_CODE_TTL_MS = 60_000;
/** A spent or expired code is remembered this long, to be refused as such rather than unknown. */
const REMEMBER_MS = 10 * 60_000;
/** Codes alive at once; the kiosk issues one per browser launch, so this is never reached. */
const MAX_LIVE_CODES = 64;

/** What became of a code presented for redemption. */
export type Redemption = 'ok' | 'unknown' | 'used' | 'expired';

export interface BootCodes {
  /** A fresh code (128 random bits, URL-safe), valid once for the next BOOT_CODE_TTL_MS. */
  issue(): string;
  /** Spends the code if it is valid; says why not otherwise. Only 'ok' may open the session. */
  redeem(code: string): Redemption;
}

export interface BootCodeOptions {
  ttlMs?: number;
  /** Injected by tests. */
  now?: () => number;
  maxLive?: number;
}

interface Entry {
  code: Buffer;
  expiresAt: number;
  used: boolean;
}

export function createBootCodes(options: BootCodeOptions = {}): BootCodes {
  const ttl = options.ttlMs ?? BOOT_CODE_TTL_MS;
  const now = options.now ?? Date.now;
  const maxLive = options.maxLive ?? MAX_LIVE_CODES;
  let entries: Entry[] = [];

  // A spent or expired code is remembered for a while, so that presenting it again gets "used" or
  // "expired" (a clear answer) rather than "unknown"; then it is forgotten.
  const prune = (): void => {
    const t = now();
    entries = entries.filter((e) => t < e.expiresAt + REMEMBER_MS);
  };

  return {
    issue() {
      prune();
      const code = randomBytes(16).toString('base64url');
      entries.push({ code: Buffer.from(code), expiresAt: now() + ttl, used: false });
      // The oldest go first when there are too many.
      if (entries.length > maxLive) entries = entries.slice(entries.length - maxLive);
      return code;
    },
    redeem(code) {
      prune();
      if (typeof code !== 'string') return 'unknown';
      const given = Buffer.from(code);
      // Compared in constant time against every entry, as the session token is.
      let found: Entry | undefined;
      for (const entry of entries) {
        if (entry.code.length === given.length && timingSafeEqual(entry.code, given)) found = entry;
      }
      if (!found) return 'unknown';
      if (found.used) return 'used';
      if (now() >= found.expiresAt) return 'expired';
      found.used = true;
      return 'ok';
    },
  };
}
