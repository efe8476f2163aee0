// `kiosk sim` (the built CLI) stops promptly on SIGINT even when nobody reads its pseudo-terminal:
// a write the kiosk never reads must not keep it alive until SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../support/paths.js';

/** Starts `kiosk sim --pty --link DIR ...`; resolves once it prints the sensor end. */
async function startSim(args: string[]): Promise<{ child: ChildProcess; sensor: string }> {
  const dir = tempDir('kiosk-sim-stop-');
  const child = spawn(process.execPath, [CLI, 'sim', '--pty', '--link', dir, ...args]);
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (/Sensor end: /.test(out)) resolve();
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`sim exited early (${code}): ${out}`)));
  });
  return { child, sensor: join(dir, 'sensor') };
}

/** Sends SIGINT and resolves with the milliseconds until the process has exited, and its code. */
function interrupt(child: ChildProcess): Promise<{ ms: number; code: number | null }> {
  return new Promise((resolve) => {
    const start = performance.now();
    child.once('exit', (code) => resolve({ ms: performance.now() - start, code }));
    child.kill('SIGINT');
  });
}

describe('kiosk sim stops on SIGINT', () => {
  it('within 1.5 s while a reader holds the port open and never reads (a write is pending)', async () => {
    const { child, sensor } = await startSim(['--protocol', 'gy-mcu90640', '--rate', '200']);
    // Open, never read: 300 kB/s fills the pseudo-terminal's buffers within a fraction of a second.
    const fd = openSync(sensor, constants.O_RDWR | constants.O_NOCTTY);
    try {
      await new Promise((r) => setTimeout(r, 1500));
      const { ms, code } = await interrupt(child);
      expect(code).toBe(0);
      expect(ms).toBeLessThan(1500);
    } finally {
      closeSync(fd);
      child.kill('SIGKILL');
    }
  });

  it('within 1.5 s at the real pace while nobody has the port open', async () => {
    const { child } = await startSim(['--protocol', 'adafruit-amg88xx']);
    try {
      await new Promise((r) => setTimeout(r, 1000));
      const { ms, code } = await interrupt(child);
      expect(code).toBe(0);
      expect(ms).toBeLessThan(1500);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
