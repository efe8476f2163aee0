// The daily conditions record: minutes accumulate per reason and local day (injected clock), the
// room's range and the reference's minutes, a store that refuses writes never stops anything,
// the CSV's columns, and retention.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScreeningState } from '../../electron/contract/schemas.js';
import { DEFAULT_SETTINGS } from '../../electron/contract/settings.js';
import type { BlackbodyState } from '../../electron/contract/staff.js';
import { defaultEngineSettings } from '../../electron/core/estimation/engine-settings.js';
import { CONDITIONS_HEADERS, conditionsFile } from '../../electron/core/records/conditions-csv.js';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { localTime } from '../../electron/core/records/local-date.js';
import { ConditionsService, MINUTE_MS } from '../../electron/core/services/conditions-service.js';
import { RecordsService } from '../../electron/core/services/records-service.js';
import type { KioskContext } from '../../electron/core/services/kiosk-context.js';
import { tempDir } from '../support/paths.js';

const ZONE = 'Europe/Paris';
/** 23:58 local time on 2 March 2026 (Paris is UTC+1 in March before the change). */
const T0 = Date.parse('2026-03-02T22:58:00Z');

const stores: CountsStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

function rig(options: { reference?: boolean } = {}) {
  let now = T0;
  const logs: string[] = [];
  const notes: string[] = [];
  const context: KioskContext = {
    now: () => new Date(now),
    local: () => localTime(new Date(now), ZONE),
    log: (line) => logs.push(line),
    note: (kind, detail) => notes.push(`${kind}: ${detail ?? ''}`),
    emit: () => undefined,
  };
  const store = new CountsStore(join(tempDir('kiosk-conditions-'), 'c.sqlite'));
  stores.push(store);
  const screening = {
    shown: { screen: 'idle' } as ScreeningState,
    ambientC: 21.04 as number | null,
    blackbodyState: 'ok' as BlackbodyState,
  };
  const sensor = { streaming: true };
  let age: number | null = 12;
  const base = defaultEngineSettings('2026-03-02');
  const engine = {
    settings: { ...DEFAULT_SETTINGS, kioskName: 'Main entrance' },
    engine: options.reference ? base : { ...base, pipeline: { ...base.pipeline, blackbody: null } },
  };
  const camera = { ageDays: () => age, publishOverdue: () => undefined };
  const service = new ConditionsService(context, store, { screening, sensor, camera }, engine);
  return {
    store,
    service,
    screening,
    sensor,
    engine,
    logs,
    notes,
    context,
    setAge: (days: number | null) => void (age = days),
    /** Time passes without a tick. */
    wait: (ms: number) => void (now += ms),
    /** `n` minutes pass, the record ticking at each. */
    minutes: (n: number) => {
      for (let i = 0; i < n; i++) {
        now += MINUTE_MS;
        service.tick();
      }
    },
  };
}

const paused = (reason: 'warming-up' | 'room-too-cold' | 'sensor-disconnected'): ScreeningState =>
  reason === 'warming-up'
    ? { screen: 'paused', reason, readyAt: T0 + 10 * MINUTE_MS }
    : { screen: 'paused', reason };

