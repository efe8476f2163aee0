// One kiosk's hourly counts merged from all its bundles. The same hour in two bundles must agree:
// the first value read stays and a disagreement is reported (never summed, never overwritten).
// An hour a bundle left unknown (written before the hour ended) is filled by any bundle that has
// it. The days sit in one array per kiosk, indexed by day number, grown as bundles arrive: a year
// of 1,500 kiosks is 1,500 arrays, not half a million.
import type { BundleConditions, BundleHeader } from '../../contract/bundle.js';
import { ABSENT, DAY_SIZE, type VerifiedBundle } from '../bundle/bundle-reader.js';
import { compareVersions } from '../bundle/software-version.js';
import { dateOfDay, dayNumber } from '../records/local-date.js';
import type { Conflict } from './rollup-report.js';

const SPARE_DAYS = 31;

export class KioskDays {
  readonly conditions = new Map<string, BundleConditions>();
  readonly files: string[] = [];
  /** The newest bundle's header: its names are the kiosk's names now (a kiosk can be renamed). */
  newest: BundleHeader;
  software: string;
  /** Day number of slot 0; slots hold DAY_SIZE counts each. */
  private base = 0;
  private values = new Uint16Array(0);
  /** Per slot: 0 = no bundle covered the day, else 1 + the index in `files` of the first that did. */
  private firstFile = new Int32Array(0);

  constructor(
    readonly fingerprint: string,
    first: BundleHeader,
  ) {
    this.newest = first;
    this.software = first.software;
  }

  /** Adds a verified bundle; returns the days on which it disagreed with what was read before. */
  add(bundle: VerifiedBundle, file: string): Conflict[] {
    this.files.push(file);
    const h = bundle.header;
    const newer = h.createdAt > this.newest.createdAt;
    if (newer) this.newest = h;
    if (compareVersions(h.software, this.software) > 0) this.software = h.software;
    const first = dayNumber(h.from);
    const days = bundle.values.length / DAY_SIZE;
    this.cover(first, first + days - 1);
    const conflicts: Conflict[] = [];
    const incoming = bundle.values;
    for (let d = 0; d < days; d++) {
      const slot = first + d - this.base;
      const at = slot * DAY_SIZE;
      const from = d * DAY_SIZE;
      if (this.firstFile[slot] === 0) {
        this.values.set(incoming.subarray(from, from + DAY_SIZE), at);
        this.firstFile[slot] = this.files.length;
        continue;
      }
      let hours = 0; // a bit per hour that disagreed
      for (let i = 0; i < DAY_SIZE; i++) {
        const v = incoming[from + i]!;
        if (v === ABSENT) continue;
        const known = this.values[at + i]!;
        if (known === ABSENT) this.values[at + i] = v;
        else if (known !== v) hours |= 1 << (i % 24);
      }
      if (hours !== 0) {
        conflicts.push({
          site: h.site,
          kiosk: h.kiosk,
          date: dateOfDay(first + d),
          hours: [...Array(24).keys()].filter((x) => hours & (1 << x)),
          files: [this.files[this.firstFile[slot]! - 1]!, file],
        });
      }
    }
    // The conditions record: the newest bundle's line for a day wins (it saw more of the day).
    for (const c of bundle.conditions) {
      if (newer || !this.conditions.has(c.date)) this.conditions.set(c.date, c);
    }
    return conflicts;
  }

  /** Calls back for every covered day from..to (day numbers) with its counts at values[at …]. */
  forEachDay(
    from: number,
    to: number,
    each: (day: number, values: Uint16Array, at: number) => void,
  ): void {
    const start = Math.max(from - this.base, 0);
    const end = Math.min(to - this.base, this.firstFile.length - 1);
    for (let slot = start; slot <= end; slot++) {
      if (this.firstFile[slot] !== 0) each(this.base + slot, this.values, slot * DAY_SIZE);
    }
  }

  /** Hours ready and paused in from..to by the conditions record; null without any record. */
  conditionHours(
    from: string,
    to: string,
  ): { readyHours: number | null; pausedHours: number | null } {
    let ready = 0;
    let paused = 0;
    let days = 0;
    for (const [date, c] of this.conditions) {
      if (date < from || date > to) continue;
      days++;
      ready += c.readyMinutes;
      for (const minutes of Object.values(c.pausedMinutes)) paused += minutes ?? 0;
    }
    const hours = (minutes: number) => Math.round(minutes / 6) / 10;
    return days === 0
      ? { readyHours: null, pausedHours: null }
      : { readyHours: hours(ready), pausedHours: hours(paused) };
  }

  /** The first and last date any bundle covered. */
  span(): { from: string; to: string } | null {
    const slots = this.firstFile;
    let lo = 0;
    while (lo < slots.length && slots[lo] === 0) lo++;
    if (lo === slots.length) return null;
    let hi = slots.length - 1;
    while (slots[hi] === 0) hi--;
    return { from: dateOfDay(this.base + lo), to: dateOfDay(this.base + hi) };
  }

  /** Grows the arrays to hold day numbers first..last, with a month to spare: bundles arrive in
   * file-name order, month by month, so a year of one kiosk takes a dozen small copies. */
  private cover(first: number, last: number): void {
    const size = this.firstFile.length;
    if (size > 0 && first >= this.base && last < this.base + size) return;
    const lo = size === 0 ? first : Math.min(first, this.base);
    const hi = size === 0 ? last : Math.max(last, this.base + size - 1);
    const grown = hi - lo + 1 + SPARE_DAYS;
    const base = size === 0 || first >= this.base ? lo : hi + 1 - grown;
    const values = new Uint16Array(grown * DAY_SIZE);
    const firstFile = new Int32Array(grown);
    if (size > 0) {
      values.set(this.values, (this.base - base) * DAY_SIZE);
      firstFile.set(this.firstFile, this.base - base);
    }
    this.base = base;
    this.values = values;
    this.firstFile = firstFile;
  }
}
