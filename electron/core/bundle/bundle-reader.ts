// Reads and verifies one signed counts bundle for the roll-up. Every way a file can be wrong ends
// in one sentence that says what to do; nothing unverified is returned. Order matters: the header
// names the key, the key must be registered, the signature must hold over every byte before the
// last line, and only then are the day lines read. Day lines are checked by hand, not by schema:
// a year of 1,500 kiosks is half a million of them.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BundleConditionsSchema,
  BundleHeaderSchema,
  BundleSignatureSchema,
  HOURLY_FIELDS,
  MAX_BUNDLE_DAYS,
  MAX_HOURLY_COUNT,
  type BundleConditions,
  type BundleHeader,
} from '../../contract/bundle.js';
import { daysBetween, nextDate } from '../records/local-date.js';
import { fingerprintOf } from './fingerprint.js';
import { compareVersions, SOFTWARE_VERSION } from './software-version.js';

/** An hour no bundle line covered (written before it ended). */
export const ABSENT = 0xffff;
const FIELDS = HOURLY_FIELDS.length;
/** Counts per day: every field's 24 hours. */
export const DAY_SIZE = FIELDS * 24;

export interface VerifiedBundle {
  header: BundleHeader;
  fingerprint: string;
  /** One day per date from header.from to header.to: day i's counts are values[i × DAY_SIZE …],
   * HOURLY_FIELDS × 24 hours, ABSENT where unknown. One array per bundle, not per day. */
  values: Uint16Array;
  conditions: BundleConditions[];
}

export type BundleCheck = { ok: true; bundle: VerifiedBundle } | { ok: false; reason: string };

/** The registered fingerprints, and a cache of parsed keys (a kiosk's bundles share one). */
export class KeyRing {
  private readonly keys = new Map<string, KeyObject>();
  constructor(readonly registered: ReadonlySet<string>) {}

  key(publicKey: string): KeyObject {
    let key = this.keys.get(publicKey);
    if (!key) {
      key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
      this.keys.set(publicKey, key);
    }
    return key;
  }
}

/** A clock an hour fast on a kiosk is a clock; more is a bundle "from the future". */
const FUTURE_SLACK_MS = 3_600_000;
const LF = 0x0a;
const fail = (reason: string): BundleCheck => ({ ok: false, reason });

export function readBundle(bytes: Buffer, ring: KeyRing, now: Date): BundleCheck {
  const firstLf = bytes.indexOf(LF);
  const header = parseHeader(firstLf < 0 ? bytes : bytes.subarray(0, firstLf));
  if (typeof header === 'string') return fail(header);
  if (bytes.length === 0 || bytes[bytes.length - 1] !== LF) {
    return fail(
      'truncated: it does not end with its signature line; copy it again from the kiosk or its folder',
    );
  }
  const lastStart = bytes.lastIndexOf(LF, bytes.length - 2) + 1;
  const signature = BundleSignatureSchema.safeParse(
    json(bytes.subarray(lastStart, bytes.length - 1)),
  );
  if (lastStart <= firstLf || !signature.success) {
    return fail(
      'truncated: its last line is not its signature; copy it again from the kiosk or its folder',
    );
  }
  const fingerprint = fingerprintOf(header.publicKey);
  const who = `kiosk "${header.kiosk}" at site "${header.site}", key ${fingerprint}`;
  if (!ring.registered.has(fingerprint)) {
    return fail(
      `unknown key (${who}): if that kiosk's console (Export tab) shows this fingerprint, add it to the key list`,
    );
  }
  let valid: boolean;
  try {
    const body = bytes.subarray(0, lastStart);
    valid = verify(
      null,
      body,
      ring.key(header.publicKey),
      Buffer.from(signature.data.value, 'base64'),
    );
  } catch {
    valid = false;
  }
  if (!valid) {
    return fail(
      `the signature does not match (${who}): the file was changed or damaged after the kiosk wrote it; ask the site for a fresh copy`,
    );
  }
  const when = checkDates(header, now);
  if (when) return fail(`${when} (${who})`);
  const lines = bytes.subarray(firstLf + 1, lastStart - 1).toString('utf8');
  const body = readLines(lines === '' ? [] : lines.split('\n'), header);
  if (typeof body === 'string')
    return fail(`${body} (${who}); the kiosk wrote a bundle this roll-up cannot read: report it`);
  return { ok: true, bundle: { header, fingerprint, ...body } };
}

