// `kiosk bundle`: a signed counts bundle for HR's roll-up from a counts database, without the kiosk
// running. The kiosk makes its signing key at first start; a database from before that gets its key
// here (the only write this command makes).
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAX_BUNDLE_DAYS } from '../../contract/bundle.js';
import { UsageError, parseStrict, valueOptions } from '../../app/parse-helpers.js';
import { defaultDatabasePath } from '../../app/paths.js';
import { bundleFromStore } from '../../core/bundle/bundle-from-store.js';
import { BundleRangeError } from '../../core/bundle/bundle-writer.js';
import { ensureIdentity, loadIdentity } from '../../core/bundle/signing-identity.js';
import { CountsStore } from '../../core/records/counts-store.js';
import { daysBetween, localDateTime } from '../../core/records/local-date.js';
import { writeWhole } from '../../core/records/write-whole.js';
import { checkedOutPath, dateOption, withStore } from '../cli-files.js';

const SPEC = valueOptions('db', 'from', 'to', 'out');

export function bundleCommand(argv: string[]): number {
  const v = parseStrict(argv, SPEC);
  const missing = (['from', 'to', 'out'] as const).filter((k) => v[k] === undefined);
  if (missing.length > 0) {
    throw new UsageError(
      `bundle needs ${missing.map((k) => `--${k}`).join(', ')}: e.g. bundle --from 2026-11-01 --to 2026-11-30 --out /media/usb/`,
    );
  }
  const from = dateOption('from', v.from!);
  const to = dateOption('to', v.to!);
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  if (daysBetween(from, to) + 1 > MAX_BUNDLE_DAYS) {
    throw new UsageError(`one bundle covers at most ${MAX_BUNDLE_DAYS} days; write several`);
  }
  const outFolder = isFolder(v.out!);
  const db = v.db ?? defaultDatabasePath();
  if (!existsSync(db))
    throw new UsageError(`no counts database at ${db}; give the kiosk's with --db PATH`);
  // Read-only unless the key must be made first.
  const needsKey = withStore(db, (store) => loadIdentity(store.settings) === null);
  const open = needsKey ? (p: string) => new CountsStore(p) : undefined;
  const now = new Date();
  const { file, fingerprint } = withStore(
    db,
    (store) => {
      const identity = ensureIdentity(store.settings);
      try {
        const clock = { createdAt: now, createdLocal: localDateTime(now) };
        return {
          file: bundleFromStore(store, { from, to }, identity, clock),
          fingerprint: identity.fingerprint,
        };
      } catch (error) {
        if (error instanceof BundleRangeError) throw new UsageError(error.message);
        throw error;
      }
    },
    open,
  );
  const target = outFolder
    ? join(resolve(v.out!), file.filename)
    : checkedOutPath(v.out!, 'out', file.filename);
  writeWhole(target, file.text);
  console.log(`wrote a signed bundle of ${file.days} days to ${target} (key ${fingerprint})`);
  return 0;
}

function isFolder(out: string): boolean {
  return existsSync(out) && statSync(out).isDirectory();
}
