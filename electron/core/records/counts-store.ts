// Anonymous daily counts in a better-sqlite3 file (WAL). Only totals per day and outcome exist.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { DailyCount, DateRange, Outcome } from '../../contract/schemas.js';
import { migrate } from './migrations.js';
import { SettingsStore } from './settings-store.js';

export interface CountsStoreOptions {
  /** An alternative better_sqlite3.node, e.g. one built for Electron's ABI. */
  nativeBinding?: string;
}

export class CountsStore {
  /** Settings live in the same file: one database to back up, one migration history. */
  readonly settings: SettingsStore;
  private readonly db: Database.Database;
  private readonly incrementStmt: Database.Statement<[string, Outcome]>;
  private readonly rangeStmt: Database.Statement<
    [string, string],
    { day: string; outcome: Outcome; count: number }
  >;

  constructor(
    readonly path: string,
    options: CountsStoreOptions = {},
  ) {
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(
      path,
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
    try {
      // Fails fast, with SQLite's "file is not a database", on a file that is not ours.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db, path);
    } catch (error) {
      db.close();
      throw error instanceof Error && /not a database/i.test(error.message)
        ? new Error(
            `${path} is not a kiosk counts database (SQLite: ${error.message}); choose another file with --db PATH`,
          )
        : error;
    }
    this.db = db;
    this.settings = new SettingsStore(db);
    this.incrementStmt = db.prepare(
      `INSERT INTO daily_counts (day, outcome, count) VALUES (?, ?, 1)
       ON CONFLICT (day, outcome) DO UPDATE SET count = count + 1`,
    );
    this.rangeStmt = db.prepare(
      'SELECT day, outcome, count FROM daily_counts WHERE day BETWEEN ? AND ? ORDER BY day',
    );
  }

  increment(day: string, outcome: Outcome): void {
    this.incrementStmt.run(day, outcome);
  }

  /** Days in the range that have any count, oldest first. */
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

  close(): void {
    this.db.close();
  }
}

export function emptyDay(date: string): DailyCount {
  return { date, screened: 0, pass: 0, refer: 0, retry: 0 };
}
