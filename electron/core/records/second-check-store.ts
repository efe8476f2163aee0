// Second checks as counts: one increment per tap staff make after a refer, kept per local day,
// hour, kiosk and outcome (migration 8), like the screening counts. Never a row per person, never
// tied to a verdict or to a time finer than the hour.
import type Database from 'better-sqlite3';
import type { DateRange } from '../../contract/schemas.js';
import type { SecondCheckDay, SecondCheckOutcome } from '../../contract/second-checks.js';
import type { LocalTime } from './local-date.js';

/** One local hour's second checks at one kiosk (the HR export's rows). */
export interface HourlySecondChecks {
  date: string;
  hour: number;
  kiosk: string;
  confirmed: number;
  notConfirmed: number;
  declined: number;
}

interface Row {
  day: string;
  hour: number;
  kiosk: string;
  outcome: SecondCheckOutcome;
  count: number;
}

/** The contract's outcome to the field it adds to. */
const FIELD = {
  confirmed: 'confirmed',
  'not-confirmed': 'notConfirmed',
  declined: 'declined',
} as const satisfies Record<SecondCheckOutcome, keyof SecondCheckDay>;

export class SecondCheckStore {
  private readonly incrementStmt: Database.Statement<[string, number, string, SecondCheckOutcome]>;
  private readonly rangeStmt: Database.Statement<[string, string], Row>;
  private readonly pruneStmt: Database.Statement<[string]>;

  constructor(db: Database.Database) {
    this.incrementStmt = db.prepare(
      `INSERT INTO second_checks (day, hour, kiosk, outcome, count) VALUES (?, ?, ?, ?, 1)
       ON CONFLICT (day, hour, kiosk, outcome) DO UPDATE SET count = count + 1`,
    );
    this.rangeStmt = db.prepare(
      `SELECT day, hour, kiosk, outcome, count FROM second_checks WHERE day BETWEEN ? AND ?
       ORDER BY day, hour, kiosk`,
    );
    this.pruneStmt = db.prepare('DELETE FROM second_checks WHERE day < ?');
  }

  /** Adds one outcome at the local hour given. Returns once SQLite has committed it. */
  increment(at: LocalTime, kiosk: string, outcome: SecondCheckOutcome): void {
    this.incrementStmt.run(at.date, at.hour, kiosk, outcome);
  }

  /** Days in the range with any second check, oldest first (all hours and kiosks together). */
  days(range: DateRange): SecondCheckDay[] {
    const byDay = new Map<string, SecondCheckDay>();
    for (const row of this.rangeStmt.all(range.from, range.to)) {
      const day = byDay.get(row.day) ?? emptySecondCheckDay(row.day);
      day[FIELD[row.outcome]] += row.count;
      byDay.set(row.day, day);
    }
    return [...byDay.values()];
  }

  /** Hours in the range with any second check, by date, hour and kiosk. */
  hourly(range: DateRange): HourlySecondChecks[] {
    const groups = new Map<string, HourlySecondChecks>();
    for (const row of this.rangeStmt.all(range.from, range.to)) {
      const key = `${row.day}\u0000${row.hour}\u0000${row.kiosk}`;
      let group = groups.get(key);
      if (!group) {
        group = { ...emptySecondCheckDay(row.day), hour: row.hour, kiosk: row.kiosk };
        groups.set(key, group);
      }
      group[FIELD[row.outcome]] += row.count;
    }
    return [...groups.values()];
  }

  /** Deletes rows dated before `keepFrom` (a local date); returns how many. */
  prune(keepFrom: string): number {
    return this.pruneStmt.run(keepFrom).changes;
  }
}

export function emptySecondCheckDay(date: string): SecondCheckDay {
  return { date, confirmed: 0, notConfirmed: 0, declined: 0 };
}
