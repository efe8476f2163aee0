// The Simulator over a real pseudo-terminal at the firmware's own pace: a 9600-baud AMG88xx frame
// takes half a second to arrive and comes every ~1.5 s; the MI48 says nothing until the host
// starts it, answers its commands, and stops when told.
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { SocatPair } from '../../native-mocks/pty-pair.js';
import { Simulator } from '../../native-mocks/simulator.js';
import { emptyRoomScenes, roomForSeed } from '../../native-mocks/walkthrough.js';
import { tempDir } from '../support/paths.js';
import { waitFor } from '../support/pty.js';

interface Chunk {
  ms: number;
  bytes: Buffer;
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

/** A simulator on a fresh pair; we read the sensor end in this process, so only socat is ignored. */
async function simulated(protocol: 'adafruit-amg88xx' | 'mi48') {
  const pair = new SocatPair(tempDir('kiosk-sim-pace-'));
  const ends = await pair.start();
  const room = roomForSeed(1);
  const simulator = new Simulator({
    path: ends.simulatorPath,
    protocol,
    seed: 1,
    room,
    scenes: emptyRoomScenes(room),
    sensorPath: ends.sensorPath,
    ignoreOpeners: [pair.pid!],
  });
  void simulator.start().catch(() => undefined);
  cleanup.push(async () => {
    await simulator.stop();
    await pair.stop();
  });
  const port = new SerialPort({ path: ends.sensorPath, baudRate: 115200, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
  cleanup.unshift(() => new Promise<void>((resolve) => port.close(() => resolve())));
  const openedAt = performance.now();
  const chunks: Chunk[] = [];
  port.on('data', (bytes: Buffer) => chunks.push({ ms: performance.now() - openedAt, bytes }));
  const all = (): Buffer => Buffer.concat(chunks.map((c) => c.bytes));
  /** When the byte at `offset` of everything received arrived. */
  const arrivalOf = (offset: number): number => {
    let seen = 0;
    for (const chunk of chunks) {
      seen += chunk.bytes.length;
      if (seen > offset) return chunk.ms;
    }
    return Number.NaN;
  };
  const write = (text: string): Promise<void> =>
    new Promise((resolve, reject) => port.write(text, (e) => (e ? reject(e) : resolve())));
  return { all, arrivalOf, write };
}

describe('the simulated boards at their real pace', () => {
  it('a 9600-baud AMG88xx frame takes ~0.5 s to arrive, one every ~1.5 s', async () => {
    const sensor = await simulated('adafruit-amg88xx');
    const ends = (): number[] =>
      [
        ...sensor
          .all()
          .toString('latin1')
          .matchAll(/\]\r\n\r\n/g),
      ].map((m) => m.index);
    await waitFor(() => ends().length >= 2, 8000, 'two frames');
    const text = sensor.all().toString('latin1');
    const starts = [...text.matchAll(/\[/g)].map((m) => m.index);
    const [firstEnd, secondEnd] = ends() as [number, number];
    // 470 bytes at 960 bytes per second.
    const printing = sensor.arrivalOf(firstEnd) - sensor.arrivalOf(starts[0]!);
    expect(printing).toBeGreaterThan(350);
    expect(printing).toBeLessThan(800);
    const period = sensor.arrivalOf(secondEnd) - sensor.arrivalOf(firstEnd);
    expect(period).toBeGreaterThan(1300);
    expect(period).toBeLessThan(1900);
  });

  it('the MI48 is silent until started, answers, streams ~9 frames/s and stops', async () => {
    const sensor = await simulated('mi48');
    await new Promise((r) => setTimeout(r, 500));
    expect(sensor.all()).toHaveLength(0);
    await sensor.write('   #000CWREGB102XXXX');
    await new Promise((r) => setTimeout(r, 1000));
    const text = sensor.all().toString('latin1');
    expect(text.startsWith('   #0008WREG01FD   #2808GFRA')).toBe(true);
    const frames = text.split('   #2808GFRA').length - 1;
    expect(frames).toBeGreaterThanOrEqual(6);
    expect(frames).toBeLessThanOrEqual(11);
    await sensor.write('   #000CWREGB100XXXX');
    await new Promise((r) => setTimeout(r, 300));
    const stopped = sensor.all().length;
    await new Promise((r) => setTimeout(r, 500));
    expect(sensor.all().length).toBe(stopped);
    expect(sensor.all().toString('latin1')).toContain('   #0008WREG01FD');
  });
});
