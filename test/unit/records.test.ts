import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { migrate, SCHEMA_VERSION } from '../../electron/core/records/migrations.js';
import { RecordsFileError } from '../../electron/core/records/records-file-error.js';
import { tempDir } from '../support/paths.js';

const at = (date: string, hour = 9) => ({ date, hour });

function columns(db: Database.Database, table: string): unknown[] {
  return db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table);
}

/** A kiosk database with some counts, then damaged in the middle (header intact). */
function damagedDatabase(): string {
  const path = join(tempDir(), 'counts.sqlite');
  const store = new CountsStore(path);
  for (let d = 1; d <= 28; d++) {
    for (let h = 0; h < 24; h++)
      store.increment(at(`2026-02-${String(d).padStart(2, '0')}`, h), 'Kiosk 1', 'pass');
  }
  store.close();
  const bytes = readFileSync(path);
  expect(bytes.length).toBeGreaterThan(3 * 4096);
  bytes.fill(0x5a, 4096 + 100, 4096 * 3);
  writeFileSync(path, bytes);
  return path;
}

describe('counts store', () => {
  it('creates the schema by migration, in WAL mode, with no per-person column', () => {
    const path = join(tempDir(), 'counts.sqlite');
    new CountsStore(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual([
      'calibrations',
      'conditions',
      'counts',
      'events',
      'paused_minutes',
      'second_checks',
      'settings',
      'site_calibrations',
    ]);
    expect(columns(db, 'counts')).toEqual(['day', 'hour', 'kiosk', 'outcome', 'count']);
    // Second checks: counts per hour like the screening counts, never tied to a verdict.
    expect(columns(db, 'second_checks')).toEqual(['day', 'hour', 'kiosk', 'outcome', 'count']);
    // The conditions record: one row per day and kiosk (and pause reason); the room's range, no
    // person's temperature.
    expect(columns(db, 'conditions')).toEqual([
      'day',
      'kiosk',
      'ready_minutes',
      'room_min_c',
      'room_max_c',
      'reference_stable_minutes',
      'reference_unstable_minutes',
      'calibration_age_days',
    ]);
    expect(columns(db, 'paused_minutes')).toEqual(['day', 'kiosk', 'reason', 'minutes']);
    // Site calibrations keep the fit only (its JSON), never a volunteer's value.
    expect(columns(db, 'site_calibrations')).toEqual(['id', 'at', 'sensor', 'record']);
    expect(columns(db, 'events')).toEqual(['id', 'at', 'day', 'kind', 'detail']);
    expect(columns(db, 'settings')).toEqual(['key', 'value']);
    db.close();
  });

  it('counts per local day, hour, kiosk and outcome; the daily view adds them up', () => {
    const store = new CountsStore(join(tempDir(), 'counts.sqlite'));
    store.increment(at('2026-11-22', 8), 'North', 'pass');
    store.increment(at('2026-11-23', 8), 'North', 'pass');
    store.increment(at('2026-11-23', 8), 'North', 'pass');
    store.increment(at('2026-11-23', 17), 'North', 'refer');
    store.increment(at('2026-11-23', 17), 'South', 'retry');
    expect(store.counts({ from: '2026-11-01', to: '2026-11-30' })).toEqual([
      { date: '2026-11-22', screened: 1, pass: 1, refer: 0, retry: 0 },
      { date: '2026-11-23', screened: 4, pass: 2, refer: 1, retry: 1 },
    ]);
    expect(store.hourly({ from: '2026-11-23', to: '2026-11-23' })).toEqual([
      { date: '2026-11-23', hour: 8, kiosk: 'North', pass: 2, refer: 0, retry: 0 },
      { date: '2026-11-23', hour: 17, kiosk: 'North', pass: 0, refer: 1, retry: 0 },
      { date: '2026-11-23', hour: 17, kiosk: 'South', pass: 0, refer: 0, retry: 1 },
    ]);
    store.close();
  });

  it('keeps counts across reopening (appends, never resets)', () => {
    const path = join(tempDir(), 'counts.sqlite');
    const first = new CountsStore(path);
    first.increment(at('2026-11-23'), 'Kiosk 1', 'retry');
    first.close();
    const second = new CountsStore(path);
    second.increment(at('2026-11-23'), 'Kiosk 1', 'retry');
    expect(second.day('2026-11-23')).toEqual({
      date: '2026-11-23',
      screened: 2,
      pass: 0,
      refer: 0,
      retry: 2,
    });
    second.close();
  });

  it('migrates an older database in one step, keeping every daily total', () => {
    const path = join(tempDir(), 'v2.sqlite');
    const old = new Database(path);
    migrate(old, path, 2);
    old
      .prepare(
        "INSERT INTO daily_counts VALUES ('2026-10-01', 'pass', 7), ('2026-10-01', 'refer', 2)",
      )
      .run();
    old.prepare("INSERT INTO settings VALUES ('staff.pinHash', '\"x\"')").run();
    old.close();
    const store = new CountsStore(path);
    expect(store.day('2026-10-01')).toEqual({
      date: '2026-10-01',
      screened: 9,
      pass: 7,
      refer: 2,
      retry: 0,
    });
    expect(store.settings.get('staff.pinHash')).toBe('x');
    store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'daily_counts'").pluck().get(),
    ).toBe(0);
    db.close();
  });

  it('rolls back every pending migration when one fails', () => {
    const path = join(tempDir(), 'v2.sqlite');
    const old = new Database(path);
    migrate(old, path, 2);
    // A table in the way of migration 4: that migration fails, so 3 must not stay applied.
    old.exec('CREATE TABLE events (x)');
    expect(() => migrate(old, path)).toThrow(/events already exists/);
    expect(old.pragma('user_version', { simple: true })).toBe(2);
    expect(
      old.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'counts'").pluck().get(),
    ).toBe(0);
    old.close();
  });

  it('refuses a database from a newer kiosk with a clear message and leaves it untouched', () => {
    const path = join(tempDir(), 'future.sqlite');
    const db = new Database(path);
    db.exec('CREATE TABLE counts (x)');
    db.pragma(`user_version = ${SCHEMA_VERSION + 3}`);
    db.close();
    const before = readFileSync(path);
    expect(() => new CountsStore(path)).toThrow(
      `written by a newer kiosk (schema ${SCHEMA_VERSION + 3}; this version knows up to ${SCHEMA_VERSION})`,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database, or another program’s database, untouched', () => {
    const notes = join(tempDir(), 'notes.sqlite');
    writeFileSync(notes, 'these are my notes, not a database '.repeat(100));
    expect(() => new CountsStore(notes)).toThrow(
      /notes\.sqlite is not a kiosk counts database.*--db PATH/,
    );
    expect(readFileSync(notes, 'utf8')).toMatch(/^these are my notes/);

    const other = join(tempDir(), 'crm.sqlite');
    const db = new Database(other);
    db.exec("CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('Ada')");
    db.close();
    const before = readFileSync(other);
    expect(() => new CountsStore(other)).toThrow(RecordsFileError);
    expect(() => new CountsStore(other)).toThrow(/another program/);
    expect(readFileSync(other).equals(before)).toBe(true);
  });

  it('sets a damaged database aside under a timestamped name and starts a fresh one', () => {
    const path = damagedDatabase();
    const damagedBytes = readFileSync(path);
    const store = new CountsStore(path, { now: () => new Date('2026-11-24T10:15:30.123Z') });
    expect(store.setAside).toMatch(/counts\.damaged-20261124T101530Z\.sqlite$/);
    expect(store.integrity()).toBe('ok');
    expect(store.counts({ from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
    store.close();
    // Kept byte for byte, never overwritten.
    expect(readFileSync(store.setAside!).equals(damagedBytes)).toBe(true);
    expect(readdirSync(join(path, '..')).filter((f) => f.includes('damaged'))).toHaveLength(1);
  });

  it('export opening refuses a missing, damaged or older file without changing anything', () => {
    const dir = tempDir();
    expect(() => CountsStore.openExisting(join(dir, 'none.sqlite'))).toThrow(
      /no kiosk database at/,
    );
    expect(existsSync(join(dir, 'none.sqlite'))).toBe(false);
    const damaged = damagedDatabase();
    expect(() => CountsStore.openExisting(damaged)).toThrow(/is damaged/);
    expect(readdirSync(join(damaged, '..')).some((f) => f.includes('damaged-'))).toBe(false);
    const old = join(dir, 'v2.sqlite');
    const db = new Database(old);
    migrate(db, old, 2);
    db.close();
    expect(() => CountsStore.openExisting(old)).toThrow(/older kiosk \(schema 2\)/);
    const empty = join(dir, 'empty.sqlite');
    writeFileSync(empty, '');
    expect(() => CountsStore.openExisting(empty)).toThrow(
      /not a kiosk counts database \(it is empty\)/,
    );
  });

  it('lists the latest events newest first, as many as asked', () => {
    const store = new CountsStore(join(tempDir(), 'counts.sqlite'));
    expect(store.events.recent(20)).toEqual([]);
    store.events.add(new Date('2026-11-24T08:00:00.400Z'), at('2026-11-24'), 'kiosk-started');
    store.events.add(
      new Date('2026-11-24T08:01:00Z'),
      at('2026-11-24'),
      'pin-failed',
      'staff 1 of 5 tries',
    );
    // A clock set back does not reorder them: the order is the order they were noted in.
    store.events.add(
      new Date('2026-11-24T07:59:00Z'),
      at('2026-11-24'),
      'console-unlocked',
      'staff',
    );
    expect(store.events.recent(2)).toEqual([
      { at: '2026-11-24T07:59:00Z', day: '2026-11-24', kind: 'console-unlocked', detail: 'staff' },
      {
        at: '2026-11-24T08:01:00Z',
        day: '2026-11-24',
        kind: 'pin-failed',
        detail: 'staff 1 of 5 tries',
      },
    ]);
    expect(store.events.recent(20).map((e) => e.kind)).toEqual([
      'console-unlocked',
      'pin-failed',
      'kiosk-started',
    ]);
    store.close();
  });

  it('retention deletes counts and events dated before the cut-off, keeping the rest', () => {
    const store = new CountsStore(join(tempDir(), 'counts.sqlite'));
    for (const date of ['2026-08-25', '2026-08-26', '2026-08-27', '2026-11-24']) {
      store.increment(at(date), 'Kiosk 1', 'pass');
      store.events.add(new Date(`${date}T12:00:00Z`), at(date), 'settings-changed', 'volume');
    }
    expect(store.prune('2026-08-26')).toEqual({ counts: 1, events: 1, secondChecks: 0 });
    expect(store.counts({ from: '2026-01-01', to: '2026-12-31' }).map((d) => d.date)).toEqual([
      '2026-08-26',
      '2026-08-27',
      '2026-11-24',
    ]);
    expect(store.events.list('2026-01-01', '2026-12-31').map((e) => e.day)).toEqual([
      '2026-08-26',
      '2026-08-27',
      '2026-11-24',
    ]);
    expect(store.prune('2026-08-26')).toEqual({ counts: 0, events: 0, secondChecks: 0 });
    store.close();
  });
});
