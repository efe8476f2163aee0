// The site calibration with people on a real kiosk (worker, SQLite file, the demo's simulated
// people over a pty), through the same dispatcher as the transports: volunteers read one by one,
// values typed, the fit accepted and applied to the next reading, and nothing of the typed values
// in the database, its -wal/-shm or the log. A lock ends a session, dropping its values.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRunOptions } from '../../electron/app/options.js';
import { runKiosk, type RunningKiosk } from '../../electron/app/run-kiosk.js';
import type { VerdictEvent } from '../../electron/contract/schemas.js';
import { kioskCalls } from '../support/kiosk-calls.js';
import { tempDir, WORKER } from '../support/paths.js';
import { waitFor } from '../support/pty.js';
import { tracesIn, tracesInDatabase } from '../support/value-traces.js';
import { THERMOMETER_VALUES } from '../support/volunteer-values.js';

let run: RunningKiosk | null = null;
afterEach(async () => {
  await run?.stop();
  run = null;
});

const { call, value, unlock } = kioskCalls(() => run);

const TYPED = THERMOMETER_VALUES.slice(0, 10);

async function demo(db: string, log: string[]): Promise<RunningKiosk> {
  const people = Array(40).fill('normal').join(',');
  run = await runKiosk(
    parseRunOptions(
      ['--warm-up', '0', '--db', db, '--sequence', people, '--rate', '40', '--seed', '4'],
      true,
    ),
    { workerUrl: WORKER, log: (line) => void log.push(line) },
  );
  await waitFor(() => run!.kiosk.snapshot().sensor.state === 'streaming', 10_000, 'the sensor');
  await waitFor(() => run!.kiosk.framesSubmitted > 0, 10_000, 'a frame');
  return run;
}

async function readVolunteer(session: string, slot: number): Promise<void> {
  await value('siteCalibrationReadNext', { session });
  let taken = false;
  await waitFor(
    () => {
      void value('siteCalibrationState', { session }).then((s) => {
        taken = s.volunteers.find((v) => v.slot === slot)?.reading === 'taken';
      });
      return taken;
    },
    30_000,
    `the kiosk's reading of volunteer ${slot}`,
  );
}

describe('site calibration with people (kiosk API)', () => {
  it('reads volunteers, fits, accepts, applies it to the next reading, and keeps only the fit', async () => {
    const db = join(tempDir('kiosk-site-api-'), 'demo.sqlite');
    const log: string[] = [];
    await demo(db, log);
    const session = await unlock('0000');
    const before = await value('getStaffStatus', { session });
    expect(before.calibration).toMatchObject({ site: null, physicalModelOnly: true });
    expect(before.calibration.optics?.sensor).toBe('32x24@55');
    expect(run!.kiosk.snapshot().physicalModelOnly).toBe(true);

    // Never HR; and nothing runs before staff start.
    const hr = await unlock('1111');
    expect(await call('siteCalibrationStart', { session: hr })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(await call('siteCalibrationReadNext', { session })).toMatchObject({
      ok: false,
      error: { code: 'rejected', message: expect.stringMatching(/start one first/) },
    });
    await value('siteCalibrationStart', { session });
    void run!.releasePeople();
    for (const [i, typed] of TYPED.entries()) {
      await readVolunteer(session, i + 1);
      await value('siteCalibrationEnterValue', { session, slot: i + 1, clinicalC: Number(typed) });
    }
    // Two values for one person: refused, the first kept.
    const twice = await call('siteCalibrationEnterValue', { session, slot: 3, clinicalC: 37.0 });
    expect(twice).toMatchObject({ ok: false, error: { code: 'rejected' } });
    const fitted = await value('siteCalibrationFit', { session });
    expect(fitted.fit!.problems).toEqual([]);
    expect(fitted.fit!.calibration).toMatchObject({ n: 10, sensor: '32x24@55' });
    // Nothing stored before staff accept.
    expect(siteRows(db)).toEqual([]);

    const verdicts: VerdictEvent[] = [];
    run!.kiosk.subscribe((event, payload) => {
      if (event === 'verdict') verdicts.push(payload as VerdictEvent);
    });
    const accepted = await value('siteCalibrationAccept', { session });
    expect(accepted).toMatchObject({ active: false, ended: { how: 'accepted' } });
    const status = await value('getStaffStatus', { session });
    expect(status.calibration.site).toMatchObject({ n: 10, sensor: '32x24@55' });
    expect(status.calibration.physicalModelOnly).toBe(false);
    expect(run!.kiosk.snapshot().physicalModelOnly).toBe(false);
    expect(siteRows(db)).toHaveLength(1);
    expect(log.filter((l) => l.includes('site calibration accepted'))).toHaveLength(1);

    // The next normal person reads ~1.25 °C higher now: referred.
    await waitFor(
      () => verdicts.some((v) => v.outcome !== 'retry'),
      30_000,
      'the next reading after accepting',
    );
    expect(verdicts.find((v) => v.outcome !== 'retry')!.outcome).toBe('refer');

    expect([
      ...tracesInDatabase(db, TYPED),
      ...tracesIn(Buffer.from(log.join('\n')), 'log', TYPED),
    ]).toEqual([]);
  }, 120_000);

  it('a lock ends the session: its values are dropped and the next console is told why', async () => {
    const db = join(tempDir('kiosk-site-api-'), 'demo.sqlite');
    await demo(db, []);
    const session = await unlock('0000');
    await value('siteCalibrationStart', { session });
    void run!.releasePeople();
    await readVolunteer(session, 1);
    await value('siteCalibrationEnterValue', { session, slot: 1, clinicalC: 38.43 });
    await value('staffLock', { session, why: 'auto-lock' });
    const next = await unlock('0000');
    expect(await value('siteCalibrationState', { session: next })).toEqual({
      active: false,
      elsewhere: false,
      sensor: null,
      volunteers: [],
      fit: null,
      ended: { how: 'interrupted', why: 'auto-lock' },
    });
    await value('siteCalibrationStart', { session: next });
    await value('staffLock', { session: next });
    const third = await unlock('0000');
    expect((await value('siteCalibrationState', { session: third })).ended).toEqual({
      how: 'interrupted',
      why: 'locked',
    });
    expect(siteRows(db)).toEqual([]);
  }, 60_000);
});

function siteRows(db: string): unknown[] {
  const reader = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return reader.prepare('SELECT sensor, record FROM site_calibrations').all();
  } finally {
    reader.close();
  }
}
