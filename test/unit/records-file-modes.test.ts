// Only the kiosk's user may read its records (audit M1): a folder the kiosk creates is 0700, the
// database and its WAL and SHM 0600, also for a file left world-readable by an older kiosk.
import { chmodSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { tempDir } from '../support/paths.js';

const mode = (path: string): number => statSync(path).mode & 0o777;

describe('records file modes', () => {
  it('creates the folder 0700 and the database, its WAL and SHM 0600, whatever the umask', () => {
    const old = process.umask(0o022);
    try {
      const folder = join(tempDir(), 'kiosk-data');
      const path = join(folder, 'counts.sqlite');
      const store = new CountsStore(path);
      store.settings.set('probe', 'x'); // a write, so that the WAL holds something
      expect(mode(folder)).toBe(0o700);
      for (const file of [path, `${path}-wal`, `${path}-shm`]) {
        expect(existsSync(file), file).toBe(true);
        expect(mode(file), file).toBe(0o600);
      }
      store.close();
    } finally {
      process.umask(old);
    }
  });

  it('makes an existing world-readable database owner-only, and leaves a shared folder alone', () => {
    const folder = tempDir();
    chmodSync(folder, 0o755);
    const path = join(folder, 'counts.sqlite');
    new CountsStore(path).close();
    chmodSync(path, 0o644);
    const store = new CountsStore(path);
    expect(mode(path)).toBe(0o600);
    expect(mode(folder)).toBe(0o755);
    store.close();
  });

  it('does not touch the mode of a file it refuses', () => {
    const path = join(tempDir(), 'notes.sqlite');
    writeFileSync(path, 'not a database at all, just text');
    chmodSync(path, 0o644);
    expect(() => new CountsStore(path)).toThrow(/not a kiosk counts database/);
    expect(mode(path)).toBe(0o644);
  });
});
