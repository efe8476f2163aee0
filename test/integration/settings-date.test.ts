// The settings' date, which marks the deployment pack's papers: the kiosk's first start when
// staff never changed a setting, then the local time of each change that changed something, kept
// in the records file across restarts (the settings table, next to the settings).
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sqlitePersistence } from '../../electron/app/persistence.js';
import { DEFAULT_SETTINGS } from '../../electron/contract/settings.js';
import { Kiosk } from '../../electron/core/kiosk.js';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { localDateTime } from '../../electron/core/settings/settings-date.js';
import { tempDir, WORKER } from '../support/paths.js';

// A time zone half an hour off UTC: the date is formatted there, not offset by whole hours.
const TIME_ZONE = 'Asia/Kolkata';
const SESSION = 'unused'; // handlers called directly: the dispatcher's guard is not under test

const running: Array<{ kiosk: Kiosk; store: CountsStore }> = [];
afterEach(() => stopAll());

async function start(db: string, at: { now: Date }): Promise<Kiosk> {
  const store = new CountsStore(db);
  const kiosk = new Kiosk({
    mode: 'live',
    records: store,
    persistence: sqlitePersistence(
      store,
      () => at.now,
      () => undefined,
    ),
    sensor: null,
    openSensor: () => {
      throw new Error('no sensor in this test');
    },
    workerUrl: WORKER,
    now: () => at.now,
    timeZone: TIME_ZONE,
    log: () => undefined,
  });
  running.push({ kiosk, store });
  await kiosk.start();
  return kiosk;
}

async function stopAll(): Promise<void> {
  for (const { kiosk, store } of running.splice(0)) {
    await kiosk.stop();
    store.close();
  }
}

const dateOf = async (kiosk: Kiosk) =>
  (await kiosk.handlers.getDeploymentPack({ session: SESSION })).settingsDate;

describe('the settings date', () => {
  it('is the local date and time to the minute, in the kiosk’s time zone', () => {
    expect(localDateTime(new Date('2026-11-24T09:00:00Z'), TIME_ZONE)).toBe('2026-11-24T14:30');
    expect(localDateTime(new Date('2026-03-29T00:59:00Z'), 'Europe/Paris')).toBe(
      '2026-03-29T01:59',
    );
    expect(localDateTime(new Date('2026-03-29T01:00:00Z'), 'Europe/Paris')).toBe(
      '2026-03-29T03:00',
    );
    expect(localDateTime(new Date('2026-12-31T23:30:00Z'), 'UTC')).toBe('2026-12-31T23:30');
  });

  it('dates the first start, keeps it across restarts, and moves only when a setting changes', async () => {
    const db = join(tempDir('settings-date-'), 'kiosk.sqlite');
    const clock = { now: new Date('2026-11-24T09:00:00Z') };
    let kiosk = await start(db, clock);
    expect(await dateOf(kiosk)).toBe('2026-11-24T14:30');

    // A restart a day later: never changed, so still the first start's date.
    await stopAll();
    clock.now = new Date('2026-11-25T08:00:00Z');
    kiosk = await start(db, clock);
    expect(await dateOf(kiosk)).toBe('2026-11-24T14:30');

    // A change: dated now. Saving the same values again changes nothing, so the date stays.
    clock.now = new Date('2026-11-25T10:15:00Z');
    const changed = { ...DEFAULT_SETTINGS, contactLine: 'Reception, ext. 214', retentionDays: 45 };
    await kiosk.handlers.updateSettings({ session: SESSION, settings: changed });
    expect(await dateOf(kiosk)).toBe('2026-11-25T15:45');
    clock.now = new Date('2026-11-26T10:00:00Z');
    await kiosk.handlers.updateSettings({ session: SESSION, settings: changed });
    expect(await dateOf(kiosk)).toBe('2026-11-25T15:45');

    // Kept in the records file with the settings.
    await stopAll();
    kiosk = await start(db, clock);
    const pack = await kiosk.handlers.getDeploymentPack({ session: SESSION });
    expect(pack.settingsDate).toBe('2026-11-25T15:45');
    expect(pack.settings).toMatchObject({ contactLine: 'Reception, ext. 214', retentionDays: 45 });
    expect(pack.accuracy).toBeNull(); // no sensor streams
  });

  it('ignores a damaged stored date and dates the settings afresh', async () => {
    const db = join(tempDir('settings-date-'), 'kiosk.sqlite');
    const store = new CountsStore(db);
    store.settings.set('kiosk.settingsDate', 'yesterday');
    store.close();
    const kiosk = await start(db, { now: new Date('2026-11-24T09:00:00Z') });
    expect(await dateOf(kiosk)).toBe('2026-11-24T14:30');
  });
});
