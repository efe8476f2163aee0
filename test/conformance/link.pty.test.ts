// The shared conformance suite, part 4: every protocol as `kiosk sim --pty` plays it (the
// firmware at its real pace) read by `kiosk sensor inspect --json`, and streamed by the link
// supervisor with auto-detection on one open port (an Uno-class board is reset once, by that
// open, and never again).
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ThermalFrame } from '../../electron/core/sensor/frame.js';
import { LinkSupervisor } from '../../electron/core/sensor/link-supervisor.js';
import { PROTOCOL_IDS, type ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import { PROTOCOLS } from '../../electron/core/sensor/protocols/index.js';
import { CLI } from '../support/paths.js';
import { jsonLines, runCli } from '../support/run-cli.js';
import { waitFor } from '../support/pty.js';

/** `kiosk sim --pty` as a user runs it; resolves with the end it prints. */
async function cliSim(args: string[]): Promise<{ path: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [CLI, 'sim', ...args]);
  let out = '';
  const path = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /Sensor end: (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`sim exited with ${code}: ${out}`)));
  });
  return {
    path,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

describe.each(PROTOCOL_IDS.map((p) => [p]))('%s from `kiosk sim --pty`', (protocol: ProtocolId) => {
  const { width, height } = PROTOCOLS[protocol];

  it('is read by `kiosk sensor inspect --json`: a line per frame, then a summary', async () => {
    const sim = await cliSim(['--protocol', protocol, '--pty', '--scene', 'person']);
    try {
      const run = await runCli([
        'sensor',
        'inspect',
        '--port',
        sim.path,
        '--frames',
        '2',
        '--json',
        '--seconds',
        '20',
      ]);
      expect(run.code, run.stderr).toBe(0);
      const lines = jsonLines(run.stdout);
      expect(lines).toHaveLength(3);
      for (const line of lines.slice(0, 2)) {
        expect(Object.keys(line)).toEqual([
          'protocol',
          'width',
          'height',
          'ambient',
          'min',
          'max',
          'mean',
          'seq',
        ]);
        expect(line).toMatchObject({ protocol, width, height });
        // A person stands in front of the sensor: the warmest spot is skin, the coolest the room
        // (a single-point sensor sees only the spot it is aimed at: the face).
        expect(line.max as number).toBeGreaterThan(30);
        if (width * height > 1) expect(line.min as number).toBeLessThan(26);
      }
      expect(lines[2]).toMatchObject({ summary: true, frames: 2, checksumErrors: 0, protocol });
    } finally {
      await sim.stop();
    }
  });

  it('streams through the link supervisor with auto-detection, without reopening the port', async () => {
    const sim = await cliSim(['--protocol', protocol, '--pty', '--scene', 'person']);
    const frames: ThermalFrame[] = [];
    const states: string[] = [];
    const link = new LinkSupervisor({
      path: sim.path,
      protocol: 'auto',
      baud: 'auto',
      onFrame: (f) => frames.push(f),
      onStatus: (s) => states.push(s.state),
    });
    link.start();
    try {
      await waitFor(() => frames.length >= 3, 15_000, 'frames');
      expect(frames[0]).toMatchObject({ width, height, singlePoint: protocol === 'gy-mcu90614' });
      expect(link.status()).toMatchObject({
        state: 'streaming',
        protocol,
        fault: null,
        reconnects: 0,
      });
      // Detected on the port it opened: never closed and reopened on the way.
      expect(states).not.toContain('disconnected');
    } finally {
      await link.stop();
      await sim.stop();
    }
  });
});
