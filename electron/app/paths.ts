// Where the kiosk keeps its files and finds its built parts.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const APP_DIR = 'thermal-kiosk';

/**
 * Per-user data folder: the counts database lives here unless --db says otherwise. The demo keeps
 * its own file, so simulated people never mix with real counts (or its PIN with the real one).
 */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env, demo = false): string {
  const file = demo ? 'demo.sqlite' : 'counts.sqlite';
  if (env.KIOSK_DATA_DIR) return join(env.KIOSK_DATA_DIR, file);
  const base =
    process.platform === 'win32'
      ? (env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'));
  return join(base, APP_DIR, file);
}

/** The built renderer, next to the bundled main-side code (dist/main -> dist/renderer). */
export function rendererDir(): string {
  return fileURLToPath(new URL('../renderer/', import.meta.url));
}
