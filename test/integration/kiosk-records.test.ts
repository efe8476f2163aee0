// The records layer on a real kiosk (worker, SQLite file, simulated sensor over a pty): counts
// committed before their verdict is published, device events, retention, the kiosk's name on
// its counts, and the HR PIN that opens the counts and nothing else.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRunOptions } from '../../electron/app/options.js';
import { runKiosk, type RunningKiosk } from '../../electron/app/run-kiosk.js';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { addDays, localDate, localTime } from '../../electron/core/records/local-date.js';
import { waitFor } from '../support/pty.js';
import { kioskCalls } from '../support/kiosk-calls.js';
import { tempDir, WORKER } from '../support/paths.js';

let run: RunningKiosk | null = null;
afterEach(async () => {
  await run?.stop();
  run = null;
});

async function start(args: string[], demo: boolean): Promise<RunningKiosk> {
  run = await runKiosk(parseRunOptions(['--warm-up', '0', ...args], demo), {
    workerUrl: WORKER,
    log: () => undefined,
  });
  return run;
}

const { call, value, unlockAs: unlock } = kioskCalls(() => run);

const VERDICT_SCREENS = new Set(['pass', 'refer', 'retry']);

describe('records on a running kiosk', () => {
  it('commits each count before its verdict or verdict screen is published', async () => {
    const db = join(tempDir(), 'counts.sqlite');
    await start(['--db', db, '--people', '8', '--rate', '100', '--retry-rate', '0.3'], true);
    // A separate connection, as after a crash: it sees only what was committed.
    const reader = new Database(db, { readonly: true });
    const stored = () =>
      reader.prepare('SELECT coalesce(sum(count), 0) FROM counts').pluck().get() as number;
    let verdicts = 0;
    let screens = 0;
    const problems: string[] = [];
    run!.kiosk.subscribe((event, payload) => {
      if (event === 'verdict') {
        verdicts++;
        if (stored() !== verdicts) problems.push(`verdict ${verdicts}: ${stored()} stored`);
      }
      if (event === 'state' && VERDICT_SCREENS.has((payload as { screen: string }).screen)) {
        screens++;
        if (stored() < verdicts || verdicts === 0)
          problems.push(`screen ${screens} before its count`);
      }
    });
    void run!.releasePeople();
    await waitFor(
      () => run!.kiosk.tally.pass + run!.kiosk.tally.refer + run!.kiosk.tally.retry >= 8,
      20_000,
      '8 verdicts',
    );
    reader.close();
    expect(problems).toEqual([]);
    expect(verdicts).toBeGreaterThanOrEqual(8);
    expect(screens).toBeGreaterThan(0);
  });

  it('notes device events (never one per person) and counts under the kiosk’s name', async () => {
    const db = join(tempDir(), 'counts.sqlite');
    await start(['--db', db, '--people', '6', '--rate', '100'], true);
    const { session } = await unlock('0000');
    const settings = run!.kiosk.currentSettings();
    await value('updateSettings', {
      session,
      settings: { ...settings, kioskName: 'North door', retentionDays: 30 },
    });
    void run!.releasePeople();
    await waitFor(() => run!.kiosk.snapshot().today.screened >= 6, 20_000, '6 verdicts');
    await run!.stop();
    run = null;
    const store = CountsStore.openExisting(db);
    const today = localDate();
    const events = store.events.list(addDays(today, -1), addDays(today, 1));
    const hourly = store.hourly({ from: today, to: today });
    store.close();
    const kinds = events.map((e) => e.kind);
    expect(kinds.slice(0, 2)).toEqual(['kiosk-started', 'sensor-connected']);
    expect(events.find((e) => e.kind === 'settings-changed')?.detail).toBe(
      'kioskName, retentionDays',
    );
    expect(events.length).toBeLessThan(8);
    expect(JSON.stringify(events)).not.toMatch(/\b3[4-9]\.\d/);
    expect(new Set(hourly.map((h) => h.kiosk))).toEqual(new Set(['North door']));
    expect(
      hourly.every((h) => h.hour === localTime().hour || h.hour === (localTime().hour + 23) % 24),
    ).toBe(true);
  });

  it('deletes counts and events older than the retention at start and when it changes', async () => {
    const db = join(tempDir(), 'counts.sqlite');
    const today = localDate();
    const seed = new CountsStore(db);
    for (const age of [200, 91, 90, 10, 0]) {
      const date = addDays(today, -age);
      seed.increment({ date, hour: 12 }, 'Kiosk 1', 'pass');
      seed.events.add(new Date(`${date}T12:00:00Z`), { date, hour: 12 }, 'sensor-lost', 'test');
    }
    seed.close();
    await start(['--db', db], false);
    const range = { from: addDays(today, -400), to: today };
    const { session } = await value('staffSetPin', { pin: '4829' }).then((r) => {
      if (r.status !== 'unlocked') throw new Error(r.status);
      return r;
    });
    const dates = async () => (await value('getCounts', { session, range })).map((d) => d.date);
    // Default 90 days: more than 90 days ago goes, 90 days ago and newer stays.
    expect(await dates()).toEqual([addDays(today, -90), addDays(today, -10), today]);
    await value('updateSettings', {
      session,
      settings: { ...run!.kiosk.currentSettings(), retentionDays: 7 },
    });
    expect(await dates()).toEqual([today]);
    await run!.stop();
    run = null;
    const store = CountsStore.openExisting(db);
    const left = store.events
      .list(addDays(today, -400), today)
      .filter((e) => e.kind === 'sensor-lost');
    store.close();
    expect(left.map((e) => e.day)).toEqual([today]);
  });
});

