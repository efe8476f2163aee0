// The counts: one increment per verdict shown, today's totals, the HR export, and the retention
// that deletes old counts and events. A store that fails to write pauses screening; it is checked
// every few seconds (and on each verdict) and screening resumes by itself once it takes writes.
import { ApiFailure } from '../../contract/api.js';
import type { ExportFile, ExportQuery } from '../../contract/export.js';
import type { DailyCount, DateRange, Outcome } from '../../contract/schemas.js';
import type { KioskSettings } from '../../contract/settings.js';
import { emptyDay, type CountsStore } from '../records/counts-store.js';
import { exportCounts } from '../records/hr-export.js';
import { addDays } from '../records/local-date.js';
import type { KioskContext } from './kiosk-context.js';

/** How often the kiosk checks whether a new day needs old records deleted. */
const RETENTION_CHECK_MS = 10 * 60_000;
/** How often a store that refused a write is tried again while screening is paused. */
export const RECORDS_RECHECK_MS = 3000;

export class RecordsService {
  readonly tally: Record<Outcome, number> = { pass: 0, refer: 0, retry: 0 };
  private failure: string | null;
  private retentionTimer: NodeJS.Timeout | null = null;
  private recheckTimer: NodeJS.Timeout | null = null;
  /** When writes started failing (for the log line when they work again). */
  private failingSince: Date | null = null;
  /** The local date and retention when old records were last deleted. */
  private prunedFor = '';

  constructor(
    private readonly context: KioskContext,
    private readonly records: CountsStore | { error: string },
    /** The staff settings in force: the kiosk's name on its counts, and the retention. */
    private readonly settings: () => Pick<KioskSettings, 'kioskName' | 'retentionDays'>,
    /** Counting became possible or impossible (screening resumes or pauses). */
    private readonly onChange: () => void = () => undefined,
  ) {
    this.failure = 'error' in records ? records.error : null;
  }

  /** Whether counting is impossible (screening must pause: nothing is shown uncounted). */
  get unavailable(): boolean {
    return this.failure !== null;
  }

  start(): void {
    const records = this.records;
    if (!('error' in records) && records.setAside) {
      this.context.log(
        `kiosk: the counts database was damaged and was set aside as ${records.setAside}; a new one was started`,
      );
      this.context.note('database-set-aside', records.setAside);
    }
    // Opened on a full disk: its counts are shown, but nothing is screened until one can be saved.
    if (!('error' in records) && records.fullDisk) this.failed(new Error(records.fullDisk));
    this.applyRetention();
    this.retentionTimer = setInterval(() => this.applyRetention(), RETENTION_CHECK_MS);
    this.retentionTimer.unref();
  }

  stop(): void {
    if (this.retentionTimer) clearInterval(this.retentionTimer);
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    if (!('error' in this.records)) this.records.close();
  }

  /** Counts one verdict; false (and screening pauses) when it could not be saved. */
  record(outcome: Outcome): boolean {
    const records = this.records;
    if ('error' in records) return false;
    try {
      records.increment(this.context.local(), this.settings().kioskName, outcome);
    } catch (error) {
      // Never screen without counting: pause until the store takes writes again.
      this.failed(error);
      return false;
    }
    if (this.failure) this.recovered();
    this.tally[outcome]++;
    this.context.emit('counts', this.today());
    return true;
  }

  /** Tries a harmless write on a store that refused one; screening resumes when it works. */
  recheck(): void {
    const records = this.records;
    if ('error' in records || this.failure === null) return;
    try {
      records.checkWritable();
    } catch {
      return; // still failing: the pause stays, with its first reason
    }
    this.recovered();
  }

  private failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (this.failure !== null) return;
    this.failure = `could not save counts: ${message}`;
    this.failingSince = this.context.now();
    this.context.log(`kiosk: ${this.failure}; screening paused until the counts can be saved`);
    this.recheckTimer = setInterval(() => this.recheck(), RECORDS_RECHECK_MS);
    this.recheckTimer.unref();
    this.onChange();
  }

  private recovered(): void {
    const since = this.failingSince;
    const seconds = since ? Math.round((this.context.now().getTime() - since.getTime()) / 1000) : 0;
    this.context.log(
      `kiosk: counts can be saved again after ${seconds} s (${this.failure}); screening resumes`,
    );
    this.failure = null;
    this.failingSince = null;
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    this.recheckTimer = null;
    this.onChange();
  }

  /** Why counting is impossible now, or null. */
  get failureReason(): string | null {
    return this.failure;
  }

  today(): DailyCount {
    const date = this.context.local().date;
    return 'error' in this.records ? emptyDay(date) : this.records.day(date);
  }

  /** Days with counts in the range (staff and HR). */
  counts(range: DateRange): DailyCount[] {
    return this.store().counts(range);
  }

  /** The HR export's CSV, noted as an export by the role that asked (never what it held). */
  exportCounts(query: ExportQuery, by: 'staff' | 'hr'): ExportFile {
    const file = exportCounts(this.store(), query);
    this.context.note('counts-exported', `${query.from} to ${query.to}, per ${query.by}, by ${by}`);
    return file;
  }

  /** What staff should know about the counts store (unavailable, or set aside), or null. */
  notice(): string | null {
    const records = this.records;
    if ('error' in records) return records.error;
    if (this.failure) return this.failure;
    return records.setAside
      ? `The counts database was damaged and was set aside as ${records.setAside}; a new one was started.`
      : null;
  }

  /** Deletes counts and events older than the retention, once per local day (and when the
   * setting changes). */
  applyRetention(): void {
    const records = this.records;
    if ('error' in records) return;
    const days = this.settings().retentionDays;
    const today = this.context.local().date;
    const key = `${today}/${days}`;
    if (key === this.prunedFor) return;
    const keepFrom = addDays(today, -days);
    try {
      const deleted = records.prune(keepFrom);
      // The conditions record is kept as long as the counts it explains.
      const conditions = records.conditions.prune(keepFrom);
      this.prunedFor = key;
      if (deleted.counts + deleted.events + deleted.secondChecks + conditions > 0) {
        this.context.log(
          `kiosk: retention ${days} days: deleted ${deleted.counts} count rows, ${deleted.secondChecks} second-check rows, ${conditions} conditions rows and ${deleted.events} events dated before ${keepFrom}`,
        );
      }
    } catch (error) {
      this.context.log(`kiosk: could not delete old records: ${(error as Error).message}`);
    }
  }

  private store(): CountsStore {
    const records = this.records;
    if ('error' in records) throw new ApiFailure('rejected', records.error);
    return records;
  }
}
