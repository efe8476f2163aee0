// The staff's kiosk settings and the PIN's hash, kept in the settings table. Stored settings are
// validated on load: a damaged or out-of-range field falls back to its default (and says so)
// without throwing away the fields that are still good.
import {
  DEFAULT_SETTINGS,
  KioskSettingsSchema,
  type KioskSettings,
} from '../../contract/settings.js';
import type { SettingsStore } from '../records/settings-store.js';
import type { PinStore } from '../staff/staff-auth.js';
import { asSettingsDate } from './settings-date.js';

const SETTINGS_KEY = 'kiosk';
/** When the settings last changed (settings-date.ts), or the kiosk's first start. */
const SETTINGS_DATE_KEY = 'kiosk.settingsDate';
const PIN_HASH_KEY = 'staff.pinHash';
const HR_PIN_HASH_KEY = 'hr.pinHash';
/** Each PIN's lockout (counts and times; never a PIN): `staff.lockout.staff`, `staff.lockout.hr`. */
const LOCKOUT_KEY = 'staff.lockout';

export interface LoadedKioskSettings {
  settings: KioskSettings;
  /** One sentence for staff when stored values were replaced by defaults, else null. */
  problem: string | null;
}

export function loadKioskSettings(store: SettingsStore): LoadedKioskSettings {
  const stored = store.get(SETTINGS_KEY);
  if (stored === undefined) return { settings: DEFAULT_SETTINGS, problem: null };
  const parsed = KioskSettingsSchema.safeParse(stored);
  if (parsed.success) return { settings: parsed.data, problem: null };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return {
      settings: DEFAULT_SETTINGS,
      problem: 'stored settings were not a settings record; using the defaults',
    };
  }
  const record = stored as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const bad: string[] = [];
  for (const [key, schema] of Object.entries(KioskSettingsSchema.shape)) {
    // A field an older kiosk never stored is not a problem: it simply takes its default.
    if (record[key] === undefined) continue;
    const field = schema.safeParse(record[key]);
    if (field.success) merged[key] = field.data;
    else
      bad.push(
        ...field.error.issues.map((i) => `${[key, ...i.path.map(String)].join('.')}: ${i.message}`),
      );
  }
  const unknown = Object.keys(record).filter((key) => !(key in KioskSettingsSchema.shape));
  if (unknown.length > 0) bad.push(`unknown ${unknown.join(', ')}: ignored`);
  // Re-validate the merge, so a schema rule spanning fields can never let a bad record through.
  const result = KioskSettingsSchema.safeParse(merged);
  const settings = result.success ? result.data : DEFAULT_SETTINGS;
  return {
    settings,
    problem:
      bad.length > 0
        ? `stored settings had invalid values (${bad.join('; ')}); using the defaults for those`
        : null,
  };
}

export function saveKioskSettings(store: SettingsStore, settings: KioskSettings): void {
  store.set(SETTINGS_KEY, KioskSettingsSchema.parse(settings));
}

/** The stored settings date, or null (never stamped, or not a date). */
export function loadSettingsDate(store: SettingsStore): string | null {
  return asSettingsDate(store.get(SETTINGS_DATE_KEY));
}

export function saveSettingsDate(store: SettingsStore, date: string): void {
  const checked = asSettingsDate(date);
  if (checked === null) throw new Error(`settings date "${date}" is not YYYY-MM-DDTHH:mm`);
  store.set(SETTINGS_DATE_KEY, checked);
}

export function pinStoreFor(store: SettingsStore): PinStore {
  const read = (key: string) => {
    const value = store.get(key);
    return typeof value === 'string' && value.length > 0 ? value : null;
  };
  return {
    readPinHash: () => read(PIN_HASH_KEY),
    writePinHash: (hash) => store.set(PIN_HASH_KEY, hash),
    readHrPinHash: () => read(HR_PIN_HASH_KEY),
    writeHrPinHash: (hash) =>
      void (hash === null ? store.delete(HR_PIN_HASH_KEY) : store.set(HR_PIN_HASH_KEY, hash)),
    readLockout: (role) => store.get(`${LOCKOUT_KEY}.${role}`) ?? null,
    writeLockout: (role, state) => store.set(`${LOCKOUT_KEY}.${role}`, state),
  };
}
