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
      ['--sensor', sensor.sensorPath, '--db', join(tempDir(), 'c.sqlite')],
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
});
