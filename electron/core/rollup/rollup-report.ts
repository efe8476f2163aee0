// What one roll-up run produced: the published table, which bundles were used, and each one left
// out with its reason. The HTML report (report-html.ts), the CSV and stderr are written from this.
import type { PublishedTable } from './rollup-table.js';

/** A file the roll-up did not use, and why, in a sentence that says what to do. */
export interface LeftOut {
  /** The file's name inside the folder (or the registry file). */
  file: string;
  reason: string;
}

/** A kiosk whose bundles were used. */
export interface KioskSeen {
  site: string;
  kiosk: string;
  fingerprint: string;
  bundles: number;
  /** The first and last local date with counts in its bundles. */
  from: string;
  to: string;
  /** The newest software version among its bundles. */
  software: string;
  /** From its conditions record over the report's range: hours ready for verdicts and hours
   * paused (any reason); null where its bundles carried no conditions record. */
  readyHours: number | null;
  pausedHours: number | null;
}

/** Two bundles of one kiosk that disagree about the same hours (the first one read is kept). */
export interface Conflict {
  site: string;
  kiosk: string;
  date: string;
  hours: number[];
  files: [string, string];
}

export interface RollupReport {
  /** UTC, when the roll-up ran. */
  generatedAt: string;
  /** The local dates covered. */
  from: string;
  to: string;
  /** The software that made the report. */
  software: string;
  table: PublishedTable;
  kiosks: KioskSeen[];
  leftOut: LeftOut[];
  conflicts: Conflict[];
  /** Bundles read and used (duplicates of the same hours included). */
  bundlesUsed: number;
  /** More detail rows than the HTML shows (the CSV holds them all). */
  detailRowsInHtml: number;
}