function json(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function parseHeader(line: Uint8Array): BundleHeader | string {
  const raw = json(line);
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : null;
  if (record?.type !== 'header' || record.format !== BUNDLE_FORMAT) {
    return 'not a counts bundle: its first line is not a bundle header (a damaged file, or another kind of file)';
  }
  if (typeof record.version === 'number' && record.version > BUNDLE_FORMAT_VERSION) {
    return `written in bundle format ${record.version}, newer than this roll-up reads (${BUNDLE_FORMAT_VERSION}): update the roll-up (the kiosk software) and run it again`;
  }
  if (
    typeof record.software === 'string' &&
    compareVersions(record.software, SOFTWARE_VERSION) > 0
  ) {
    return `written by kiosk software ${record.software}, newer than this roll-up (${SOFTWARE_VERSION}): update the roll-up and run it again`;
  }
  const parsed = BundleHeaderSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `its header is damaged (${issue.path.join('.') || 'header'}: ${issue.message}); ask the site for a fresh copy`;
  }
  return parsed.data;
}

function checkDates(h: BundleHeader, now: Date): string | null {
  if (Date.parse(h.createdAt) > now.getTime() + FUTURE_SLACK_MS) {
    return `from the future: written ${h.createdAt}, after this machine's clock; fix the clock of the kiosk (or of this machine) and export again`;
  }
  if (h.from > h.to || h.to > h.createdLocal.slice(0, 10)) {
    return `its range ${h.from} to ${h.to} ends after the day it was written (${h.createdLocal}): fix the kiosk's clock and export again`;
  }
  if (daysBetween(h.from, h.to) + 1 > MAX_BUNDLE_DAYS) {
    return `its range covers more than ${MAX_BUNDLE_DAYS} days; export shorter ranges`;
  }
  return null;
}

function readLines(
  lines: string[],
  h: BundleHeader,
): { values: Uint16Array; conditions: BundleConditions[] } | string {
  const days = daysBetween(h.from, h.to) + 1;
  const values = new Uint16Array(days * DAY_SIZE);
  const conditions: BundleConditions[] = [];
  let day = 0;
  let expected = h.from;
  const openDay = h.createdLocal.slice(0, 10);
  const openHour = Number(h.createdLocal.slice(11, 13));
  for (let i = 0; i < lines.length; i++) {
    const where = `line ${i + 2}`;
    let raw: unknown;
    try {
      raw = JSON.parse(lines[i]!);
    } catch {
      return `${where}: not JSON`;
    }
    const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    if (record.type === 'day') {
      if (day >= days || record.date !== expected) return `${where}: expected the day ${expected}`;
      const problem = dayValues(
        record,
        expected === openDay ? openHour : 24,
        values,
        day * DAY_SIZE,
      );
      if (problem) return `${where}: ${problem}`;
      day++;
      expected = nextDate(expected);
    } else if (record.type === 'conditions') {
      const c = BundleConditionsSchema.safeParse(raw);
      if (!c.success || c.data.date < h.from || c.data.date > h.to) {
        return `${where}: a damaged conditions record`;
      }
      conditions.push(c.data);
    } else return `${where}: not a day or conditions line`;
  }
  if (day !== days) return `it has ${day} day lines for ${h.from} to ${h.to}`;
  return { values, conditions };
}

/** Checks one day line's counts into values[at …]; a sentence when one is wrong. */
function dayValues(
  record: Record<string, unknown>,
  endedHours: number,
  values: Uint16Array,
  at: number,
): string | null {
  if (Object.keys(record).length !== FIELDS + 2) return 'unexpected fields';
  for (let f = 0; f < FIELDS; f++) {
    const hours = record[HOURLY_FIELDS[f]!];
    if (!Array.isArray(hours) || hours.length !== 24)
      return `${HOURLY_FIELDS[f]} must list 24 hours`;
    for (let h = 0; h < 24; h++) {
      const v: unknown = hours[h];
      if (v === null) values[at + f * 24 + h] = ABSENT;
      else if (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_HOURLY_COUNT) {
        if (h >= endedHours) return `hour ${h} had not ended when the bundle was written`;
        values[at + f * 24 + h] = v as number;
      } else return `${HOURLY_FIELDS[f]} hour ${h} is not a count of 0–${MAX_HOURLY_COUNT}`;
    }
  }
  return null;
}
