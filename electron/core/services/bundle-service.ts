// Signed counts bundles from the running kiosk: the key's fingerprint for the console (HR
// registers it), a bundle for any range on demand, and, when staff chose a folder (a USB stick or
// a share the operating system mounted: the kiosk writes files, it opens no connection), this
// month's and last month's bundles written there once a day. A bundle is rewritten whole each
// day, so a stick that was away catches up on its next day in the slot. A failing folder is said
// on the console and retried every few minutes; it never pauses screening.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ApiFailure } from '../../contract/api.js';
import { MAX_BUNDLE_DAYS, type BundleFile, type BundleIdentity } from '../../contract/bundle.js';
import type { ConditionsDay } from '../../contract/conditions.js';
import type { DateRange } from '../../contract/schemas.js';
import type { KioskSettings } from '../../contract/settings.js';
import { bundleFromStore } from '../bundle/bundle-from-store.js';
import { BundleRangeError } from '../bundle/bundle-writer.js';
import { ensureIdentity, type SigningIdentity } from '../bundle/signing-identity.js';
import type { CountsStore } from '../records/counts-store.js';
import { addDays, daysBetween } from '../records/local-date.js';
import { writeWhole } from '../records/write-whole.js';
import { localDateTime } from '../settings/settings-date.js';
import type { KioskContext } from './kiosk-context.js';

const RETRY_MS = 5 * 60_000;
const CHECK_MS = 60_000;

export interface BundleServiceOptions {
  context: KioskContext;
  records: CountsStore | { error: string };
  settings: () => KioskSettings;
  /** The conditions record with the minutes not yet written. */
  conditions: (range: DateRange) => ConditionsDay[];
  timeZone?: string;
}

export class BundleService {
  private key: SigningIdentity | null = null;
  private keyProblem: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** The folder and local date the daily bundles were last written for, and when: a new folder
   * is written at once, and its own success or failure is what the console shows. */
  private writtenFor: string | null = null;
  private folder = '';
  private lastWritten: string | null = null;
  private folderProblem: string | null = null;
  private lastAttempt = -Infinity;

  constructor(private readonly o: BundleServiceOptions) {}

  start(): void {
    this.identity(); // made at first start, so the console can show it before any export
    this.tick();
    this.timer = setInterval(() => this.tick(), CHECK_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  info(): BundleIdentity {
    const key = this.signingKey();
    const s = this.o.settings();
    // A folder staff just chose is tried now, so what the console shows is about that folder.
    if (s.bundleFolder !== this.folder) this.tick();
    return {
      fingerprint: key.fingerprint,
      installId: key.installId,
      kiosk: s.kioskName,
      site: s.siteName,
      folder: s.bundleFolder,
      lastWritten: s.bundleFolder === '' ? null : this.lastWritten,
      folderProblem: s.bundleFolder === '' ? null : this.folderProblem,
    };
  }

  /** A bundle for the range (console download), noted in the audit trail (never its counts). */
  export(range: DateRange, by: 'staff' | 'hr'): BundleFile {
    if (daysBetween(range.from, range.to) + 1 > MAX_BUNDLE_DAYS) {
      throw new ApiFailure(
        'rejected',
        `one bundle covers at most ${MAX_BUNDLE_DAYS} days: choose a shorter range`,
      );
    }
    let file: BundleFile;
    try {
      file = this.write(range);
    } catch (error) {
      if (error instanceof BundleRangeError) throw new ApiFailure('rejected', error.message);
      throw error;
    }
    this.o.context.note('counts-exported', `signed bundle ${range.from} to ${range.to}, by ${by}`);
    return file;
  }

  /** Writes the daily bundles when a new local day began (or the last attempt failed). */
  tick(): void {
    const folder = this.o.settings().bundleFolder;
    if (folder !== this.folder) {
      this.folder = folder;
      this.writtenFor = this.lastWritten = this.folderProblem = null;
      this.lastAttempt = -Infinity;
    }
    const now = this.o.context.now();
    const today = this.o.context.local().date;
    if (folder === '' || this.writtenFor === today) return;
    if (now.getTime() - this.lastAttempt < RETRY_MS && this.folderProblem !== null) return;
    this.lastAttempt = now.getTime();
    try {
      if (!existsSync(folder) || !statSync(folder).isDirectory()) {
        throw new Error(`the folder ${folder} is not there (is the USB stick or share connected?)`);
      }
      const monthStart = `${today.slice(0, 8)}01`;
      const lastMonth = `${addDays(monthStart, -1).slice(0, 8)}01`;
      for (const range of [
        { from: lastMonth, to: addDays(monthStart, -1) },
        { from: monthStart, to: today },
      ]) {
        const file = this.write(range, true);
        writeWhole(join(folder, file.filename), file.text);
      }
      this.writtenFor = today;
      this.lastWritten = localDateTime(now, this.o.timeZone);
      if (this.folderProblem !== null) this.o.context.log('kiosk: daily bundles written again');
      this.folderProblem = null;
    } catch (error) {
      const why = (error as Error).message;
      if (this.folderProblem === null)
        this.o.context.log(`kiosk: daily bundles not written: ${why}`);
      this.folderProblem = `The daily bundles could not be written: ${why}. The kiosk tries again every 5 minutes.`;
    }
  }

  private write(range: DateRange, month = false): BundleFile {
    const now = this.o.context.now();
    const clock = { createdAt: now, createdLocal: localDateTime(now, this.o.timeZone) };
    const names = this.o.settings();
    const { conditions } = this.o;
    return bundleFromStore(this.store(), range, this.signingKey(), clock, {
      names,
      conditions,
      month,
    });
  }

  private store(): CountsStore {
    const records = this.o.records;
    if ('error' in records) throw new ApiFailure('rejected', `no bundle: ${records.error}`);
    return records;
  }

  private identity(): void {
    try {
      this.key = ensureIdentity(this.store().settings);
      this.keyProblem = null;
    } catch (error) {
      this.keyProblem = `the signing key could not be made or read: ${(error as Error).message}`;
    }
  }

  private signingKey(): SigningIdentity {
    if (!this.key) this.identity();
    if (!this.key) throw new Error(this.keyProblem ?? 'no signing key');
    return this.key;
  }
}
