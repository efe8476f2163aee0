// The kiosk's bundles: the key is made once and kept, a console download is a verifiable bundle,
// and the daily folder is written once a day, says why when it cannot be, and catches up by
// itself once the folder is back.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../electron/contract/api.js';
import { DEFAULT_SETTINGS, type KioskSettings } from '../../electron/contract/settings.js';
import { KeyRing, readBundle } from '../../electron/core/bundle/bundle-reader.js';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { BundleService } from '../../electron/core/services/bundle-service.js';
import type { KioskContext } from '../../electron/core/services/kiosk-context.js';
import { tempDir } from '../support/paths.js';

function setup(settings: Partial<KioskSettings> = {}) {
  const dir = tempDir('bundle-service-');
  const path = join(dir, 'counts.sqlite');
  const store = new CountsStore(path);
  let now = new Date('2026-11-20T10:15:00Z');
  const logs: string[] = [];
  const context: KioskContext = {
    now: () => now,
    local: () => ({ date: now.toISOString().slice(0, 10), hour: now.getUTCHours() }),
    log: (line) => void logs.push(line),
    note: () => undefined,
    emit: () => undefined,
  };
  const current = { ...DEFAULT_SETTINGS, siteName: 'Warehouse', ...settings };
  const make = () =>
    new BundleService({
      context,
      records: store,
      settings: () => current,
      conditions: (r) => store.conditions.days(r),
      timeZone: 'UTC',
    });
  return { dir, path, store, make, current, logs, setNow: (iso: string) => (now = new Date(iso)) };
}

describe('bundle service', () => {
  it('makes the key at first start and keeps it across restarts', () => {
    const s = setup();
    const first = s.make();
    first.start();
    const info = first.info();
    first.stop();
    expect(info.fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/);
    expect(info.site).toBe('Warehouse');
    const again = s.make();
    expect(again.info().fingerprint).toBe(info.fingerprint);
    expect(again.info().installId).toBe(info.installId);
  });

  it('exports a bundle that verifies, and refuses ranges it cannot cover', () => {
    const s = setup();
    s.store.increment({ date: '2026-11-19', hour: 9 }, 'Kiosk 1', 'pass');
    const service = s.make();
    const file = service.export({ from: '2026-11-01', to: '2026-11-20' }, 'hr');
    const ring = new KeyRing(new Set([service.info().fingerprint]));
    const check = readBundle(Buffer.from(file.text), ring, new Date('2026-11-20T11:00:00Z'));
    expect(check.ok).toBe(true);
    expect(file.days).toBe(20);
    expect(file.filename).toBe('Warehouse_Kiosk-1_2026-11-01_2026-11-20.kcb.jsonl');
    expect(() => service.export({ from: '2026-11-21', to: '2026-11-30' }, 'staff')).toThrow(
      ApiFailure,
    );
    expect(() => service.export({ from: '2024-01-01', to: '2026-11-20' }, 'staff')).toThrow(
      /at most 367 days/,
    );
  });

  it('writes this and last month to the folder once a day, and catches up when the folder returns', () => {
    const s = setup();
    const folder = join(s.dir, 'stick');
    s.current.bundleFolder = folder;
    const service = s.make();
    service.tick(); // the stick is not plugged in
    expect(service.info().folderProblem).toMatch(/is not there.*tries again every 5 minutes/);
    mkdirSync(folder);
    s.setNow('2026-11-20T10:17:00Z');
    service.tick(); // within 5 minutes of the failure: not yet
    expect(readdirSync(folder)).toEqual([]);
    s.setNow('2026-11-20T10:21:00Z');
    service.tick();
    expect(service.info().folderProblem).toBeNull();
    expect(service.info().lastWritten).toBe('2026-11-20T10:21');
    expect(readdirSync(folder).sort()).toEqual([
      'Warehouse_Kiosk-1_2026-10.kcb.jsonl',
      'Warehouse_Kiosk-1_2026-11.kcb.jsonl',
    ]);
    rmSync(folder, { recursive: true });
    mkdirSync(folder);
    s.setNow('2026-11-20T23:00:00Z');
    service.tick(); // already written today
    expect(readdirSync(folder)).toEqual([]);
    s.setNow('2026-11-21T00:05:00Z');
    service.tick(); // a new day
    const november = readFileSync(join(folder, 'Warehouse_Kiosk-1_2026-11.kcb.jsonl'), 'utf8');
    expect(november).toContain('"to":"2026-11-21"'); // the same name, one day more
    expect(existsSync(join(folder, 'Warehouse_Kiosk-1_2026-10.kcb.jsonl'))).toBe(true);
    expect(readFileSync(join(folder, 'Warehouse_Kiosk-1_2026-10.kcb.jsonl'), 'utf8')).toMatch(
      /"type":"signature"/,
    );
  });

  it('writes to a folder staff just chose at once, and shows that folder’s own state', () => {
    const s = setup();
    const good = join(s.dir, 'good');
    mkdirSync(good);
    s.current.bundleFolder = join(s.dir, 'missing');
    const service = s.make();
    service.tick();
    expect(service.info().folderProblem).toMatch(/is not there/);
    s.current.bundleFolder = good; // within the 5 minutes of the failed attempt
    const info = service.info();
    expect(info.folderProblem).toBeNull();
    expect(info.lastWritten).toBe('2026-11-20T10:15');
    expect(readdirSync(good)).toHaveLength(2);
    const other = join(s.dir, 'other');
    mkdirSync(other);
    s.current.bundleFolder = other; // the same day: a new folder is still written
    expect(service.info().lastWritten).toBe('2026-11-20T10:15');
    expect(readdirSync(other)).toHaveLength(2);
  });

  it('writes nothing when no folder is set', () => {
    const s = setup();
    const service = s.make();
    service.tick();
    expect(service.info()).toMatchObject({ folder: '', lastWritten: null, folderProblem: null });
  });
});
