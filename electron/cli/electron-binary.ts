// Whether the Electron binary is installed. The npm package installs without it (it downloads on
// first use), so offline machines have the package but no binary.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; why: string };

export function findElectronBinary(): ElectronBinary {
  let dir: string;
  try {
    dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { found: false, why: 'the electron package is not installed (run npm install)' };
  }
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return existsSync(path)
      ? { found: true, path }
      : { found: false, why: `no Electron at ${path}` };
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return { found: false, why: "Electron's binary was never downloaded" };
  const path = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path)
    ? { found: true, path }
    : { found: false, why: `Electron's binary is missing at ${path}` };
}

export const ELECTRON_INSTALL_HINT = 'with internet access, run `npx install-electron` to fetch it';
