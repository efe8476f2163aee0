// The link supervisor against simulated sensors on real pseudo-terminals: reconnect after an
// unplug, stall / frozen / garbage detection, and the GY-MCU90640 frame-rate command.
import { open } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { SensorStatus } from '../../electron/contract/schemas.js';
import type { ThermalFrame } from '../../electron/core/sensor/frame.js';
import {
  LinkSupervisor,
  type SupervisorOptions,
} from '../../electron/core/sensor/link-supervisor.js';
import { openPtyPair } from '../../native-mocks/pty-pair.js';
import { waitFor } from '../support/pty.js';
import { simulatedSensor, type SimulatedSensor } from '../support/sim.js';

describe('link supervisor', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  function supervise(path: string, options: Partial<SupervisorOptions> = {}) {
    const frames: ThermalFrame[] = [];
    const statuses: SensorStatus[] = [];
    const link = new LinkSupervisor({
      path,
      protocol: 'auto',
      baud: 'auto',
      onFrame: (f) => frames.push(f),
      onStatus: (s) => statuses.push(s),
      ...options,
    });
    link.start();
    cleanups.push(() => link.stop());
    return { link, frames, statuses };
  }

  async function sensor(...args: Parameters<typeof simulatedSensor>): Promise<SimulatedSensor> {
    const s = await simulatedSensor(...args);
    cleanups.push(() => s.close());
    return s;
  }

  it('reconnects within 2 s when an unplugged sensor comes back, and counts the reconnect', async () => {
    const s = await sensor({ protocol: 'gy-mcu90640', rateHz: 20 });
    const { link, frames } = supervise(s.sensorPath);
    await waitFor(() => frames.length >= 5, 5000, 'first frames');
    expect(link.status()).toMatchObject({
      state: 'streaming',
      protocol: 'gy-mcu90640',
      reconnects: 0,
    });

    await s.unplug();
    await waitFor(() => link.status().state === 'disconnected', 3000, 'disconnected');
    expect(link.status().lastError).toMatch(/sensor lost|not found/);
    await new Promise((r) => setTimeout(r, 1500)); // unplugged for a while: backoff grows

    await s.replug();
    const replugged = Date.now();
    const before = frames.length;
    await waitFor(() => frames.length >= before + 3, 2000, 'frames after replug');
    expect(Date.now() - replugged).toBeLessThan(2000);
    expect(link.status()).toMatchObject({ state: 'streaming', reconnects: 1 });
  });

  it('detects a stall, pauses, and recovers when frames return', async () => {
    const s = await sensor({ protocol: 'gy-mcu90640', rateHz: 20, faults: { stall: 2.5 } });
    const { statuses, frames } = supervise(s.sensorPath, { protocol: 'gy-mcu90640', baud: 115200 });
    await waitFor(() => statuses.some((st) => st.fault === 'stalled'), 8000, 'stall');
    const stalled = statuses.find((st) => st.fault === 'stalled')!;
    expect(stalled.lastError).toMatch(/no valid frame for several frame intervals/);
    const count = frames.length;
    await waitFor(
      () => frames.length > count + 3 && statuses.at(-1)!.fault === null,
      8000,
      'recovery',
    );
  });

  it('detects a frozen sensor (identical frames)', async () => {
    const s = await sensor({ protocol: 'gy-mcu90640', rateHz: 20, faults: { freeze: 2 } });
    const { statuses } = supervise(s.sensorPath, { protocol: 'gy-mcu90640', baud: 115200 });
    await waitFor(() => statuses.some((st) => st.fault === 'frozen'), 8000, 'frozen');
    expect(statuses.find((st) => st.fault === 'frozen')!.lastError).toMatch(/identical image/);
  });

  it('says the baud rate may be wrong when bytes arrive but never a valid frame', async () => {
    const pty = await openPtyPair();
    cleanups.push(() => pty.close());
    const { statuses } = supervise(pty.sensorPath, {
      protocol: 'gy-mcu90640',
      baud: 115200,
      health: { garbageMs: 800 },
    });
    const writer = await open(pty.simulatorPath, 'w');
    cleanups.push(() => writer.close());
    const noise = setInterval(
      () => void writer.write(Buffer.from('\x13\x88\xfe\x00noise'.repeat(20))),
      50,
    );
    cleanups.push(async () => clearInterval(noise));
    await waitFor(() => statuses.some((st) => st.fault === 'garbage'), 5000, 'garbage');
    expect(statuses.find((st) => st.fault === 'garbage')!.lastError).toBe(
      'no valid frames at 115200 baud — the sensor may be set to 460800 or 9600',
    );
  });

  it('sets the frame rate the user chose on a GY-MCU90640', async () => {
    const s = await sensor({ protocol: 'gy-mcu90640', rateHz: 20 });
    supervise(s.sensorPath, { protocol: 'gy-mcu90640', baud: 460800, rateHz: 2 });
    await waitFor(() => s.simulator.rateHz === 2, 3000, 'the module to switch to 2 Hz');
  });
});
