// A folder of bundles for roll-up tests, and the key list HR would keep for it.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RollupReport } from '../../electron/core/rollup/rollup-report.js';
import { runRollup, type RollupOptions } from '../../electron/core/rollup/run-rollup.js';

export interface BundleFolder {
  root: string;
  folder: string;
  keys: string;
  put(name: string, text: string | Buffer): string;
  register(...fingerprints: string[]): void;
}

export function bundleFolder(): BundleFolder {
  const root = mkdtempSync(join(tmpdir(), 'rollup-test-'));
  const folder = join(root, 'bundles');
  mkdirSync(folder);
  const keys = join(root, 'kiosks.txt');
  writeFileSync(keys, '# HR key list\n');
  return {
    root,
    folder,
    keys,
    put(name, text) {
      const path = join(folder, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    },
    register(...fingerprints) {
      writeFileSync(keys, fingerprints.map((f) => `${f}  registered kiosk\n`).join(''), {
        flag: 'a',
      });
    },
  };
}

/** The roll-up of the folder as of NOW, with the options a test changes. */
export function rollupOf(f: BundleFolder, extra: Partial<RollupOptions> = {}): RollupReport {
  return runRollup({
    folder: f.folder,
    keyList: { text: readFileSync(f.keys, 'utf8'), file: 'kiosks.txt' },
    groupBy: 'kiosk',
    periodBy: 'day',
    from: null,
    to: null,
    suppressBelow: null,
    mergeWindows: false,
    now: ROLLUP_NOW,
    ...extra,
  });
}

/** "Now" for roll-up tests: after every bundle the fixtures write. */
export const ROLLUP_NOW = new Date('2026-12-10T12:00:00Z');
