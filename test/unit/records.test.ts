import { join } from 'node:path';
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { SCHEMA_VERSION } from '../../electron/core/records/migrations.js';
import { tempDir } from '../support/paths.js';

describe('counts store', () => {
  it('creates the schema by migration, in WAL mode, and counts per day and outcome', () => {
    const path = join(tempDir(), 'counts.sqlite');
    const store = new CountsStore(path);
    store.increment('2026-11-22', 'pass');
    store.increment('2026-11-23', 'pass');
    store.increment('2026-11-23', 'refer');
    store.increment('2026-11-23', 'pass');
    expect(store.counts({ from: '2026-11-01', to: '2026-11-30' })).toEqual([
      { date: '2026-11-22', screened: 1, pass: 1, refer: 0, retry: 0 },
      { date: '2026-11-23', screened: 3, pass: 2, refer: 1, retry: 0 },
    ]);
    store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // Privacy by construction: counts with no per-person column, and the kiosk's own settings.
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(['daily_counts', 'settings']);
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('settings')).toEqual([
      'key',
      'value',
    ]);
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('daily_counts');
    expect(columns).toEqual(['day', 'outcome', 'count']);
    db.close();
  });

  it('keeps counts across reopening (appends, never resets)', () => {
    const path = join(tempDir(), 'counts.sqlite');
    const first = new CountsStore(path);
    first.increment('2026-11-23', 'retry');
    first.close();
    const second = new CountsStore(path);
    second.increment('2026-11-23', 'retry');
    expect(second.day('2026-11-23')).toEqual({
      date: '2026-11-23',
      screened: 2,
      pass: 0,
      refer: 0,
      retry: 2,
    });
    second.close();
  });

  it('refuses a database from a newer kiosk with a clear message and leaves it untouched', () => {
    const path = join(tempDir(), 'future.sqlite');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 3}`);
    db.close();
    expect(() => new CountsStore(path)).toThrow(
      `written by a newer kiosk (schema ${SCHEMA_VERSION + 3}; this version knows up to ${SCHEMA_VERSION})`,
    );
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 3);
    expect(after.prepare('SELECT count(*) FROM sqlite_master').pluck().get()).toBe(0);
    after.close();
  });

  it('refuses a file that is not a database, saying which file and what to do', () => {
    const path = join(tempDir(), 'notes.sqlite');
    writeFileSync(path, 'these are my notes, not a database '.repeat(100));
    expect(() => new CountsStore(path)).toThrow(
      /notes\.sqlite is not a kiosk counts database.*--db PATH/,
    );
  });
});
