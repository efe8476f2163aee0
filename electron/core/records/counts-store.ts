// The kiosk's records in one better-sqlite3 file (WAL): anonymous counts per local day, hour,
// kiosk and outcome, second-check outcomes counted the same way, device events, calibrations
// (camera and site) and settings. Never a row per person.
import type Database from 'better-sqlite3';
import type { DailyCount, DateRange, Outcome } from '../../contract/schemas.js';
import { CalibrationRecords } from './calibration-records.js';
import { ConditionsStore } from './conditions-store.js';
import { openKioskDatabase, openKioskDatabaseReadOnly } from './database.js';
import { EventLog } from './event-log.js';
import type { LocalTime } from './local-date.js';
import { SecondCheckStore } from './second-check-store.js';
import { SettingsStore } from './settings-store.js';
import { SiteCalibrationRecords } from './site-calibration-records.js';

export interface CountsStoreOptions {
  /** An alternative better_sqlite3.node, e.g. one built for Electron's ABI. */
  nativeBinding?: string;
  now?: () => Date;
  /** The running kiosk: open an existing file on a full disk so its counts can be shown. */
  readOnFullDisk?: boolean;
}

/** One local hour's totals at one kiosk. */
export interface HourlyCount {
  date: string;
  hour: number;
  kiosk: string;
  pass: number;
  refer: number;
  retry: number;
}

interface CountRow {
  day: string;
  hour: number;
  kiosk: string;
  outcome: Outcome;
  count: number;
}

export class CountsStore {
  /** Settings live in the same file: one database to back up, one migration history. */
  readonly settings: SettingsStore;
  readonly events: EventLog;
  readonly calibrations: CalibrationRecords;
  /** Site calibrations with people staff accepted (the fit only). */
  readonly siteCalibrations: SiteCalibrationRecords;
  /** What the clinical thermometer said after a refer, as counts per hour (migration 8). */
  readonly secondChecks: SecondCheckStore;
  /** The daily conditions record: minutes ready and paused, room range (migration 9). */
  readonly conditions: ConditionsStore;
  /** Where a damaged database was moved when this one was opened, or null. */
  readonly setAside: string | null;
  /** Opened on a full disk (readOnFullDisk): why no count can be saved until space is freed. */
  readonly fullDisk: string | null;
  private readonly db: Database.Database;
  private readonly incrementStmt: Database.Statement<[string, number, string, Outcome]>;
  private readonly rangeStmt: Database.Statement<[string, string], CountRow>;
  private readonly pruneStmt: Database.Statement<[string]>;
  private readonly probeStmt: Database.Statement<[]>;
  private readonly unprobeStmt: Database.Statement<[number | bigint]>;

  constructor(
    readonly path: string,
    options: CountsStoreOptions = {},
    opened?: Database.Database,
  ) {
    let db = opened;
    if (!db) {
      const result = openKioskDatabase(path, options);
      db = result.db;
      this.setAside = result.setAside;
      this.fullDisk = result.fullDisk;
    } else {
      this.setAside = null;
      this.fullDisk = null;
    }
    this.db = db;
    this.settings = new SettingsStore(db);
    this.events = new EventLog(db);
    this.calibrations = new CalibrationRecords(db);
    this.siteCalibrations = new SiteCalibrationRecords(db);
    this.secondChecks = new SecondCheckStore(db);
    this.conditions = new ConditionsStore(db);
    this.incrementStmt = db.prepare(
      `INSERT INTO counts (day, hour, kiosk, outcome, count) VALUES (?, ?, ?, ?, 1)
       ON CONFLICT (day, hour, kiosk, outcome) DO UPDATE SET count = count + 1`,
    );
    this.rangeStmt = db.prepare(
      `SELECT day, hour, kiosk, outcome, count FROM counts WHERE day BETWEEN ? AND ?
       ORDER BY day, hour, kiosk`,
    );
    this.pruneStmt = db.prepare('DELETE FROM counts WHERE day < ?');
    this.probeStmt = db.prepare(
      "INSERT INTO events (at, day, kind, detail) VALUES ('', '2000-01-01', 'kiosk-started', '')",
    );
    this.unprobeStmt = db.prepare('DELETE FROM events WHERE id = ?');
  }

  /** An existing kiosk database, read only (the export): refuses what is not one. */
  static openExisting(path: string, options: { nativeBinding?: string } = {}): CountsStore {
    return new CountsStore(path, {}, openKioskDatabaseReadOnly(path, options.nativeBinding));
  }

  /** Adds one verdict. Returns once SQLite has committed it (synchronous = FULL). */
  increment(at: LocalTime, kiosk: string, outcome: Outcome): void {
    this.incrementStmt.run(at.date, at.hour, kiosk, outcome);
  }

  /** Days in the range that have any count, oldest first (all hours and kiosks together). */
  counts(range: DateRange): DailyCount[] {
    const byDay = new Map<string, DailyCount>();
    for (const row of this.rangeStmt.all(range.from, range.to)) {
      const day = byDay.get(row.day) ?? emptyDay(row.day);
      day[row.outcome] += row.count;
      day.screened += row.count;
      byDay.set(row.day, day);
    }
    return [...byDay.values()];
  }

  day(date: string): DailyCount {
    return this.counts({ from: date, to: date })[0] ?? emptyDay(date);
  }

  /** Hours in the range that have any count, by date, hour and kiosk. */
  hourly(range: DateRange): HourlyCount[] {
    const groups = new Map<string, HourlyCount>();
    for (const row of this.rangeStmt.all(range.from, range.to)) {
      const key = `${row.day}\u0000${row.hour}\u0000${row.kiosk}`;
      let group = groups.get(key);
      if (!group) {
        group = { date: row.day, hour: row.hour, kiosk: row.kiosk, pass: 0, refer: 0, retry: 0 };
        groups.set(key, group);
      }
      group[row.outcome] += row.count;
    }
    return [...groups.values()];
  }

  /** Deletes counts, second checks and events dated before `keepFrom` (a local date); returns
   * rows deleted. */
  prune(keepFrom: string): { counts: number; events: number; secondChecks: number } {
    return this.db.transaction(() => ({
      counts: this.pruneStmt.run(keepFrom).changes,
      events: this.events.prune(keepFrom),
      secondChecks: this.secondChecks.prune(keepFrom),
    }))();
  }

  /**
   * Throws unless a write can be committed now (a full disk, a read-only or vanished file): a
   * row written and deleted in one transaction, so the file's contents do not change.
   */
  checkWritable(): void {
    this.db.transaction(() => {
      const { lastInsertRowid } = this.probeStmt.run();
      this.unprobeStmt.run(lastInsertRowid);
    })();
  }

  /** SQLite's own check of the file ("ok" when sound). */
  integrity(): string {
    return String(this.db.pragma('integrity_check(1)', { simple: true }));
  }

  close(): void {
    this.db.close();
  }
}

export function emptyDay(date: string): DailyCount {
  return { date, screened: 0, pass: 0, refer: 0, retry: 0 };
}
