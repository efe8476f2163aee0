// Camera calibrations staff accepted, newest last: blackbody set points and readings, a date,
// and the blackbody region. The newest one applies; older ones stay as the device's history.
import type Database from 'better-sqlite3';

export interface StoredCalibration {
  at: string;
  kind: 'one-point' | 'two-point';
  /** The camera calibration record (JSON), validated by whoever reads it. */
  record: unknown;
  /** The blackbody region and set point (JSON), or null. */
  blackbody: unknown;
}

export class CalibrationRecords {
  private readonly addStmt: Database.Statement<[string, string, string, string | null]>;
  private readonly latestStmt: Database.Statement<
    [],
    { at: string; kind: StoredCalibration['kind']; record: string; blackbody: string | null }
  >;

  constructor(db: Database.Database) {
    this.addStmt = db.prepare(
      'INSERT INTO calibrations (at, kind, record, blackbody) VALUES (?, ?, ?, ?)',
    );
    this.latestStmt = db.prepare(
      'SELECT at, kind, record, blackbody FROM calibrations ORDER BY id DESC LIMIT 1',
    );
  }

  add(at: Date, kind: StoredCalibration['kind'], record: unknown, blackbody: unknown): void {
    this.addStmt.run(
      at.toISOString(),
      kind,
      JSON.stringify(record),
      blackbody === null || blackbody === undefined ? null : JSON.stringify(blackbody),
    );
  }

  /** The newest calibration, or null (also when its JSON is damaged). */
  latest(): StoredCalibration | null {
    const row = this.latestStmt.get();
    if (!row) return null;
    try {
      return {
        at: row.at,
        kind: row.kind,
        record: JSON.parse(row.record) as unknown,
        blackbody: row.blackbody === null ? null : (JSON.parse(row.blackbody) as unknown),
      };
    } catch {
      return null;
    }
  }
}
