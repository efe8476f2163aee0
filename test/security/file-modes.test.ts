// The records (PIN hashes, lockouts, counts) readable by the kiosk's user only, checked on a real
// kiosk process (`kiosk start --db`) run under umask 000: the modes must come from the kiosk,
// not from a careful umask. SQLite alone would create the file 0644 (0666 & ~umask).
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/paths.js';
import { openClient, unlock } from './support/api-client.js';
import { startCliKiosk, stopAllKiosks } from '../support/cli-kiosk.js';

const PIN = '602417';
const mode = (path: string): number => statSync(path).mode & 0o777;
const octal = (m: number): string => m.toString(8).padStart(4, '0');
const dbFiles = (db: string): string[] => [db, `${db}-wal`, `${db}-shm`];

afterEach(stopAllKiosks);

describe('records file modes (real kiosk, umask 000)', () => {
  it('a new database in a new folder: folder 0700, database, WAL and SHM 0600', async () => {
    const folder = join(tempDir('kiosk-security-'), 'kiosk-data');
    const db = join(folder, 'counts.sqlite');
    const kiosk = await startCliKiosk('start', ['--db', db], { umask: 0o000 });
    // The premise: the kiosk really runs under umask 000 (else a friendly umask could pass this).
    expect(readFileSync(`/proc/${kiosk.process.pid}/status`, 'utf8')).toMatch(/^Umask:\s+0000$/m);
    // A write (the PIN's hash), so the WAL holds a record while the kiosk runs.
    const client = await openClient(kiosk.wsUrl);
    expect(await client.call('staffSetPin', { pin: PIN })).toMatchObject({ ok: true });

    expect(octal(mode(folder))).toBe('0700');
    for (const file of dbFiles(db)) {
      expect(existsSync(file), `${file} exists while the kiosk runs`).toBe(true);
      expect(octal(mode(file)), file).toBe('0600');
    }
    // What a clean stop leaves behind is owner-only too.
    await kiosk.stop();
    for (const file of dbFiles(db).filter((f) => existsSync(f))) {
      expect(octal(mode(file)), file).toBe('0600');
    }
  });

  it('an existing world-readable database is made owner-only (not just warned about), and kept', async () => {
    // A folder that was already there may be shared (like /tmp): the kiosk leaves its mode alone
    // and protects its own files instead.
    const folder = join(tempDir('kiosk-security-'), 'shared');
    mkdirSync(folder);
    chmodSync(folder, 0o755);
    const db = join(folder, 'counts.sqlite');
    const first = await startCliKiosk('start', ['--db', db], { umask: 0o000 });
    const c1 = await openClient(first.wsUrl);
    expect(await c1.call('staffSetPin', { pin: PIN })).toMatchObject({ ok: true });
    await first.stop();
    // As an older kiosk, or a copy made with `cp`, would have left it.
    for (const file of dbFiles(db).filter((f) => existsSync(f))) chmodSync(file, 0o644);

    const second = await startCliKiosk('start', ['--db', db], { umask: 0o000 });
    const c2 = await openClient(second.wsUrl);
    // The same records, not a fresh file in their place: the PIN set before still opens.
    await unlock(c2, PIN);
    for (const file of dbFiles(db)) {
      expect(existsSync(file), `${file} exists while the kiosk runs`).toBe(true);
      expect(octal(mode(file)), file).toBe('0600');
    }
    expect(octal(mode(folder))).toBe('0755');
  });
});
