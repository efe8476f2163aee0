// `kiosk calibrate site` on a simulated sensor with people walking past: the thermometer values
// come on stdin, bad ones get one sentence and the prompt again, the fit is printed, and only an
// accepted fit that passed its checks reaches the database; the typed values reach nothing
// (database, -wal, -shm, stdout, stderr), not even as float bytes.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../electron/contract/settings.js';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { saveKioskSettings } from '../../electron/core/settings/kiosk-settings-store.js';
import { planSequence } from '../../native-mocks/people.js';
import { SocatPair } from '../../native-mocks/pty-pair.js';
import { Simulator } from '../../native-mocks/simulator.js';
import { roomForSeed } from '../../native-mocks/walkthrough.js';
import { CLI, tempDir } from '../support/paths.js';
import { runCli, type CliRun } from '../support/run-cli.js';
import { tracesIn, tracesInDatabase } from '../support/value-traces.js';
import { THERMOMETER_VALUES } from '../support/volunteer-values.js';

const GY_AT_115200 = ['--protocol', 'gy-mcu90640', '--baud', '115200'];

const TYPED = THERMOMETER_VALUES.slice(0, 12);

interface People {
  sensorPath: string;
  close(): Promise<void>;
}

/** Normal people walking past a simulated GY-MCU90640, for as long as the test needs. */
async function peopleWalkingPast(seed: number): Promise<People> {
  const pair = new SocatPair(mkdtempSync(join(tmpdir(), 'kiosk-site-pty-')));
  const ends = await pair.start();
  let round = seed;
  const normals = () => planSequence(Array(10).fill('normal').join(','), round++);
  const simulator = new Simulator({
    path: ends.simulatorPath,
    protocol: 'gy-mcu90640',
    rateHz: 50,
    seed,
    room: roomForSeed(seed),
    people: normals(),
    morePeople: normals,
    // Nobody walks past before the command has the port open.
    sensorPath: ends.sensorPath,
    ignoreOpeners: [pair.pid!, process.pid],
  });
  void simulator.start().catch(() => undefined);
  return {
    sensorPath: ends.sensorPath,
    async close() {
      await simulator.stop();
      await pair.stop();
    },
  };
}

/** A kiosk database with its default settings, as `kiosk calibrate site` reads it. */
function kioskDatabase(): string {
  const db = join(tempDir('kiosk-site-'), 'kiosk.sqlite');
  const store = new CountsStore(db);
  saveKioskSettings(store.settings, DEFAULT_SETTINGS);
  store.close();
  return db;
}

function calibrateSite(sensorPath: string, db: string, stdin: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      CLI,
      'calibrate',
      'site',
      '--sensor',
      sensorPath,
      ...GY_AT_115200,
      '--db',
      db,
    ]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

function siteRows(db: string): Array<{ sensor: string; record: string }> {
  const store = CountsStore.openExisting(db);
  try {
    return store.siteCalibrations.history().map((s) => ({
      sensor: s.calibration.sensor,
      record: JSON.stringify(s.calibration),
    }));
  } finally {
    store.close();
  }
}

let people: People | null = null;
afterEach(async () => {
  await people?.close();
  people = null;
});

describe('kiosk calibrate site', () => {
  it('needs the sensor, and says so', async () => {
    const run = await runCli(['calibrate', 'site', '--db', join(tempDir(), 'k.sqlite')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/calibrate site needs --sensor PATH/);
  });

  it('reads volunteers, refuses bad values with a sentence, fits and saves only the fit', async () => {
    people = await peopleWalkingPast(3);
    const db = kioskDatabase();
    const lines = ['abc', '43.5', 'done', ...TYPED, 'done', 'y'];
    const run = await calibrateSite(people.sensorPath, db, `${lines.join('\n')}\n`);
    expect(run.code, run.stderr).toBe(0);

    expect(run.stderr).toContain('Volunteer 1: step up to the kiosk and hold still');
    expect(run.stderr).toContain('Volunteer 12: reading taken');
    expect(run.stderr).toContain('Type the thermometer reading as a number in °C');
    expect(run.stderr).toContain('That is outside 34–42 °C');
    expect(run.stderr).toContain('0 volunteers with a value so far: read at least 10');
    expect(run.stdout).toMatch(/Site calibration for sensor 32x24@55, 12 volunteers/);
    expect(run.stdout).toMatch(/offset \+\d\.\d\d °C ± 0\.\d\d/);
    expect(run.stdout).toMatch(/sensitivity \d+(\.\d)? %/);
    expect(run.stdout).toContain('Saved to');

    const rows = siteRows(db);
    expect(rows).toHaveLength(1);
    const saved = JSON.parse(rows[0]!.record) as Record<string, unknown>;
    expect(Object.keys(saved).sort()).toEqual(
      ['date', 'distanceM', 'n', 'offsetC', 'sensor', 'seC', 'spreadC', 'version'].sort(),
    );
    expect(saved.n).toBe(12);

    const typed = [...TYPED, '43.5'];
    expect([
      ...tracesInDatabase(db, typed),
      ...tracesIn(Buffer.from(run.stdout), 'stdout', typed),
      ...tracesIn(Buffer.from(run.stderr), 'stderr', typed),
    ]).toEqual([]);
  }, 90_000);

  it('saves nothing when the readings scatter too much, or stdin ends too soon', async () => {
    people = await peopleWalkingPast(5);
    const db = kioskDatabase();
    const scattered = TYPED.map((_v, i) => (i % 2 ? '36.0' : '39.9'));
    const run = await calibrateSite(
      people.sensorPath,
      db,
      `${[...scattered, 'done'].join('\n')}\n`,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('problem: The readings scatter by');
    expect(run.stderr).toContain('nothing was saved');

    const short = await calibrateSite(people.sensorPath, db, `${TYPED.slice(0, 3).join('\n')}\n`);
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('stdin ended before enough volunteers were read');
    expect(siteRows(db)).toEqual([]);
  }, 90_000);
});
