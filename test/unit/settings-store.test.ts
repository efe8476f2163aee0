import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_LIMITS,
  type KioskSettings,
} from '../../electron/contract/settings.js';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { SCHEMA_VERSION } from '../../electron/core/records/migrations.js';
import {
  loadKioskSettings,
  pinStoreFor,
  saveKioskSettings,
} from '../../electron/core/settings/kiosk-settings-store.js';
import { tempDir } from '../support/paths.js';

const open: CountsStore[] = [];
function store(path = join(tempDir(), 'counts.sqlite')): CountsStore {
  const s = new CountsStore(path);
  open.push(s);
  return s;
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

/** Writes a raw value, as a damaged or older file would hold it. */
function writeRaw(path: string, key: string, value: string): void {
  const db = new Database(path);
  db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(key, value);
  db.close();
}

describe('settings store', () => {
  it('round-trips JSON values by key across reopening, and upserts', () => {
    const path = join(tempDir(), 'counts.sqlite');
    const first = store(path);
    expect(first.settings.get('missing')).toBeUndefined();
    first.settings.set('sensor', { path: '/dev/ttyUSB0', protocol: 'auto', baud: null });
    first.settings.set('n', 1);
    first.settings.set('n', 2);
    first.settings.set('flag', false);
    first.close();
    open.length = 0;
    const second = store(path);
    expect(second.settings.get('sensor')).toEqual({
      path: '/dev/ttyUSB0',
      protocol: 'auto',
      baud: null,
    });
    expect(second.settings.get('n')).toBe(2);
    expect(second.settings.get('flag')).toBe(false);
  });

  it('reads a value that is not valid JSON as missing', () => {
    const path = join(tempDir(), 'counts.sqlite');
    store(path).close();
    open.length = 0;
    writeRaw(path, 'kiosk', '{"decision": ');
    const s = store(path);
    expect(s.settings.get('kiosk')).toBeUndefined();
    expect(loadKioskSettings(s.settings)).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
  });

  it('refuses to store undefined rather than writing nothing', () => {
    expect(() => store().settings.set('x', undefined)).toThrow(/cannot be stored as JSON/);
  });

  it('migrates a version-1 database, keeping its counts', () => {
    const path = join(tempDir(), 'v1.sqlite');
    const db = new Database(path);
    db.exec(`
      CREATE TABLE daily_counts (
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'refer', 'retry')),
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (day, outcome)
      ) WITHOUT ROWID;
    `);
    db.prepare('INSERT INTO daily_counts VALUES (?, ?, ?)').run('2026-11-20', 'pass', 41);
    db.prepare('INSERT INTO daily_counts VALUES (?, ?, ?)').run('2026-11-20', 'refer', 2);
    db.pragma('user_version = 1');
    db.close();

    const s = store(path);
    expect(s.day('2026-11-20')).toEqual({
      date: '2026-11-20',
      screened: 43,
      pass: 41,
      refer: 2,
      retry: 0,
    });
    s.settings.set('kiosk', DEFAULT_SETTINGS);
    expect(s.settings.get('kiosk')).toEqual(DEFAULT_SETTINGS);
    s.close();
    open.length = 0;
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'daily_counts'").get()).toBe(
      undefined,
    );
    check.close();
  });
});

describe('kiosk settings', () => {
  it('uses the defaults when nothing is stored, and round-trips saved settings', () => {
    const s = store().settings;
    expect(loadKioskSettings(s)).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
    const changed: KioskSettings = {
      ...DEFAULT_SETTINGS,
      decision: { mode: 'baseline', thresholdC: 37.8, deviationC: 0.7 },
      language: 'fr',
      units: 'F',
    };
    saveKioskSettings(s, changed);
    expect(loadKioskSettings(s)).toEqual({ settings: changed, problem: null });
  });

  it('refuses to save invalid settings', () => {
    const s = store().settings;
    expect(() => saveKioskSettings(s, { ...DEFAULT_SETTINGS, resultSeconds: 0 })).toThrow();
    expect(s.get('kiosk')).toBeUndefined();
  });

  it('keeps the valid fields of partly invalid stored settings and names the bad ones', () => {
    const s = store().settings;
    s.set('kiosk', {
      ...DEFAULT_SETTINGS,
      decision: {
        mode: 'baseline',
        thresholdC: SETTINGS_LIMITS.thresholdC.max + 5,
        deviationC: 0.5,
      },
      language: 'de',
      resultSeconds: 12,
      showTemperature: true,
      retentionDays: 30,
    });
    const { settings, problem } = loadKioskSettings(s);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      resultSeconds: 12,
      showTemperature: true,
      retentionDays: 30,
    });
    expect(problem).toMatch(/^stored settings had invalid values \(/);
    expect(problem).toContain(
      `decision.thresholdC: must be at most ${SETTINGS_LIMITS.thresholdC.max}`,
    );
    expect(problem).toMatch(/language: /);
    expect(problem).not.toMatch(/resultSeconds|retentionDays|showTemperature/);
    expect(problem).toMatch(/; using the defaults for those$/);
  });

  it('gives missing fields their defaults quietly (a record from an older kiosk)', () => {
    const s = store().settings;
    const { autoLockMinutes: _dropped, ...older } = { ...DEFAULT_SETTINGS, framesPerReading: 6 };
    s.set('kiosk', older);
    expect(loadKioskSettings(s)).toEqual({
      settings: { ...DEFAULT_SETTINGS, framesPerReading: 6 },
      problem: null,
    });
  });

  it('replaces a stored value that is not a settings record at all', () => {
    const s = store().settings;
    s.set('kiosk', [1, 2, 3]);
    const loaded = loadKioskSettings(s);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem).toMatch(/not a settings record/);
  });

  it('keeps the PIN hash under its own key', () => {
    const s = store().settings;
    const pins = pinStoreFor(s);
    expect(pins.readPinHash()).toBeNull();
    pins.writePinHash('scrypt$16384$8$1$abc$def');
    expect(pins.readPinHash()).toBe('scrypt$16384$8$1$abc$def');
    expect(s.get('staff.pinHash')).toBe('scrypt$16384$8$1$abc$def');
    s.set('staff.pinHash', 42);
    expect(pins.readPinHash()).toBeNull();
  });
});
