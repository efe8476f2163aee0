// The daily conditions record in the kiosk database (migration 9): per local day and kiosk, the
// minutes ready, the minutes paused by reason, the room's range as the sensor saw it, the
// reference's stable and unstable minutes and the calibration's age. Durations and the room only:
// one row per day and kiosk (and pause reason), however many people passed.
import type Database from 'better-sqlite3';
import type { ConditionsDay } from '../../contract/conditions.js';
import { PauseReasonSchema, type DateRange, type PauseReason } from '../../contract/schemas.js';

const KNOWN_REASONS: ReadonlySet<string> = new Set(PauseReasonSchema.options);

/** Minutes (and the room's range) to add to one day's record at one kiosk. */
export interface ConditionsMinutes {
  day: string;
  kiosk: string;
  ready: number;
  paused: Partial<Record<PauseReason, number>>;
  /** The room's lowest and highest reading in these minutes, °C (null: not known). */
  roomMinC: number | null;
  roomMaxC: number | null;
  referenceStable: number;
  referenceUnstable: number;
  /** The calibration's age at the latest of these minutes (null: shipped only). */
  calibrationAgeDays: number | null;
}

interface ConditionsRow {
  day: string;
  kiosk: string;
  ready_minutes: number;
  room_min_c: number | null;
  room_max_c: number | null;
  reference_stable_minutes: number;
  reference_unstable_minutes: number;
  calibration_age_days: number | null;
}

interface PausedRow {
  day: string;
  kiosk: string;
  reason: PauseReason;
  minutes: number;
}

export class ConditionsStore {
  private readonly addStmt: Database.Statement<
    [string, string, number, number | null, number | null, number, number, number | null]
  >;
  private readonly pausedStmt: Database.Statement<[string, string, string, number]>;
  private readonly rangeStmt: Database.Statement<[string, string], ConditionsRow>;
  private readonly pausedRangeStmt: Database.Statement<[string, string], PausedRow>;
  private readonly pruneStmt: Database.Statement<[string]>;
  private readonly prunePausedStmt: Database.Statement<[string]>;

  constructor(private readonly db: Database.Database) {
    // min()/max() of SQLite's scalar form ignore neither NULL: coalesce keeps a known value.
    this.addStmt = db.prepare(
      `INSERT INTO conditions (day, kiosk, ready_minutes, room_min_c, room_max_c,
         reference_stable_minutes, reference_unstable_minutes, calibration_age_days)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (day, kiosk) DO UPDATE SET
         ready_minutes = ready_minutes + excluded.ready_minutes,
         room_min_c = min(coalesce(room_min_c, excluded.room_min_c),
                          coalesce(excluded.room_min_c, room_min_c)),
         room_max_c = max(coalesce(room_max_c, excluded.room_max_c),
                          coalesce(excluded.room_max_c, room_max_c)),
         reference_stable_minutes = reference_stable_minutes + excluded.reference_stable_minutes,
         reference_unstable_minutes =
           reference_unstable_minutes + excluded.reference_unstable_minutes,
         calibration_age_days = excluded.calibration_age_days`,
    );
    this.pausedStmt = db.prepare(
      `INSERT INTO paused_minutes (day, kiosk, reason, minutes) VALUES (?, ?, ?, ?)
       ON CONFLICT (day, kiosk, reason) DO UPDATE SET minutes = minutes + excluded.minutes`,
    );
    this.rangeStmt = db.prepare(
      `SELECT day, kiosk, ready_minutes, room_min_c, room_max_c, reference_stable_minutes,
         reference_unstable_minutes, calibration_age_days
       FROM conditions WHERE day BETWEEN ? AND ? ORDER BY day, kiosk`,
    );
    this.pausedRangeStmt = db.prepare(
      'SELECT day, kiosk, reason, minutes FROM paused_minutes WHERE day BETWEEN ? AND ?',
    );
    this.pruneStmt = db.prepare('DELETE FROM conditions WHERE day < ?');
    this.prunePausedStmt = db.prepare('DELETE FROM paused_minutes WHERE day < ?');
  }

  /** Adds minutes to their days' records, all of them or none (one transaction). */
  add(entries: readonly ConditionsMinutes[]): void {
    this.db.transaction(() => {
      for (const e of entries) {
        this.addStmt.run(
          e.day,
          e.kiosk,
          e.ready,
          e.roomMinC,
          e.roomMaxC,
          e.referenceStable,
          e.referenceUnstable,
          e.calibrationAgeDays,
        );
        // A paused reason's row exists only for reasons that occurred.
        for (const [reason, minutes] of Object.entries(e.paused)) {
          if (minutes > 0) this.pausedStmt.run(e.day, e.kiosk, reason, minutes);
        }
      }
    })();
  }

  /** The records of the days in the range, by date then kiosk. */
  days(range: DateRange): ConditionsDay[] {
    const paused = new Map<string, Partial<Record<PauseReason, number>>>();
    for (const row of this.pausedRangeStmt.all(range.from, range.to)) {
      if (!KNOWN_REASONS.has(row.reason)) continue; // written by a newer kiosk
      const key = `${row.day}\u0000${row.kiosk}`;
      paused.set(key, { ...paused.get(key), [row.reason]: row.minutes });
    }
    return this.rangeStmt.all(range.from, range.to).map((row) => ({
      date: row.day,
      kiosk: row.kiosk,
      readyMinutes: row.ready_minutes,
      pausedMinutes: paused.get(`${row.day}\u0000${row.kiosk}`) ?? {},
      roomMinC: row.room_min_c,
      roomMaxC: row.room_max_c,
      referenceStableMinutes: row.reference_stable_minutes,
      referenceUnstableMinutes: row.reference_unstable_minutes,
      calibrationAgeDays: row.calibration_age_days,
    }));
  }

  /** Deletes the records dated before `keepFrom` (a local date); returns the rows deleted. */
  prune(keepFrom: string): number {
    return this.db.transaction(
      () => this.pruneStmt.run(keepFrom).changes + this.prunePausedStmt.run(keepFrom).changes,
    )();
  }
}
