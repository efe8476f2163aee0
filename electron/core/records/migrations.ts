// Schema migrations, one small function each, tracked by PRAGMA user_version; all pending ones
// run in one transaction. A database written by a newer kiosk is refused rather than guessed at.
// No table ever gains a row per person screened: counts are totals, events are the device's.
import type Database from 'better-sqlite3';
import { RecordsFileError } from './records-file-error.js';

type Migration = (db: Database.Database) => void;

const DAY_CHECK = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";
const OUTCOME_CHECK = "IN ('pass', 'refer', 'retry')";

// The event kinds as each migration knew them, as SQL: written out here, not taken from the code
// that records events, so that an old migration always builds the same table.
const EVENT_KINDS_4 = `'kiosk-started', 'sensor-connected', 'sensor-lost',
          'calibration-accepted', 'settings-changed', 'screening-paused', 'screening-resumed',
          'database-set-aside'`;
const EVENT_KINDS_7 = `${EVENT_KINDS_4}, 'pin-failed', 'pin-locked-out', 'console-unlocked',
          'counts-exported', 'kiosk-exited'`;

/** The events table (migrations 4 and 7 differ only in the kinds it accepts). */
function eventsTable(name: string, kinds: string): string {
  return `CREATE TABLE ${name} (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        day TEXT NOT NULL CHECK (day ${DAY_CHECK}),
        kind TEXT NOT NULL CHECK (kind IN (${kinds})),
        detail TEXT NOT NULL DEFAULT '' CHECK (length(detail) <= 300)
      );`;
}

const MIGRATIONS: readonly Migration[] = [
  // 1: anonymous daily counts. One row per (local day, outcome).
  (db) =>
    db.exec(`
      CREATE TABLE daily_counts (
        day TEXT NOT NULL CHECK (day ${DAY_CHECK}),
        outcome TEXT NOT NULL CHECK (outcome ${OUTCOME_CHECK}),
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (day, outcome)
      ) WITHOUT ROWID;
    `),
  // 2: kiosk settings, the PINs' hashes and the sensor choice, as JSON by key.
  (db) =>
    db.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;'),
  // 3: counts per local day, hour, kiosk and outcome. Daily counts from before had no hour: they
  // move to hour 0 under the default kiosk name, so every day's total stays the same.
  (db) =>
    db.exec(`
      CREATE TABLE counts (
        day TEXT NOT NULL CHECK (day ${DAY_CHECK}),
        hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
        kiosk TEXT NOT NULL CHECK (length(kiosk) BETWEEN 1 AND 40),
        outcome TEXT NOT NULL CHECK (outcome ${OUTCOME_CHECK}),
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (day, hour, kiosk, outcome)
      ) WITHOUT ROWID;
      INSERT INTO counts (day, hour, kiosk, outcome, count)
        SELECT day, 0, 'Kiosk 1', outcome, count FROM daily_counts;
      DROP TABLE daily_counts;
    `),
  // 4: what the device did (sensor connected or lost, calibration, settings, pauses), never who
  // passed by. `at` is UTC to the second; `day` the local date, for retention.
  (db) =>
    db.exec(`
      ${eventsTable('events', EVENT_KINDS_4)}
      CREATE INDEX events_by_day ON events (day);
    `),
  // 5: camera calibrations staff accepted (blackbody readings, a date): the newest applies.
  (db) =>
    db.exec(`
      CREATE TABLE calibrations (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('one-point', 'two-point')),
        record TEXT NOT NULL,
        blackbody TEXT
      );
    `),
  // 6: site calibrations with people staff accepted: the fitted offset, its error, the spread,
  // how many volunteers, the date, the sensor and the distances (JSON). Never a volunteer's value.
  (db) =>
    db.exec(`
      CREATE TABLE site_calibrations (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        sensor TEXT NOT NULL,
        record TEXT NOT NULL
      );
    `),
  // 7: the audit trail's kinds (PIN failures and lockouts, unlocks, exports, exits). SQLite cannot
  // alter a CHECK, so the table is rebuilt: every row and its id kept, the index made again.
  (db) =>
    db.exec(`
      ${eventsTable('events_new', EVENT_KINDS_7)}
      INSERT INTO events_new (id, at, day, kind, detail)
        SELECT id, at, day, kind, detail FROM events;
      DROP TABLE events;
      ALTER TABLE events_new RENAME TO events;
      CREATE INDEX events_by_day ON events (day);
    `),
  // 8: second checks staff recorded after a refer: counts per local day, hour, kiosk and outcome,
  // like the screening counts. Never a row per person, never tied to a verdict.
  (db) =>
    db.exec(`
      CREATE TABLE second_checks (
        day TEXT NOT NULL CHECK (day ${DAY_CHECK}),
        hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
        kiosk TEXT NOT NULL CHECK (length(kiosk) BETWEEN 1 AND 40),
        outcome TEXT NOT NULL CHECK (outcome IN ('confirmed', 'not-confirmed', 'declined')),
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (day, hour, kiosk, outcome)
      ) WITHOUT ROWID;
    `),
  // 9: the daily conditions record (minutes ready, the room's range, the reference's stability,
  // the calibration's age) and the minutes paused by reason. Durations only: one row per day and
  // kiosk (and reason), whoever passed.
  (db) =>
    db.exec(`
      CREATE TABLE conditions (
        day TEXT NOT NULL CHECK (day ${DAY_CHECK}),
        kiosk TEXT NOT NULL CHECK (length(kiosk) BETWEEN 1 AND 40),
        ready_minutes INTEGER NOT NULL DEFAULT 0 CHECK (ready_minutes >= 0),
        room_min_c REAL,
        room_max_c REAL,
        reference_stable_minutes INTEGER NOT NULL DEFAULT 0 CHECK (reference_stable_minutes >= 0),
        reference_unstable_minutes INTEGER NOT NULL DEFAULT 0
          CHECK (reference_unstable_minutes >= 0),
        calibration_age_days INTEGER CHECK (calibration_age_days >= 0),
        PRIMARY KEY (day, kiosk)
      ) WITHOUT ROWID;
      CREATE TABLE paused_minutes (
        day TEXT NOT NULL CHECK (day ${DAY_CHECK}),
        kiosk TEXT NOT NULL CHECK (length(kiosk) BETWEEN 1 AND 40),
        reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 40),
        minutes INTEGER NOT NULL CHECK (minutes >= 0),
        PRIMARY KEY (day, kiosk, reason)
      ) WITHOUT ROWID;
    `),
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export class FutureSchemaError extends RecordsFileError {
  constructor(path: string, found: number) {
    super(
      `the counts database ${path} was written by a newer kiosk (schema ${found}; this version knows up to ${SCHEMA_VERSION}). ` +
        'Update the kiosk, or choose another file with --db PATH. The file was not changed.',
    );
    this.name = 'FutureSchemaError';
  }
}

/** Applies every pending migration in one transaction: all of them, or none. */
export function migrate(db: Database.Database, path: string, upTo = SCHEMA_VERSION): void {
  const found = db.pragma('user_version', { simple: true }) as number;
  if (found > SCHEMA_VERSION) throw new FutureSchemaError(path, found);
  if (found >= upTo) return;
  db.transaction(() => {
    for (let v = found; v < upTo; v++) MIGRATIONS[v]!(db);
    db.pragma(`user_version = ${upTo}`);
  })();
}
