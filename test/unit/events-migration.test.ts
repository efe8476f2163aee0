// Migration 7 rebuilds the events table so its CHECK takes the audit trail's kinds: the list
// written in the migration must match the contract's, and an older file keeps every event.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEVICE_EVENT_KINDS } from '../../electron/contract/device-events.js';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { migrate, SCHEMA_VERSION } from '../../electron/core/records/migrations.js';
import { tempDir } from '../support/paths.js';

/** The schema before the audit trail's kinds. */
const BEFORE_AUDIT = 6;

/** The kinds the events table's CHECK accepts, as written in its stored SQL. */
function checkedKinds(db: Database.Database): string[] {
  const sql = db
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'events'")
    .pluck()
    .get() as string;
  const list = /kind IN \(([^)]*)\)/.exec(sql)?.[1] ?? '';
  return [...list.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
}

function eventIndexes(db: Database.Database): unknown[] {
  return db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")
    .pluck()
    .all();
}

const insert = 'INSERT INTO events (id, at, day, kind, detail) VALUES (?, ?, ?, ?, ?)';

describe('events table migration', () => {
  it("accepts exactly the contract's device event kinds", () => {
    const path = join(tempDir(), 'new.sqlite');
    new CountsStore(path).close();
    const db = new Database(path, { readonly: true });
    expect(checkedKinds(db)).toEqual([...DEVICE_EVENT_KINDS]);
    db.close();
  });

  it('upgrades an older database keeping every event, its id and the index', () => {
    const path = join(tempDir(), 'v6.sqlite');
    const old = new Database(path);
    migrate(old, path, BEFORE_AUDIT);
    const rows = [
      [3, '2026-11-20T08:00:00Z', '2026-11-20', 'kiosk-started', ''],
      [7, '2026-11-20T08:00:05Z', '2026-11-20', 'sensor-connected', '/dev/ttyUSB0'],
      [9, '2026-11-21T12:30:00Z', '2026-11-21', 'screening-paused', 'blackbody-moved'],
    ] as const;
    for (const row of rows) old.prepare(insert).run(...row);
    // The old CHECK is what the migration must lift.
    expect(() =>
      old.prepare(insert).run(10, '2026-11-21T12:31:00Z', '2026-11-21', 'pin-failed', ''),
    ).toThrow(/CHECK constraint failed/);
    old.close();

    const store = new CountsStore(path);
    expect(store.events.list('2026-11-01', '2026-11-30')).toEqual(
      rows.map(([, at, day, kind, detail]) => ({ at, day, kind, detail })),
    );
    store.events.add(
      new Date('2026-11-22T09:00:00Z'),
      { date: '2026-11-22', hour: 9 },
      'pin-failed',
      'staff 1 of 5 tries',
    );
    expect(store.events.recent(1)).toEqual([
      {
        at: '2026-11-22T09:00:00Z',
        day: '2026-11-22',
        kind: 'pin-failed',
        detail: 'staff 1 of 5 tries',
      },
    ]);
    store.close();

    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT id FROM events ORDER BY id').pluck().all()).toEqual([3, 7, 9, 10]);
    expect(eventIndexes(db)).toEqual(['events_by_day']);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'events_new'").pluck().get(),
    ).toBe(0);
    db.close();
  });

  it('takes the new kinds and keeps the table’s other checks', () => {
    const path = join(tempDir(), 'checks.sqlite');
    new CountsStore(path).close();
    const db = new Database(path);
    const at = '2026-11-22T09:00:00Z';
    expect(
      db.prepare(insert).run(1, at, '2026-11-22', 'pin-failed', 'staff 1 of 5 tries').changes,
    ).toBe(1);
    expect(() => db.prepare(insert).run(2, at, '2026-11-22', 'door-opened', '')).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run(2, at, '22/11/2026', 'pin-failed', '')).toThrow(/CHECK/);
    expect(() =>
      db.prepare(insert).run(2, at, '2026-11-22', 'pin-failed', 'x'.repeat(301)),
    ).toThrow(/CHECK/);
    db.close();
  });
});
