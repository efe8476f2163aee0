// The staff console's calls on a real kiosk (worker, SQLite file, simulated sensor over a pty):
// the PIN and its lockout, sessions, settings applied and kept, sensor switching, the live view
// and the calibration wizard's capture/accept, and leaving kiosk mode.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRunOptions } from '../../electron/app/options.js';
import { runKiosk, type RunningKiosk } from '../../electron/app/run-kiosk.js';
import { waitFor } from '../support/pty.js';
import { dispatchCall } from '../../electron/contract/dispatch.js';
import { kioskCalls } from '../support/kiosk-calls.js';
import { CLI, tempDir, WORKER } from '../support/paths.js';

let run: RunningKiosk | null = null;
afterEach(async () => {
  await run?.stop();
  run = null;
});

async function start(args: string[], demo: boolean, onExit?: () => void): Promise<RunningKiosk> {
  run = await runKiosk(parseRunOptions(['--warm-up', '0', ...args], demo), {
    workerUrl: WORKER,
    log: () => undefined,
    onExit,
  });
  return run;
}

const { call, value, unlock } = kioskCalls(() => run);

describe('staff PIN (live kiosk, no sensor)', () => {
  it('is set on first run, stored as a salted hash, and kept across restarts', async () => {
    const db = join(tempDir(), 'k.sqlite');
    await start(['--db', db], false);
    expect(run!.kiosk.snapshot().staff).toEqual({ pinSet: false, demoPin: null, demoHrPin: null });
    expect(await value('staffUnlock', { pin: '4829' })).toEqual({ status: 'no-pin' });
    const first = await value('staffSetPin', { pin: '482913' });
    expect(first.status).toBe('unlocked');
    const again = await call('staffSetPin', { pin: '111111' });
    expect(again).toMatchObject({ ok: false, error: { code: 'rejected' } });
    await run!.stop();
    run = null;
    // Neither the PIN nor anything but its scrypt hash is in the database.
    const bytes = [db, `${db}-wal`]
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f).toString('latin1'))
      .join('');
    expect(bytes).not.toContain('482913');
    expect(bytes).toMatch(/scrypt\$/);

    await start(['--db', db], false);
    expect(run!.kiosk.snapshot().staff.pinSet).toBe(true);
    const session = await unlock('482913');
    expect((await value('getStaffStatus', { session })).sensor.state).toBe('none');
  });

  it('is forgotten by `kiosk staff reset-pin`, so the console asks for a new one', async () => {
    const db = join(tempDir(), 'k.sqlite');
    await start(['--db', db], false);
    await value('staffSetPin', { pin: '5555' });
    await run!.stop();
    run = null;
    const reset = spawnSync(process.execPath, [CLI, 'staff', 'reset-pin', '--db', db], {
      encoding: 'utf8',
    });
    expect(reset.status).toBe(0);
    expect(reset.stdout).toMatch(/staff PIN reset/);
    await start(['--db', db], false);
    expect(run!.kiosk.snapshot().staff.pinSet).toBe(false);
    const missing = spawnSync(
      process.execPath,
      [CLI, 'staff', 'reset-pin', '--db', join(tempDir(), 'none.sqlite')],
      { encoding: 'utf8' },
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no kiosk database at .*--db PATH/);
  });

  it('locks out after 5 wrong tries, refusing even the right PIN until the delay is over', async () => {
    await start(['--db', join(tempDir(), 'k.sqlite')], false);
    await value('staffSetPin', { pin: '2468' });
    const tries = [];
    for (let i = 0; i < 5; i++) tries.push(await value('staffUnlock', { pin: '1111' }));
    expect(tries.slice(0, 4)).toEqual(
      [4, 3, 2, 1].map((n) => ({ status: 'wrong-pin', triesLeft: n })),
    );
    expect(tries[4]).toEqual({ status: 'locked-out', retryInSeconds: 30 });
    expect(await value('staffUnlock', { pin: '2468' })).toMatchObject({ status: 'locked-out' });
  });

  it('refuses staff calls without a valid session, and after locking', async () => {
    await start(['--db', join(tempDir(), 'k.sqlite')], false);
    const none = await call('getStaffStatus', { session: 'x'.repeat(32) });
    expect(none).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const missing = await dispatchCall(run!.kiosk.handlers, 'exitKiosk', {});
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const session = (await value('staffSetPin', { pin: '9753' })) as { session: string };
    await value('staffLock', { session: session.session });
    expect(await call('getThermalView', { session: session.session })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it('says the sensor is not connected and how to connect one, and still lists the ports', async () => {
    await start(['--db', join(tempDir(), 'k.sqlite')], false);
    expect(run!.kiosk.snapshot()).toMatchObject({
      state: { screen: 'paused', reason: 'sensor-disconnected' },
      sensor: {
        state: 'none',
        lastError:
          'sensor not connected: plug it in or choose it in the staff console (none chosen yet)',
      },
    });
    const { session } = (await value('staffSetPin', { pin: '8642' })) as { session: string };
    // On this machine SerialPort.list() fails (no udevadm): the console still gets a list.
    const options = await value('getSensorOptions', { session });
    expect(Array.isArray(options.ports)).toBe(true);
    expect(options.protocols.length).toBeGreaterThan(0);
  });

  it('leaves kiosk mode only with a session', async () => {
    let exits = 0;
    await start(['--db', join(tempDir(), 'k.sqlite')], false, () => exits++);
    const refused = await call('exitKiosk', { session: 'y'.repeat(32) });
    expect(refused.ok).toBe(false);
    const { session } = (await value('staffSetPin', { pin: '1357' })) as { session: string };
    expect(await call('exitKiosk', { session })).toEqual({ ok: true, value: {} });
    await waitFor(() => exits === 1, 2000, 'exit');
  });
});

describe('staff console on the demo (simulated sensor)', () => {
  it('applies settings at once, keeps them, and rejects invalid ones with the field named', async () => {
    const db = join(tempDir(), 'd.sqlite');
    await start(['--db', db], true);
    const session = await unlock('0000');
    const settings = run!.kiosk.snapshot().settings;
    const changed = { ...settings, units: 'F' as const, framesPerReading: 6 };
    const events: unknown[] = [];
    run!.kiosk.subscribe((event, payload) => event === 'settings' && events.push(payload));
    expect(await value('updateSettings', { session, settings: changed })).toEqual(changed);
    expect(events).toEqual([changed]);
    const bad = await call('updateSettings', {
      session,
      settings: { ...changed, decision: { ...changed.decision, thresholdC: 45 } },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/thresholdC/) },
    });
    await run!.stop();
    run = null;
    await start(['--db', db], true);
    expect(run!.kiosk.snapshot().settings).toEqual(changed);
  });

  it('shows the live frame with its regions, captures the blackbody and accepts a 1-point calibration', async () => {
    const db = join(tempDir(), 'd.sqlite');
    await start(['--db', db], true);
    const session = await unlock('0000');
    await run!.waitSensorOpen();
    await value('getThermalView', { session }); // starts copying frames
    await waitFor(() => run!.kiosk.snapshot().sensor.frames > 4, 5000, 'frames');
    await new Promise((r) => setTimeout(r, 300));
    const view = (await value('getThermalView', { session }))!;
    expect(view).toMatchObject({ width: 32, height: 24 });
    expect(view.pixels).toHaveLength(32 * 24);
    expect(view.maxC).toBeGreaterThan(34); // the 35 °C blackbody is in view
    const status = await value('getStaffStatus', { session });
    expect(status.blackbody).toMatchObject({ state: 'ok', setC: 35 });
    const region = status.blackbody.region!;
    expect(view.regions.blackbody).toEqual(region);

    const point = await value('captureCalibrationPoint', { session, region, setC: 35 });
    expect(point.frames).toBeGreaterThan(1);
    expect(Math.abs(point.measuredC - 35)).toBeLessThan(1);
    const result = await value('evaluateCalibration', { session, points: [point] });
    expect(result.problems).toEqual([]);
    expect(result.offset).toBeCloseTo(35 - point.measuredC, 9);

    // A region on the wall is not a blackbody: the capture says so instead of measuring.
    const wall = await call('captureCalibrationPoint', {
      session,
      region: { col: 2, row: 18, width: 3, height: 3 },
      setC: 35,
    });
    expect(wall).toMatchObject({ ok: false, error: { code: 'rejected' } });

    // A region off the image or on the wall is refused, saying why, and nothing is stored
    // (audit L8: it used to be kept, and left the kiosk paused from its next start).
    const offImage = await call('acceptCalibration', {
      session,
      region: { col: 30, row: 1, width: 4, height: 3 },
      setC: 35,
      points: [point],
    });
    expect(offImage).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(JSON.stringify(offImage)).toMatch(/reaches outside the sensor's 32 × 24 image/);
    const onWall = await call('acceptCalibration', {
      session,
      region: { col: 2, row: 18, width: 3, height: 3 },
      setC: 35,
      points: [point],
    });
    expect(JSON.stringify(onWall)).toMatch(/not the one the calibration was captured on/);
    const before = new Database(db, { readonly: true });
    expect(before.prepare('SELECT count(*) FROM calibrations').pluck().get()).toBe(0);
    before.close();

    const info = await value('acceptCalibration', { session, region, setC: 35, points: [point] });
    expect(info).toMatchObject({ kind: 'one-point', ageDays: 0, stale: false });
    const stored = new Database(db, { readonly: true });
    const saved = stored.prepare('SELECT kind, record, blackbody FROM calibrations').all();
    const events = stored.prepare('SELECT kind FROM events').pluck().all();
    stored.close();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ kind: 'one-point' });
    const row = saved[0] as { record: string; blackbody: string };
    expect(JSON.parse(row.record)).toMatchObject({ high: null, low: { setC: 35 } });
    expect(JSON.parse(row.blackbody)).toMatchObject({ region, setC: 35 });
    expect(events).toContain('calibration-accepted');
    await waitFor(
      () => run!.kiosk.snapshot().state.screen !== 'paused',
      5000,
      'screening goes on with the new calibration',
    );
  });

  it('disconnects and reconnects the sensor on staff request (auto-detecting the protocol)', async () => {
    await start(['--db', join(tempDir(), 'd.sqlite')], true);
    const session = await unlock('0000');
    await run!.waitSensorOpen();
    const options = await value('getSensorOptions', { session });
    const simulated = options.ports.find((p) => p.likely === 'simulated sensor (demo)')!;
    expect(simulated).toBeDefined();
    expect(options.protocols.map((p) => p.id)).toContain('mi48');
    const off = await value('disconnectSensor', { session });
    expect(off.state).toBe('none');
    expect(off.lastError).toBe(
      'sensor not connected: plug it in or choose it in the staff console (disconnected by staff)',
    );
    expect(run!.kiosk.snapshot().state).toEqual({
      screen: 'paused',
      reason: 'sensor-disconnected',
    });
    const wrong = await call('connectSensor', {
      session,
      choice: { path: simulated.path, protocol: 'nonsense', baud: null },
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'rejected' } });
    await value('connectSensor', {
      session,
      choice: { path: simulated.path, protocol: 'auto', baud: null },
    });
    await waitFor(() => run!.kiosk.snapshot().sensor.state === 'streaming', 8000, 'streaming');
    expect(run!.kiosk.snapshot().sensor.protocol).toBe('gy-mcu90640');
  });
});
