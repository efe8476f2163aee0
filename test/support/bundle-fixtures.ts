// Bundles for tests: a kiosk identity kept in memory, and hourly counts made from a seed.
import {
  ensureIdentity,
  type SigningIdentity,
} from '../../electron/core/bundle/signing-identity.js';
import { writeBundle, type BundleContent } from '../../electron/core/bundle/bundle-writer.js';
import type { HourlyCount } from '../../electron/core/records/counts-store.js';
import { eachDate } from '../../electron/core/records/local-date.js';

export function memoryIdentity(): SigningIdentity {
  const values = new Map<string, unknown>();
  return ensureIdentity({ get: (k) => values.get(k), set: (k, v) => void values.set(k, v) });
}

/** Counts for every hour 8–17 of every day: pass = base + hour, refer and retry small. */
export function hourlyCounts(
  from: string,
  to: string,
  base: number,
  kiosk = 'Kiosk 1',
): HourlyCount[] {
  const out: HourlyCount[] = [];
  for (const date of eachDate(from, to)) {
    for (let hour = 8; hour < 18; hour++) {
      out.push({
        date,
        hour,
        kiosk,
        pass: base + hour,
        refer: hour % 3 === 0 ? 1 : 0,
        retry: hour % 4 === 0 ? 1 : 0,
      });
    }
  }
  return out;
}

export function content(
  partial: Partial<BundleContent> & Pick<BundleContent, 'from' | 'to'>,
): BundleContent {
  return {
    site: 'Head office',
    kiosk: 'Kiosk 1',
    counts: hourlyCounts(partial.from, partial.to, 10),
    checks: [],
    conditions: [],
    ...partial,
  };
}

/** A bundle written the day after `to`, at 00:30 local. */
export function bundleText(
  identity: SigningIdentity,
  c: BundleContent,
  createdLocal?: string,
): string {
  const local = createdLocal ?? `${nextDay(c.to)}T00:30`;
  return writeBundle(c, identity, { createdAt: new Date(`${local}:00Z`), createdLocal: local })
    .text;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
