// Device events: what the kiosk did, never who passed by. Short details only (a port name, a
// pause reason, the names of settings changed); retention deletes them with the counts.
import type Database from 'better-sqlite3';
import type { LocalTime } from './local-date.js';

export const EVENT_KINDS = [
  'kiosk-started',
  'sensor-connected',
  'sensor-lost',
  'calibration-accepted',
  'settings-changed',
  'screening-paused',
  'screening-resumed',
  'database-set-aside',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface DeviceEvent {
  at: string;
  day: string;
  kind: EventKind;
  detail: string;
}

const MAX_DETAIL = 300;

export class EventLog {
  private readonly addStmt: Database.Statement<[string, string, EventKind, string]>;
  private readonly listStmt: Database.Statement<[string, string], DeviceEvent>;
  private readonly pruneStmt: Database.Statement<[string]>;

  constructor(db: Database.Database) {
    this.addStmt = db.prepare('INSERT INTO events (at, day, kind, detail) VALUES (?, ?, ?, ?)');
    this.listStmt = db.prepare(
      'SELECT at, day, kind, detail FROM events WHERE day BETWEEN ? AND ? ORDER BY id',
    );
    this.pruneStmt = db.prepare('DELETE FROM events WHERE day < ?');
  }

  add(at: Date, local: LocalTime, kind: EventKind, detail = ''): void {
    const second = at.toISOString().replace(/\.\d+Z$/, 'Z');
    this.addStmt.run(second, local.date, kind, detail.slice(0, MAX_DETAIL));
  }

  list(from: string, to: string): DeviceEvent[] {
    return this.listStmt.all(from, to);
  }

  prune(keepFrom: string): number {
    return this.pruneStmt.run(keepFrom).changes;
  }
}
