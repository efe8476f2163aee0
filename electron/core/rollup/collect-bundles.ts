// Reads a folder of bundles (and its subfolders: HR may keep one per site): every file is either
// verified and merged into its kiosk, or listed as left out with its reason. Then kiosks that
// share one site and name under different keys are left out together: their counts cannot be
// told apart, and merging them would count one entrance twice.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUNDLE_EXTENSION } from '../../contract/bundle.js';
import { KeyRing, readBundle } from '../bundle/bundle-reader.js';
import { KioskDays } from './kiosk-days.js';
import type { Conflict, LeftOut } from './rollup-report.js';

export interface Collected {
  kiosks: KioskDays[];
  leftOut: LeftOut[];
  conflicts: Conflict[];
  bundlesUsed: number;
}

/** Files under the folder, relative to it, in a stable order (so "first read" is reproducible). */
export function filesUnder(folder: string): string[] {
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => relative(folder, join(e.parentPath, e.name)))
    .sort();
}

export function collectBundles(
  folder: string,
  registered: ReadonlySet<string>,
  now: Date,
): Collected {
  const ring = new KeyRing(registered);
  const byKey = new Map<string, KioskDays>();
  const leftOut: LeftOut[] = [];
  const conflicts: Conflict[] = [];
  for (const file of filesUnder(folder)) {
    if (!file.endsWith(BUNDLE_EXTENSION)) {
      leftOut.push({
        file,
        reason: `not a counts bundle (bundles end in ${BUNDLE_EXTENSION}); move other files out of the folder`,
      });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(folder, file));
    } catch (error) {
      leftOut.push({
        file,
        reason: `could not be read (${(error as Error).message}); check the copy`,
      });
      continue;
    }
    const check = readBundle(bytes, ring, now);
    if (!check.ok) {
      leftOut.push({ file, reason: check.reason });
      continue;
    }
    const { bundle } = check;
    let kiosk = byKey.get(bundle.fingerprint);
    if (!kiosk) {
      kiosk = new KioskDays(bundle.fingerprint, bundle.header);
      byKey.set(bundle.fingerprint, kiosk);
    }
    conflicts.push(...kiosk.add(bundle, file));
  }
  const kiosks = withoutNameClashes([...byKey.values()], leftOut);
  const bundlesUsed = kiosks.reduce((n, k) => n + k.files.length, 0);
  return { kiosks, leftOut, conflicts, bundlesUsed };
}

function withoutNameClashes(kiosks: KioskDays[], leftOut: LeftOut[]): KioskDays[] {
  const byName = new Map<string, KioskDays[]>();
  for (const k of kiosks) {
    const name = `${k.newest.site}\u0000${k.newest.kiosk}`;
    byName.set(name, [...(byName.get(name) ?? []), k]);
  }
  const kept: KioskDays[] = [];
  for (const group of byName.values()) {
    if (group.length === 1) {
      kept.push(group[0]!);
      continue;
    }
    const { site, kiosk } = group[0]!.newest;
    const keys = group.map((k) => k.fingerprint).join(', ');
    for (const k of group) {
      for (const file of k.files) {
        leftOut.push({
          file,
          reason: `two kiosks with one name: ${group.length} keys (${keys}) all call themselves "${kiosk}" at site "${site}"; rename all but one in its console (Settings), export again, and run the roll-up again`,
        });
      }
    }
  }
  return kept;
}
