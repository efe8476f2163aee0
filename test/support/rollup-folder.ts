// A folder of bundles for roll-up tests, and the key list HR would keep for it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

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
