// The calibration history of site calibrations with people: only what staff accepted, and only
// the fit (offset, its error, spread, number of volunteers, date, sensor, distances). The newest
// for a sensor applies to it.
import type Database from 'better-sqlite3';
import { parseSiteCalibration, type SiteCalibration } from '../estimation/site-calibration.js';

export interface StoredSiteCalibration {
  at: string;
  calibration: SiteCalibration;
}

interface Row {
  at: string;
  record: string;
}

export class SiteCalibrationRecords {
  private readonly addStmt: Database.Statement<[string, string, string]>;
  private readonly newestStmt: Database.Statement<[], Row>;
  private readonly newestForStmt: Database.Statement<[string], Row>;
  private readonly allStmt: Database.Statement<[], Row>;

  constructor(db: Database.Database) {
    this.addStmt = db.prepare(
      'INSERT INTO site_calibrations (at, sensor, record) VALUES (?, ?, ?)',
    );
    this.newestStmt = db.prepare(
      'SELECT at, record FROM site_calibrations ORDER BY id DESC LIMIT 1',
    );
    this.newestForStmt = db.prepare(
      'SELECT at, record FROM site_calibrations WHERE sensor = ? ORDER BY id DESC LIMIT 1',
    );
    this.allStmt = db.prepare('SELECT at, record FROM site_calibrations ORDER BY id');
  }

  add(at: Date, calibration: SiteCalibration): void {
    this.addStmt.run(at.toISOString(), calibration.sensor, JSON.stringify(calibration));
  }

  /** The newest of all (sensor null) or of one sensor; null when none, or when it is damaged. */
  latest(sensor: string | null = null): StoredSiteCalibration | null {
    const row = sensor === null ? this.newestStmt.get() : this.newestForStmt.get(sensor);
    return row ? parsed(row) : null;
  }

  /** Every accepted calibration, oldest first (damaged rows left out). */
  history(): StoredSiteCalibration[] {
    return this.allStmt
      .all()
      .map(parsed)
      .filter((s): s is StoredSiteCalibration => s !== null);
  }
}

function parsed(row: Row): StoredSiteCalibration | null {
  try {
    return { at: row.at, calibration: parseSiteCalibration(JSON.parse(row.record) as unknown) };
  } catch {
    return null;
  }
}
