// Starts the Electron kiosk: the real binary with the bundled main and the same options.
import { fileURLToPath } from 'node:url';
import { spawnGuarded } from '../../app/child-guard.js';

export function electronKiosk(binary: string, argv: string[], demo: boolean): Promise<number> {
  const main = fileURLToPath(new URL('./electron-main.mjs', import.meta.url));
  // Electron ends with this launcher, even a killed one.
  const child = spawnGuarded(binary, [main, ...(demo ? ['--demo'] : []), ...argv], {
    stdio: ['inherit', 'inherit', 'inherit'],
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}
