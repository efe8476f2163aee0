import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'dist', 'main', 'kiosk.mjs');
export const WORKER = join(ROOT, 'dist', 'main', 'estimation-worker.mjs');
export const RENDERER = join(ROOT, 'dist', 'renderer');

export function tempDir(prefix = 'kiosk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
