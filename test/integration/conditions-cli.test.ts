// `kiosk export --conditions`: the daily conditions record as its own CSV, read from the kiosk
// database without the kiosk running; counts options are refused with a sentence and no file.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONDITIONS_HEADERS } from '../../electron/core/records/conditions-csv.js';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { CLI, tempDir } from '../support/paths.js';

function kiosk(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function database(): string {
  const db = join(tempDir('kiosk-conditions-cli-'), 'kiosk.sqlite');
  const store = new CountsStore(db);
  const day = (date: string, ready: number, warming: number, roomMinC: number | null) => ({
    day: date,
    kiosk: 'Main entrance',
    ready,
    paused: { 'warming-up': warming, 'room-too-cold': 2 },
    roomMinC,
    roomMaxC: roomMinC === null ? null : roomMinC + 2.5,
    referenceStable: 0,
    referenceUnstable: 0,
    calibrationAgeDays: 7,
  });
  store.conditions.add([
    day('2026-04-01', 600, 30, 19.5),
    day('2026-04-02', 480, 30, null),
    day('2026-05-01', 1, 0, 20),
  ]);
  store.close();
  return db;
}

describe('kiosk export --conditions', () => {
  it('writes one row per recorded day and kiosk of the range, every pause reason a column', () => {
    const db = database();
    const out = join(tempDir(), 'conditions_2026-04-01_2026-04-30.csv');
    const run = kiosk(
      'export',
      '--conditions',
      '--from',
      '2026-04-01',
      '--to',
      '2026-04-30',
      '--out',
      out,
      '--db',
      db,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('exported the conditions record: 2 rows');
    const csv = readFileSync(out, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(CONDITIONS_HEADERS.join(','));
    const rows = lines.slice(1).map((l) => {
      const fields = l.split(',');
      return Object.fromEntries(CONDITIONS_HEADERS.map((h, i) => [h, fields[i]]));
    });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      date: '2026-04-01',
      kiosk: 'Main entrance',
      ready_minutes: '600',
      paused_minutes_warming_up: '30',
      paused_minutes_room_too_cold: '2',
      paused_minutes_sensor_disconnected: '0',
      room_min_c: '19.5',
      room_max_c: '22.0',
      reference_stable_minutes: '0',
      calibration_age_days: '7',
    });
    expect(rows[1]).toMatchObject({ date: '2026-04-02', room_min_c: '', room_max_c: '' });
  });

  it('refuses the counts options with a sentence, writing nothing', () => {
    const db = database();
    const out = join(tempDir(), 'c.csv');
    const run = kiosk(
      'export',
      '--conditions',
      '--by',
      'hour',
      '--from',
      '2026-04-01',
      '--to',
      '2026-04-30',
      '--out',
      out,
      '--db',
      db,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /--by and --suppress-below are for the counts: the conditions record has one row per day and kiosk/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
