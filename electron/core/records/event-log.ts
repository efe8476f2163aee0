// Device events: what the kiosk did, never who passed by. Short details only (a port name, a
// pause reason, the names of settings changed, a role and a count); retention deletes them with
// the counts.
import type Database from 'better-sqlite3';
import {
  DEVICE_EVENT_KINDS,
  MAX_DEVICE_EVENTS,
  type DeviceEvent,
  type DeviceEventKind,
} from '../../contract/device-events.js';
import type { LocalTime } from './local-date.js';

// The contract owns the kinds; these names stay for the modules that import them from here.
export const EVENT_KINDS = DEVICE_EVENT_KINDS;
export type EventKind = DeviceEventKind;
export type { DeviceEvent };

const MAX_DETAIL = 300;

/** An event as it is kept: the time to the second, the local date, the detail cut to size. */
export function deviceEvent(at: Date, local: LocalTime, kind: EventKind, detail = ''): DeviceEvent {
  const second = at.toISOString().replace(/\.\d+Z$/, 'Z');
  return { at: second, day: local.date, kind, detail: detail.slice(0, MAX_DETAIL) };
}

export class EventLog {
  private readonly addStmt: Database.Statement<[string, string, EventKind, string]>;
  private readonly listStmt: Database.Statement<[string, string], DeviceEvent>;
  private readonly recentStmt: Database.Statement<[number], DeviceEvent>;
  private readonly pruneStmt: Database.Statement<[string]>;

  constructor(db: Database.Database) {
    this.addStmt = db.prepare('INSERT INTO events (at, day, kind, detail) VALUES (?, ?, ?, ?)');
    this.listStmt = db.prepare(
      'SELECT at, day, kind, detail FROM events WHERE day BETWEEN ? AND ? ORDER BY id',
    );
    // By id, not by `at`: ids follow the order events happened even if the clock was set back.
    this.recentStmt = db.prepare(
      'SELECT at, day, kind, detail FROM events ORDER BY id DESC LIMIT ?',
    );
    this.pruneStmt = db.prepare('DELETE FROM events WHERE day < ?');
  }

  add(at: Date, local: LocalTime, kind: EventKind, detail = ''): void {
    const event = deviceEvent(at, local, kind, detail);
    this.addStmt.run(event.at, event.day, event.kind, event.detail);
  }

  list(from: string, to: string): DeviceEvent[] {
    return this.listStmt.all(from, to);
  }

  /** The latest `limit` events (at most MAX_DEVICE_EVENTS), newest first. */
  recent(limit: number): DeviceEvent[] {
    return this.recentStmt.all(Math.min(Math.max(0, Math.floor(limit)), MAX_DEVICE_EVENTS));
  }

  prune(keepFrom: string): number {
    return this.pruneStmt.run(keepFrom).changes;
  }
}
