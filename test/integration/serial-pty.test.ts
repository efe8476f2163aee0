// Real serialport reading a socat pseudo-terminal, fed GY-MCU90640 frames by the simulator's encoder.
import { afterEach, describe, expect, it } from 'vitest';
import type { SensorStatus } from '../../electron/contract/schemas.js';
import type { ThermalFrame } from '../../electron/core/sensor/frame.js';
import { LinkSupervisor } from '../../electron/core/sensor/link-supervisor.js';
import { encodeGy90640Frame } from '../../native-mocks/encoders/gy-mcu90640.js';
import { ptyWithWriter, waitFor } from '../support/pty.js';

const image = (base: number): Float32Array =>
  Float32Array.from({ length: 768 }, (_, i) => base + (i % 32) / 10);

describe('sensor link over a socat pseudo-terminal', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function setup() {
    const pty = await ptyWithWriter();
    const frames: ThermalFrame[] = [];
    const statuses: SensorStatus[] = [];
    const link = new LinkSupervisor({
      path: pty.sensorPath,
      protocol: 'gy-mcu90640',
      baud: 115200,
      onFrame: (f) => frames.push(f),
      onStatus: (s) => statuses.push(s),
    });
    link.start();
    cleanups.push(
      () => pty.close(),
      () => link.stop(),
    );
    await link.waitOpen();
    return { pty, link, frames, statuses };
  }

  it('counts and drops a frame with a corrupted checksum; the next good frame decodes', async () => {
    const { pty, link, frames, statuses } = await setup();
    const bad = encodeGy90640Frame(image(20), 25);
    bad[1000] = bad[1000]! ^ 0x01;
    await pty.write(encodeGy90640Frame(image(21), 25));
    await pty.write(bad);
    await pty.write(encodeGy90640Frame(image(23), 26));
    await waitFor(() => frames.length >= 2, 5000, 'two good frames');
    expect(frames.map((f) => f.pixels[0]!.toFixed(2))).toEqual(['21.00', '23.00']);
    expect(frames[1]!.ambient).toBeCloseTo(26, 2);
    expect(link.status()).toMatchObject({ state: 'streaming', frames: 2, checksumErrors: 1 });
    expect(statuses.some((s) => s.state === 'streaming')).toBe(true);
  });

  it('decodes a frame split across many small writes', async () => {
    const { pty, frames, link } = await setup();
    const bytes = encodeGy90640Frame(image(30), 24);
    for (let at = 0; at < bytes.length; at += 37) {
      await pty.write(bytes.subarray(at, at + 37));
      await new Promise((r) => setTimeout(r, 2));
    }
    await waitFor(() => frames.length === 1, 5000, 'the split frame');
    expect(frames[0]!.pixels[31]).toBeCloseTo(33.1, 2);
    expect(link.status().checksumErrors).toBe(0);
  });

  it('reports a missing port as disconnected, with what to do', async () => {
    const statuses: SensorStatus[] = [];
    const link = new LinkSupervisor({
      path: '/dev/does-not-exist-kiosk',
      protocol: 'gy-mcu90640',
      baud: 115200,
      onFrame: () => undefined,
      onStatus: (s) => statuses.push(s),
    });
    link.start();
    cleanups.push(() => link.stop());
    await waitFor(
      () => statuses.some((s) => s.state === 'disconnected'),
      5000,
      'disconnected status',
    );
    expect(link.status().lastError).toMatch(
      /not found: check the sensor's cable, or pass the right port/,
    );
  });
});