describe('HR PIN', () => {
  it('opens the counts and the export, and nothing else (demo HR PIN 1111)', async () => {
    await start(['--db', join(tempDir(), 'd.sqlite')], true);
    expect(run!.kiosk.snapshot().staff).toMatchObject({ demoPin: '0000', demoHrPin: '1111' });
    const hr = await unlock('1111');
    expect(hr.role).toBe('hr');
    const today = localDate();
    expect(
      await value('getCounts', { session: hr.session, range: { from: today, to: today } }),
    ).toEqual([]);
    const file = await value('exportCounts', {
      session: hr.session,
      query: { from: today, to: today, by: 'day', suppressBelow: null },
    });
    expect(file.csv.split('\r\n')[0]).toBe(
      'date,kiosk,screened,passed,referred,retried,confirmed,not_confirmed,declined',
    );
    for (const denied of [
      call('getStaffStatus', { session: hr.session }),
      call('getThermalView', { session: hr.session }),
      call('updateSettings', { session: hr.session, settings: run!.kiosk.currentSettings() }),
      call('exitKiosk', { session: hr.session }),
      call('setHrPin', { session: hr.session, pin: '2222' }),
    ]) {
      expect(await denied).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    const staff = await unlock('0000');
    expect(staff.role).toBe('staff');
    expect((await value('getStaffStatus', { session: staff.session })).hrPinSet).toBe(true);
  });

  it('is set and removed by staff on a real kiosk, and must differ from the staff PIN', async () => {
    await start(['--db', join(tempDir(), 'k.sqlite')], false);
    const first = await value('staffSetPin', { pin: '4829' });
    if (first.status !== 'unlocked') throw new Error(first.status);
    const session = first.session;
    expect((await value('getStaffStatus', { session })).hrPinSet).toBe(false);
    expect(await value('staffUnlock', { pin: '7777' })).toMatchObject({ status: 'wrong-pin' });
    expect(await call('setHrPin', { session, pin: '4829' })).toMatchObject({
      ok: false,
      error: { code: 'rejected', message: expect.stringMatching(/differ from the staff PIN/) },
    });
    await value('setHrPin', { session, pin: '7777' });
    const hr = await unlock('7777');
    expect(hr.role).toBe('hr');
    expect(await call('staffChangePin', { session, pin: '7777' })).toMatchObject({
      ok: false,
      error: { code: 'rejected' },
    });
    await value('setHrPin', { session, pin: null });
    // Removing the HR PIN ends HR sessions and the PIN no longer opens anything.
    expect(
      await call('getCounts', {
        session: hr.session,
        range: { from: '2026-01-01', to: '2026-01-02' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await value('staffUnlock', { pin: '7777' })).toMatchObject({ status: 'wrong-pin' });
  });
});
