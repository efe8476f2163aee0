// Starts the Electron kiosk: the real binary with the bundled main and the same options.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function electronKiosk(binary: string, argv: string[], demo: boolean): Promise<number> {
  const main = fileURLToPath(new URL('./electron-main.mjs', import.meta.url));
  const child = spawn(binary, [main, ...(demo ? ['--demo'] : []), ...argv], { stdio: 'inherit' });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}
