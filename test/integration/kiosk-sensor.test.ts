// The sensor layer as staff see it: a live kiosk on a simulated sensor reports the detected
// protocol, its counters and its faults through the kiosk API, and pauses screening on faults.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../electron/contract/api.js';
import type { ScreeningState, SensorStatus } from '../../electron/contract/schemas.js';
import { parseRunOptions } from '../../electron/app/options.js';
import { runKiosk, type RunningKiosk } from '../../electron/app/run-kiosk.js';
import { waitFor } from '../support/pty.js';
import { tempDir, WORKER } from '../support/paths.js';
import { simulatedSensor, type SimulatedSensor } from '../support/sim.js';

describe('live kiosk on a simulated sensor', () => {
  let run: RunningKiosk | null = null;
  let sensor: SimulatedSensor | null = null;
  afterEach(async () => {
    await run?.stop();
    await sensor?.close();
  });

  it('reports the detected sensor through the API, and pauses while it is unplugged', async () => {
    sensor = await simulatedSensor({ protocol: 'gy-mcu90640', rateHz: 20 });
    const options = parseRunOptions(
      ['--sensor', sensor.sensorPath, '--warm-up', '0', '--db', join(tempDir(), 'c.sqlite')],
      false,
    );
    run = await runKiosk(options, { workerUrl: WORKER, log: () => undefined });
    const states: ScreeningState[] = [];
    const sensorEvents: SensorStatus[] = [];
    run.kiosk.subscribe((event: EventName, payload: unknown) => {
      if (event === 'state') states.push(payload as ScreeningState);
      if (event === 'sensor') sensorEvents.push(payload as SensorStatus);
    });

    await waitFor(() => run!.kiosk.snapshot().sensor.frames > 10, 6000, 'frames');
    const { sensor: status, state } = run.kiosk.snapshot();
    expect(status).toMatchObject({
      state: 'streaming',
      protocol: 'gy-mcu90640',
      fault: null,
      reconnects: 0,
    });
    expect(state.screen).not.toBe('paused');

    await sensor.unplug();
    await waitFor(
      () => states.some((s) => s.screen === 'paused' && s.reason === 'sensor-disconnected'),
      3000,
      'pause',
    );
    expect(sensorEvents.at(-1)).toMatchObject({
      state: 'disconnected',
      lastError: expect.stringMatching(/sensor lost|not found/),
    });

    await sensor.replug();
    await waitFor(() => run!.kiosk.snapshot().sensor.reconnects === 1, 3000, 'reconnect');
    await waitFor(() => run!.kiosk.snapshot().state.screen !== 'paused', 3000, 'screening resumes');
  });

  it('pauses screening while the sensor is stalled', async () => {
    sensor = await simulatedSensor({ protocol: 'gy-mcu90640', rateHz: 20, faults: { stall: 3 } });
    const options = parseRunOptions(
      [
        '--sensor',
        sensor.sensorPath,
        '--protocol',
        'gy-mcu90640',
        '--baud',
        '115200',
        '--warm-up',
        '0',
        '--db',
        join(tempDir(), 'c.sqlite'),
      ],
      false,
    );
    run = await runKiosk(options, { workerUrl: WORKER, log: () => undefined });
    await waitFor(
      () =>
        run!.kiosk.snapshot().state.screen === 'paused' &&
        run!.kiosk.snapshot().sensor.fault === 'stalled',
      8000,
      'stall pause',
    );
    expect(run.kiosk.snapshot().state).toEqual({ screen: 'paused', reason: 'sensor-stalled' });
  });

  it('pauses with the reason when the sketch cannot see its sensor, and says what to do', async () => {
    sensor = await simulatedSensor({
      protocol: 'adafruit-amg88xx',
      rateHz: 'real',
      firmware: { faults: ['sensor-missing'] },
    });
    const options = parseRunOptions(
      ['--sensor', sensor.sensorPath, '--warm-up', '0', '--db', join(tempDir(), 'c.sqlite')],
      false,
    );
    run = await runKiosk(options, { workerUrl: WORKER, log: () => undefined });
    await waitFor(
      () =>
        run!.kiosk.snapshot().state.screen === 'paused' &&
        run!.kiosk.snapshot().sensor.fault === 'device',
      8000,
      'a paused screen that names the sensor problem',
    );
    expect(run.kiosk.snapshot().state).toEqual({ screen: 'paused', reason: 'sensor-problem' });
    expect(run.kiosk.snapshot().sensor).toMatchObject({
      state: 'detecting',
      lastError: expect.stringMatching(/Could not find a valid AMG88xx sensor.*check the wiring/),
    });
  });

  it('detects a board that resets when opened on that one open, at its real pace, then screens', async () => {
    sensor = await simulatedSensor({ protocol: 'adafruit-amg88xx', rateHz: 'real' });
    const options = parseRunOptions(
      ['--sensor', sensor.sensorPath, '--warm-up', '0', '--db', join(tempDir(), 'c.sqlite')],
      false,
    );
    const states: ScreeningState[] = [];
    run = await runKiosk(options, { workerUrl: WORKER, log: () => undefined });
    run.kiosk.subscribe((event: EventName, payload: unknown) => {
      if (event === 'state') states.push(payload as ScreeningState);
    });
    await waitFor(() => run!.kiosk.snapshot().sensor.frames >= 3, 12_000, 'three frames');
    expect(run.kiosk.snapshot().sensor).toMatchObject({
      state: 'streaming',
      protocol: 'adafruit-amg88xx',
      reconnects: 0,
    });
    // Opened once: the board reset once, when the kiosk opened its port.
    expect(sensor.simulator.resets).toBe(1);
  });

  it('starts an MI48 when it opens the port, and stops it when the kiosk stops', async () => {
    sensor = await simulatedSensor({ protocol: 'mi48', rateHz: 'real' });
    const camera = sensor.simulator.firmware.camera!;
    expect(camera.streaming).toBe(false);
    const options = parseRunOptions(
      ['--sensor', sensor.sensorPath, '--warm-up', '0', '--db', join(tempDir(), 'c.sqlite')],
      false,
    );
    run = await runKiosk(options, { workerUrl: WORKER, log: () => undefined });
    await waitFor(() => run!.kiosk.snapshot().sensor.frames >= 5, 8000, 'frames from the MI48');
    expect(run.kiosk.snapshot().sensor).toMatchObject({ state: 'streaming', protocol: 'mi48' });
    expect(camera.streaming).toBe(true);
    await run.stop();
    run = null;
    expect(camera.streaming).toBe(false);
  });
});
