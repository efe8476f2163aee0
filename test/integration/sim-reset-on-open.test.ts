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

const running: ChildProcess[] = [];
afterEach(async () => {
  // SIGTERM lets the sim stop its socat too; SIGKILL would leave socat behind.
  await Promise.all(running.splice(0).map(stopSim));
});

function stopSim(sim: ChildProcess): Promise<void> {
  if (sim.exitCode !== null || sim.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => sim.kill('SIGKILL'), 3000);
    sim.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    sim.kill('SIGTERM');
  });
}

async function startSim(args: string[]): Promise<string> {
  const dir = tempDir('kiosk-sim-reset-');
  const sim = spawn(process.execPath, [CLI, 'sim', '--pty', '--link', dir, ...args]);
  running.push(sim);
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

interface Reader {
  all(): string;
  firstAtMs(): number | null;
  close(): Promise<void>;
}

/** Opens the sensor end as the kiosk would and records what arrives, with the time since open. */
async function listen(path: string): Promise<Reader> {
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

/**
 * A sim whose sensor end we can open. On a shared machine a leftover process may keep reopening
 * a /dev/pts/N path that once was its sensor and lock the new pair that got that number: then
 * leave that sim running (so the number stays taken) and start another.
 */
async function simWeCanOpen(args: string[], unheardMs: number): Promise<[string, Reader]> {
  for (let attempt = 1; ; attempt++) {
    const sensor = await startSim(args);
    // Let the board run a while unheard: what it printed then is dropped, as by a USB bridge.
    await new Promise((r) => setTimeout(r, unheardMs));
    try {
      return [sensor, await listen(sensor)];
    } catch (error) {
      if (attempt === 3 || !/Cannot lock port/.test((error as Error).message)) throw error;
    }
  }
}

describe('a simulated board that resets when the port opens', () => {
  it('prints its banner again after each open, after the bootloader, then frames', async () => {
    const [sensor, first] = await simWeCanOpen(
      ['--protocol', 'adafruit-amg88xx', '--board', 'uno'],
      700,
    );
    let reader = first;
    for (let open = 0; open < 2; open++) {
      if (open > 0) reader = await listen(sensor);
      await waitFor(() => reader.all().includes(']\r\n\r\n'), 6000, 'a whole frame');
      await reader.close();
      const text = reader.all();
      expect(text.startsWith(BANNER)).toBe(true);
      expect(text.slice(BANNER.length).startsWith('[')).toBe(true);
      // The bootloader's silence (~1 s) comes first.
      expect(reader.firstAtMs()!).toBeGreaterThan(800);
      // Reconnect a moment later (the simulator tells opens ~10 ms apart at best).
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  it('does not reset on a native-USB board: frames carry on without the banner', async () => {
    const [, reader] = await simWeCanOpen(
      ['--protocol', 'adafruit-amg88xx', '--board', 'native-usb'],
      300,
    );
    await waitFor(() => reader.all().includes(']\r\n\r\n'), 4000, 'a frame');
    await reader.close();
    expect(reader.all()).not.toContain('AMG88xx pixels');
  });
});
