// The CLI as users run it: the headless demo through the real path, and clear usage errors.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { localDate } from '../../electron/core/records/local-date.js';
import { pinStoreFor } from '../../electron/core/settings/kiosk-settings-store.js';
import { hashPin } from '../../electron/core/staff/pin-hash.js';
import { CLI, tempDir } from '../support/paths.js';

function kiosk(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function countsToday(db: string): Record<string, number> {
  const d = new Database(db, { readonly: true });
  const rows = d
    .prepare('SELECT outcome, sum(count) AS count FROM counts WHERE day = ? GROUP BY outcome')
    .all(localDate()) as Array<{ outcome: string; count: number }>;
  d.close();
  return Object.fromEntries(rows.map((r) => [r.outcome, r.count]));
}

describe('kiosk demo --headless', () => {
  it('runs scripted people through pty, serialport, worker and records, and appends to the database', () => {
    const db = join(tempDir(), 'counts.sqlite');
    const crowd = [
      'demo',
      '--headless',
      '--people',
      '30',
      '--fever-rate',
      '0.2',
      '--retry-rate',
      '0.2',
      '--seed',
      '4',
      '--db',
      db,
    ];
    const first = kiosk(...crowd);
    expect(first.stderr).not.toMatch(/kiosk:/);
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual(['screened', 'pass', 'refer', 'retry', 'db']);
    expect(summary.screened).toBe(30);
    expect((summary.pass as number) + (summary.refer as number) + (summary.retry as number)).toBe(
      30,
    );
    expect(summary.refer).toBeGreaterThan(0);
    expect(summary.retry).toBeGreaterThan(0);
    expect(countsToday(db)).toEqual({
      pass: summary.pass,
      refer: summary.refer,
      retry: summary.retry,
    });

    // Same seed, same people: a second run doubles every count.
    const second = kiosk(...crowd);
    expect(JSON.parse(second.stdout)).toEqual(summary);
    expect(countsToday(db)).toEqual({
      pass: 2 * (summary.pass as number),
      refer: 2 * (summary.refer as number),
      retry: 2 * (summary.retry as number),
    });
  });

  it('follows a scripted --sequence exactly', () => {
    const db = join(tempDir(), 'counts.sqlite');
    const run = kiosk('demo', '--headless', '--sequence', 'normal,fever,far,cold,pair', '--db', db);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ screened: 5, pass: 1, refer: 1, retry: 3, db });
  });

  it('refuses a database from a newer kiosk as a start-up error (exit code 2) with the reason', () => {
    const db = join(tempDir(), 'future.sqlite');
    const d = new Database(db);
    d.pragma('user_version = 99');
    d.close();
    const run = kiosk('demo', '--headless', '--people', '2', '--db', db);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/kiosk: the counts database .* was written by a newer kiosk/);
  });
});

describe('kiosk calibrate camera', () => {
  it('records a two-point calibration in the database, and the kiosk then uses it', () => {
    const db = join(tempDir(), 'counts.sqlite');
    const saved = kiosk(
      'calibrate',
      'camera',
      '--low-set',
      '30',
      '--low-measured',
      '29.6',
      '--high-set',
      '37',
      '--high-measured',
      '36.5',
      '--date',
      '2026-11-01',
      '--db',
      db,
    );
    expect(saved.code).toBe(0);
    expect(saved.stdout).toMatch(/gain 1\.0145, offset -0\.029 °C, saved to .*counts\.sqlite/);
    const store = new Database(db, { readonly: true });
    const row = store.prepare('SELECT kind, record FROM calibrations').get() as {
      kind: string;
      record: string;
    };
    store.close();
    expect(row.kind).toBe('two-point');
    expect(JSON.parse(row.record)).toEqual({
      date: '2026-11-01',
      low: { setC: 30, measuredC: 29.6 },
      high: { setC: 37, measuredC: 36.5 },
    });
    const run = kiosk('demo', '--headless', '--sequence', 'normal,fever', '--db', db);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ pass: 1, refer: 1 });
  });

  it("refuses a real kiosk's database (one with its own staff PIN), adding nothing to it (audit L7)", () => {
    const db = join(tempDir(), 'kiosk.sqlite');
    const store = new CountsStore(db);
    pinStoreFor(store.settings).writePinHash(hashPin('4829'));
    store.close();
    const run = kiosk('demo', '--headless', '--sequence', 'normal', '--db', db);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /belongs to a kiosk with its own staff PIN: the demo \(PIN 0000\) will not open its records/,
    );
    expect(countsToday(db)).toEqual({});
  });

  it('refuses a broken record file (older kiosks kept one) with the reason and screens without it', () => {
    const db = join(tempDir(), 'counts.sqlite');
    writeFileSync(join(dirname(db), 'camera-calibration.json'), '{"date": "yesterday"}');
    const run = kiosk('demo', '--headless', '--sequence', 'normal', '--db', db);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /camera-calibration\.json is not a camera calibration record; run `kiosk calibrate camera` again; screening without it/,
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ pass: 1 });
  });
});

describe('kiosk demo --no-open', () => {
  it('prints exactly one line, KIOSK_URL=… with the token, and serves the kiosk there', async () => {
    const child = spawn(process.execPath, [
      CLI,
      'demo',
      '--no-open',
      '--db',
      join(tempDir(), 'c.sqlite'),
    ]);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL: ${out}`)), 10_000);
        child.stdout.on('data', () => out.includes('\n') && (clearTimeout(timer), resolve()));
      });
      await new Promise((r) => setTimeout(r, 300)); // anything else printed would arrive now
      expect(out).toMatch(/^KIOSK_URL=http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}\n$/);
      const page = await fetch(out.slice('KIOSK_URL='.length).trim());
      expect(page.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('kiosk usage', () => {
  it('prints help with every command', () => {
    const run = kiosk('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: npm run -s kiosk -- <command>/);
    expect(run.stdout).toMatch(/start/);
    expect(run.stdout).toMatch(/demo/);
  });

  it.each([
    [
      ['launch'],
      /unknown command "launch"; commands: start, demo, sensor list, sensor inspect, sim, help/,
    ],
    [
      ['demo', '--headless', '--people', 'lots'],
      /--people must be a whole number from 1 to 1000000, got "lots"/,
    ],
    [['demo', '--fever-rate', '1.5'], /--fever-rate must be a number from 0 to 1/],
    [['demo', '--headless'], /--headless needs people to walk past: add --people N/],
    [['start', '--people', '3'], /--people is a demo option/],
    [['demo', '--bogus'], /Unknown option '--bogus'; see --help/],
    [['demo', '--decision', 'vote'], /--decision must be threshold or baseline, got "vote"/],
    [['demo', '--threshold', '45'], /--threshold must be °C from 34 to 40 .* or °F from 93 to 104/],
    [['demo', '--deviation', '0.5'], /--deviation goes with --decision baseline/],
    [
      ['calibrate', 'camera', '--low-set', '30'],
      /calibrate camera needs --low-set, --low-measured/,
    ],
    [
      [
        'calibrate',
        'camera',
        '--low-set',
        '36',
        '--low-measured',
        '36',
        '--high-set',
        '37',
        '--high-measured',
        '37',
      ],
      /set points at least 2 °C apart/,
    ],
  ])('rejects %j with a clear message and exit code 2', (args, message) => {
    const run = kiosk(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