describe('conditions record', () => {
  it('adds each minute to the local day it ends in: ready, or paused by reason', () => {
    const k = rig();
    k.screening.shown = paused('warming-up');
    k.minutes(1); // 23:59 on 2 March
    k.screening.shown = { screen: 'measuring', progress: 0.5, guidance: 'measuring' };
    k.minutes(1); // 00:00 on 3 March: the next day
    k.screening.shown = paused('room-too-cold');
    k.minutes(2);
    k.screening.shown = { screen: 'pass' };
    k.minutes(3);
    const days = k.service.days({ from: '2026-03-01', to: '2026-03-31' });
    expect(days).toEqual([
      expect.objectContaining({
        date: '2026-03-02',
        kiosk: 'Main entrance',
        readyMinutes: 0,
        pausedMinutes: { 'warming-up': 1 },
      }),
      expect.objectContaining({
        date: '2026-03-03',
        readyMinutes: 4,
        pausedMinutes: { 'room-too-cold': 2 },
      }),
    ]);
    // Written at each tick, not kept in memory: a new service on the same store reads them.
    expect(k.store.conditions.days({ from: '2026-03-03', to: '2026-03-03' })[0]?.readyMinutes).toBe(
      4,
    );
  });

  it('keeps the room range as the sensor read it, only while it streams, and the calibration age', () => {
    const k = rig();
    k.screening.ambientC = null; // a sensor without a room reading: nothing for the range
    k.minutes(2); // past midnight: what follows is on 3 March
    k.screening.ambientC = 19.96;
    k.minutes(1);
    k.screening.ambientC = 23.44;
    k.minutes(1);
    // A sensor no longer streaming: its last room value is not a reading.
    k.sensor.streaming = false;
    k.screening.ambientC = 5;
    k.screening.shown = paused('sensor-disconnected');
    k.setAge(13);
    k.minutes(1);
    const [first, day] = k.service.days({ from: '2026-03-02', to: '2026-03-03' });
    expect(first).toMatchObject({ roomMinC: null, roomMaxC: null });
    expect(day).toMatchObject({
      roomMinC: 20,
      roomMaxC: 23.4,
      calibrationAgeDays: 13,
      pausedMinutes: { 'sensor-disconnected': 1 },
      // No reference configured: both stay 0.
      referenceStableMinutes: 0,
      referenceUnstableMinutes: 0,
    });
  });

  it('counts the reference stable and unstable minutes where one is configured', () => {
    const k = rig({ reference: true });
    expect(k.engine.engine.pipeline.blackbody).not.toBeNull();
    k.minutes(3);
    k.screening.blackbodyState = 'moved';
    k.minutes(1);
    k.screening.blackbodyState = 'unstable';
    k.minutes(1);
    k.screening.blackbodyState = 'unknown';
    k.minutes(1);
    const days = k.service.days({ from: '2026-03-02', to: '2026-03-03' });
    const sum = (key: 'referenceStableMinutes' | 'referenceUnstableMinutes') =>
      days.reduce((n, d) => n + d[key], 0);
    expect(sum('referenceStableMinutes')).toBe(3);
    expect(sum('referenceUnstableMinutes')).toBe(2);
  });

  it('never stops when the store refuses writes: says so once, keeps the minutes, saves them later', () => {
    const k = rig();
    const add = k.store.conditions.add.bind(k.store.conditions);
    let refuse = true;
    k.store.conditions.add = (entries) => {
      if (refuse) throw new Error('database or disk is full');
      add(entries);
    };
    k.minutes(3);
    expect(k.logs.filter((l) => l.includes('could not save the conditions record'))).toHaveLength(
      1,
    );
    expect(k.store.conditions.days({ from: '2026-03-01', to: '2026-03-31' })).toEqual([]);
    // The minutes waiting in memory are still shown to staff.
    const waiting = k.service.days({ from: '2026-03-01', to: '2026-03-31' });
    expect(waiting.reduce((n, d) => n + d.readyMinutes, 0)).toBe(3);
    refuse = false;
    k.minutes(1);
    const saved = k.store.conditions.days({ from: '2026-03-01', to: '2026-03-31' });
    expect(saved.reduce((n, d) => n + d.readyMinutes, 0)).toBe(4);
    expect(k.logs.at(-1)).toBe('kiosk: the conditions record is saved again');
  });

  it('counts the last part-minute at stop from half a minute', () => {
    const k = rig();
    k.service.start();
    k.minutes(1);
    k.service.stop();
    const total = () =>
      k.store.conditions
        .days({ from: '2026-03-01', to: '2026-03-31' })
        .reduce((n, d) => n + d.readyMinutes, 0);
    expect(total()).toBe(1); // stopped at once: nothing more
    const later = rig();
    later.service.start();
    later.wait(40_000);
    later.service.stop();
    const part = later.store.conditions.days({ from: '2026-03-01', to: '2026-03-31' });
    expect(part.map((d) => d.readyMinutes)).toEqual([1]); // 40 s: counted as a minute
    const brief = rig();
    brief.service.start();
    brief.wait(20_000);
    brief.service.stop();
    expect(brief.store.conditions.days({ from: '2026-03-01', to: '2026-03-31' })).toEqual([]);
  });

  it('writes the CSV with every pause reason in a fixed order, and notes the export', () => {
    const k = rig();
    k.screening.shown = paused('warming-up');
    k.minutes(2);
    k.screening.shown = { screen: 'idle' };
    k.minutes(5);
    const file = k.service.export({ from: '2026-03-02', to: '2026-03-03' }, 'hr');
    expect(file.filename).toBe('conditions_2026-03-02_2026-03-03.csv');
    expect(k.notes).toEqual(['counts-exported: conditions record 2026-03-02 to 2026-03-03, by hr']);
    const lines = file.csv.split('\r\n');
    expect(lines.at(-1)).toBe(''); // CRLF after every record, the last included
    expect(lines[0]).toBe(CONDITIONS_HEADERS.join(','));
    expect(CONDITIONS_HEADERS.slice(0, 5)).toEqual([
      'date',
      'kiosk',
      'ready_minutes',
      'paused_minutes_starting',
      'paused_minutes_sensor_disconnected',
    ]);
    expect(CONDITIONS_HEADERS).toContain('paused_minutes_warming_up');
    expect(CONDITIONS_HEADERS).toContain('paused_minutes_room_too_warm');
    expect(CONDITIONS_HEADERS.slice(-5)).toEqual([
      'room_min_c',
      'room_max_c',
      'reference_stable_minutes',
      'reference_unstable_minutes',
      'calibration_age_days',
    ]);
    const rows = lines.slice(1, -1).map((l) => l.split(','));
    const col = (row: string[], name: string) => row[CONDITIONS_HEADERS.indexOf(name)];
    expect(rows.map((r) => col(r, 'date'))).toEqual(['2026-03-02', '2026-03-03']);
    expect(rows.map((r) => col(r, 'ready_minutes'))).toEqual(['0', '5']);
    expect(rows.map((r) => col(r, 'paused_minutes_warming_up'))).toEqual(['1', '1']);
    expect(col(rows[1]!, 'room_min_c')).toBe('21.0');
    expect(col(rows[1]!, 'calibration_age_days')).toBe('12');
    expect(rows.every((r) => r.length === CONDITIONS_HEADERS.length)).toBe(true);
    // Unknown values are empty fields; a kiosk name is defused like in the HR export.
    const unknown = conditionsFile({ from: '2026-03-04', to: '2026-03-04' }, [
      {
        date: '2026-03-04',
        kiosk: '=cmd',
        readyMinutes: 0,
        pausedMinutes: {},
        roomMinC: null,
        roomMaxC: null,
        referenceStableMinutes: 0,
        referenceUnstableMinutes: 0,
        calibrationAgeDays: null,
      },
    ]);
    expect(unknown.csv.split('\r\n')[1]).toMatch(/^2026-03-04,"'=cmd",0,(0,)+,,0,0,$/);
  });

  it('is deleted with the other records after the retention period', () => {
    const k = rig();
    k.minutes(3); // 2 and 3 March
    k.store.conditions.add([
      {
        day: '2026-02-20',
        kiosk: 'Main entrance',
        ready: 9,
        paused: { 'room-too-warm': 4 },
        roomMinC: 20,
        roomMaxC: 25,
        referenceStable: 0,
        referenceUnstable: 0,
        calibrationAgeDays: 1,
      },
    ]);
    expect(k.store.conditions.days({ from: '2026-02-01', to: '2026-03-31' })).toHaveLength(3);
    k.engine.settings = { ...k.engine.settings, retentionDays: 1 };
    const records = new RecordsService(k.context, k.store, () => k.engine.settings);
    // Today is 3 March: keeping one day deletes what is dated before 2 March.
    records.applyRetention();
    const left = k.store.conditions.days({ from: '2026-02-01', to: '2026-03-31' });
    expect(left.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-03']);
    expect(k.logs.at(-1)).toMatch(/2 conditions rows .* before 2026-03-02/);
  });
});
