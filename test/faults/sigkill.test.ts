// SIGKILL, again and again, on one database (issue 14): the headless CLI demo screens people as
// fast as it can (1000 frames/s) and is killed outright at a seeded random moment while it
// counts, six times, restarted on the same file each time. After every kill the file is sound
// (PRAGMA integrity_check), its total never goes down (each run's committed counts survive), and
// the HR export (`kiosk export`) reads it and agrees with it. At the end the kiosk still runs to
// completion on it. (test/e2e/crash-safety.spec.ts kills the browser kiosk once and compares the
// count with the screens shown; this is the many-kills-one-file case.)
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../electron/core/records/local-date.js';
import { createRng } from '../../native-mocks/prng.js';
import { tempDir } from '../support/paths.js';
import { waitFor } from '../support/pty.js';
import { runCli } from '../support/run-cli.js';
import { startKiosk, type KillableKiosk } from './support/killable-kiosk.js';

const KILLS = 6;
/** Kills fall this long (uniform, seeded) after the run's first count is committed. */
const WITHIN_MS = 1000;

/** The committed total, or -1 while the file or its tables do not exist yet. */
function storedTotal(db: string): number {
  try {
    const reader = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return reader.prepare('SELECT coalesce(sum(count), 0) FROM counts').pluck().get() as number;
    } finally {
      reader.close();
    }
  } catch {
    return -1;
  }
}

function integrity(db: string): string {
  const reader = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return String(reader.pragma('integrity_check', { simple: true }));
  } finally {
    reader.close();
  }
}

/** `kiosk export` to stdout, around today: the total screened it reports. */
async function exportedTotal(db: string): Promise<number> {
  const today = localDate();
  const args = ['--from', addDays(today, -1), '--to', addDays(today, 1), '--out', '-'];
  const run = await runCli(['export', '--db', db, ...args]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout.split('\r\n')[0]).toBe(
    'date,kiosk,screened,passed,referred,retried,confirmed,not_confirmed,declined',
  );
  const screened = /\(screened (\d+):/.exec(run.stderr);
  expect(screened, run.stderr).not.toBeNull();
  return Number(screened![1]);
}

describe('SIGKILL at random moments on one database', () => {
  let kiosk: KillableKiosk | null = null;
  afterEach(async () => {
    await kiosk?.kill();
    kiosk = null;
  });

  it(`stays sound, never loses a committed count, and exports after each of ${KILLS} kills`, async () => {
    const db = join(tempDir('kiosk-sigkill-'), 'kiosk.sqlite');
    const rng = createRng(2026);
    let total = 0;
    for (let kill = 1; kill <= KILLS; kill++) {
      const delay = Math.round(rng() * WITHIN_MS);
      const where = `kill ${kill} (${delay} ms after the run's first count)`;
      kiosk = startKiosk([
        'demo',
        '--headless',
        '--people',
        '5000',
        '--seed',
        `${kill}`,
        '--db',
        db,
      ]);
      // Killed only once this run has counted someone, so every kill lands amid counting.
      await waitFor(() => storedTotal(db) > total, 30_000, `${where}: a first count`);
      await new Promise((r) => setTimeout(r, delay));
      // Fails if the kiosk had already ended by itself: then nothing was interrupted.
      expect(await kiosk.kill(), `${where}: ${kiosk.output()}`).toBe('SIGKILL');
      kiosk = null;

      // Fails on a torn page or WAL, or a database the next start would set aside.
      expect(integrity(db), where).toBe('ok');
      const now = storedTotal(db);
      // Never down (a kill loses no committed count); up, since this run counted before it died.
      expect(now, where).toBeGreaterThan(total);
      total = now;
      expect(await exportedTotal(db), where).toBe(total);
    }

    // Started once more on the file the last kill left: it opens it (not set aside as damaged),
    // counts five more people and exits normally.
    const last = await runCli(['demo', '--headless', '--people', '5', '--seed', '99', '--db', db]);
    expect(last.code, last.stderr).toBe(0);
    expect(JSON.parse(last.stdout.trim())).toMatchObject({ screened: 5 });
    expect(storedTotal(db)).toBe(total + 5);
    expect(integrity(db)).toBe('ok');
    // A safety net only: six starts and kills take about 20 s on 2 cores.
  }, 180_000);
});
