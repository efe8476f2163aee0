// Writes a signed counts bundle (the format: electron/contract/bundle.ts, docs/bundle-format.md):
// a header, one line per local day of hourly counts (every day of the range, zeros included, so
// "nobody came" differs from "not covered"), one line per day of the conditions record, and the
// Ed25519 signature over every byte before it. Hours that had not ended when it was written are
// null, so a bundle written at noon never contradicts the one written that night. Pure: the
// counts, the clock and the key come in.
import {
  BUNDLE_EXTENSION,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  HOURLY_FIELDS,
  type BundleConditions,
  type BundleFile,
  type BundleHeader,
  type HourlyField,
} from '../../contract/bundle.js';
import type { ConditionsDay } from '../../contract/conditions.js';
import type { HourlyCount } from '../records/counts-store.js';
import { daysBetween, eachDate } from '../records/local-date.js';
import type { HourlySecondChecks } from '../records/second-check-store.js';
import type { SigningIdentity } from './signing-identity.js';
import { SOFTWARE_VERSION } from './software-version.js';

export interface BundleContent {
  site: string;
  kiosk: string;
  from: string;
  to: string;
  /** Every name the counts were kept under is this install's (a renamed kiosk is one kiosk). */
  counts: readonly HourlyCount[];
  checks: readonly HourlySecondChecks[];
  conditions: readonly ConditionsDay[];
  /** The daily folder's month bundle: named by its month alone. */
  month?: boolean;
}

export interface BundleClock {
  createdAt: Date;
  /** The kiosk's local date-time then, "YYYY-MM-DDTHH:mm". */
  createdLocal: string;
}

/** A bundle cannot cover days that have not begun where the kiosk stands. */
export class BundleRangeError extends Error {}

export function writeBundle(
  content: BundleContent,
  identity: SigningIdentity,
  clock: BundleClock,
): BundleFile {
  const today = clock.createdLocal.slice(0, 10);
  const hourNow = Number(clock.createdLocal.slice(11, 13));
  if (content.from > today) {
    throw new BundleRangeError(
      `the range starts on ${content.from}, after today (${today}): choose days that have begun`,
    );
  }
  const to = content.to > today ? today : content.to;
  const header: BundleHeader = {
    type: 'header',
    format: BUNDLE_FORMAT,
    version: BUNDLE_FORMAT_VERSION,
    software: SOFTWARE_VERSION,
    createdAt: clock.createdAt.toISOString(),
    createdLocal: clock.createdLocal,
    site: content.site,
    kiosk: content.kiosk,
    installId: identity.installId,
    publicKey: identity.publicKey,
    from: content.from,
    to,
  };
  const days = hourlyDays(content, content.from, to);
  const lines = [JSON.stringify(header)];
  for (const date of eachDate(content.from, to)) {
    const fields = days.get(date) ?? emptyDay();
    // Hours not yet ended are unknown, not zero.
    const open = (h: number) => date === today && h >= hourNow;
    const day: Record<string, unknown> = { type: 'day', date };
    for (const f of HOURLY_FIELDS) day[f] = fields[f].map((v, h) => (open(h) ? null : v));
    lines.push(JSON.stringify(day));
  }
  for (const c of conditionsByDate(content.conditions, content.from, to)) {
    lines.push(JSON.stringify(c));
  }
  const body = `${lines.join('\n')}\n`;
  const signature = identity.sign(Buffer.from(body, 'utf8'));
  const text = `${body}${JSON.stringify({ type: 'signature', algorithm: 'Ed25519', value: signature })}\n`;
  return {
    filename: bundleFilename(content, { from: content.from, to }, content.month),
    text,
    days: daysBetween(content.from, to) + 1,
  };
}

/** Safe on every file system: letters, digits, dot, dash and underscore only. A month's bundle
 * (the daily folder's) keeps one name all month, so each day's write replaces the day before's. */
export function bundleFilename(
  names: { site: string; kiosk: string },
  range: { from: string; to: string },
  month = false,
): string {
  const safe = (s: string) =>
    s.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '') || 'kiosk';
  const span = month ? range.from.slice(0, 7) : `${range.from}_${range.to}`;
  return `${safe(names.site)}_${safe(names.kiosk)}_${span}${BUNDLE_EXTENSION}`;
}

type DayFields = Record<HourlyField, number[]>;

function emptyDay(): DayFields {
  const hours = () => new Array<number>(24).fill(0);
  return {
    pass: hours(),
    refer: hours(),
    retry: hours(),
    confirmed: hours(),
    notConfirmed: hours(),
    declined: hours(),
  };
}

function hourlyDays(content: BundleContent, from: string, to: string): Map<string, DayFields> {
  const days = new Map<string, DayFields>();
  const add = (date: string, hour: number, values: Partial<Record<HourlyField, number>>) => {
    if (date < from || date > to) return;
    const day = days.get(date) ?? emptyDay();
    for (const f of HOURLY_FIELDS) day[f][hour]! += values[f] ?? 0;
    days.set(date, day);
  };
  for (const c of content.counts) add(c.date, c.hour, c);
  for (const c of content.checks) add(c.date, c.hour, c);
  return days;
}

/** One line per date: a kiosk renamed that day has two records, joined here. */
function conditionsByDate(
  rows: readonly ConditionsDay[],
  from: string,
  to: string,
): BundleConditions[] {
  const byDate = new Map<string, BundleConditions>();
  for (const r of rows) {
    if (r.date < from || r.date > to) continue;
    const c = byDate.get(r.date);
    if (!c) {
      const { kiosk: _kiosk, date, ...rest } = r;
      byDate.set(r.date, {
        type: 'conditions',
        date,
        ...rest,
        pausedMinutes: { ...rest.pausedMinutes },
      });
      continue;
    }
    c.readyMinutes += r.readyMinutes;
    c.referenceStableMinutes += r.referenceStableMinutes;
    c.referenceUnstableMinutes += r.referenceUnstableMinutes;
    for (const [reason, minutes] of Object.entries(r.pausedMinutes)) {
      const key = reason as keyof typeof c.pausedMinutes;
      c.pausedMinutes[key] = (c.pausedMinutes[key] ?? 0) + (minutes ?? 0);
    }
    c.roomMinC = lower(c.roomMinC, r.roomMinC);
    c.roomMaxC = higher(c.roomMaxC, r.roomMaxC);
    c.calibrationAgeDays = higher(c.calibrationAgeDays, r.calibrationAgeDays);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

const lower = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.min(a, b);
const higher = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.max(a, b);
