// An Uno-class simulated board behind `kiosk sim --pty` acts like the real one when the kiosk
// opens the port: DTR resets it, the bootloader is silent for about a second, then setup() prints
// the banner again before the frames. A native-USB board does not reset.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../support/paths.js';
import { waitFor } from '../support/pty.js';

const BANNER = 'AMG88xx pixels\r\n-- Pixels Test --\r\n\r\n';

let child: ChildProcess | null = null;
afterEach(() => {
  child?.kill('SIGKILL');
  child = null;
});

async function startSim(args: string[]): Promise<string> {
  const dir = tempDir('kiosk-sim-reset-');
  const sim = spawn(process.execPath, [CLI, 'sim', '--pty', '--link', dir, ...args]);
  child = sim;
  let out = '';
  await new Promise<void>((resolve, reject) => {
    sim.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (/Sensor end: /.test(out)) resolve();
    });
    sim.once('exit', (code) => reject(new Error(`sim exited early (${code}): ${out}`)));
  });
  return join(dir, 'sensor');
}

/** Opens the sensor end as the kiosk would and records what arrives, with the time since open. */
async function listen(path: string) {
  const port = new SerialPort({ path, baudRate: 9600, autoOpen: false });
  const received: { ms: number; text: string }[] = [];
  await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
  const openedAt = performance.now();
  port.on('data', (d: Buffer) =>
    received.push({ ms: performance.now() - openedAt, text: d.toString('latin1') }),
  );
  return {
    all: () => received.map((r) => r.text).join(''),
    firstAtMs: () => received[0]?.ms ?? null,
    close: () => new Promise<void>((resolve) => port.close(() => resolve())),
  };
}

describe('a simulated board that resets when the port opens', () => {
  it('prints its banner again after each open, after the bootloader, then frames', async () => {
    const sensor = await startSim(['--protocol', 'adafruit-amg88xx', '--board', 'uno']);
    // Let it run a while unheard: what it printed then was dropped, as by a real USB bridge.
    await new Promise((r) => setTimeout(r, 700));
    for (let open = 0; open < 2; open++) {
      const reader = await listen(sensor);
      await waitFor(() => reader.all().includes(']\r\n\r\n'), 6000, 'a whole frame');
      await reader.close();
      const text = reader.all();
      expect(text.startsWith(BANNER)).toBe(true);
      expect(text.slice(BANNER.length).startsWith('[')).toBe(true);
      // The bootloader's silence (~1 s) comes first.
      expect(reader.firstAtMs()!).toBeGreaterThan(800);
      // A reconnect a moment later (the simulator sees opens ~10 ms apart at best).
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  it('does not reset on a native-USB board: frames carry on without the banner', async () => {
    const sensor = await startSim(['--protocol', 'adafruit-amg88xx', '--board', 'native-usb']);
    await new Promise((r) => setTimeout(r, 300));
    const reader = await listen(sensor);
    await waitFor(() => reader.all().includes(']\r\n\r\n'), 4000, 'a frame');
    await reader.close();
    expect(reader.all()).not.toContain('AMG88xx pixels');
  });
});
