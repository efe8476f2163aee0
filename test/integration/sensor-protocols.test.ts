// Every protocol end to end over a socat pseudo-terminal: auto-detection, the diagnostics CLI,
// and the link supervisor, each against the matching simulator.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectProtocol } from '../../electron/core/sensor/auto-detect.js';
import type { ThermalFrame } from '../../electron/core/sensor/frame.js';
import { LinkSupervisor } from '../../electron/core/sensor/link-supervisor.js';
import { PROTOCOL_IDS, type ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import { PROTOCOLS } from '../../electron/core/sensor/protocols/index.js';
import { CLI } from '../support/paths.js';
import { waitFor } from '../support/pty.js';
import { simulatedSensor, type SimulatedSensor } from '../support/sim.js';

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Skips detection: the GY-MCU90640 at its default baud rate. */
const GY_AT_115200 = ['--protocol', 'gy-mcu90640', '--baud', '115200'];

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

describe.each(PROTOCOL_IDS.map((p) => [p]))('%s over a pseudo-terminal', (protocol: ProtocolId) => {
  let sensor: SimulatedSensor;
  const { width, height } = PROTOCOLS[protocol];

  beforeAll(async () => {
    sensor = await simulatedSensor({ protocol, rateHz: 10 });
  });
  afterAll(async () => {
    await sensor.close();
  });

  it('is auto-detected within about 3 s', async () => {
    const started = Date.now();
    const found = await detectProtocol(sensor.sensorPath);
    expect(found).toMatchObject({ ok: true, protocol });
    expect(Date.now() - started).toBeLessThan(3500);
  });

  it('is read by `kiosk sensor inspect --json` from `kiosk sim --pty`: a line per frame, then a summary', async () => {
    const simulated = await cliSim([
      '--protocol',
      protocol,
      '--pty',
      '--scene',
      'person',
      '--rate',
      '10',
    ]);
    const run = await runCli([
      'sensor',
      'inspect',
      '--port',
      simulated.path,
      '--frames',
      '3',
      '--json',
    ]);
    await simulated.stop();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    for (const line of lines.slice(0, 3)) {
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
    expect(lines[3]).toMatchObject({ summary: true, frames: 3, checksumErrors: 0, protocol });
    expect(Object.keys(lines[3]!)).toEqual(expect.arrayContaining(['resyncs', 'bytesDiscarded']));
  });

  it('streams through the link supervisor with auto-detection', async () => {
    const frames: ThermalFrame[] = [];
    const link = new LinkSupervisor({
      path: sensor.sensorPath,
      protocol: 'auto',
      baud: 'auto',
      onFrame: (f) => frames.push(f),
      onStatus: () => undefined,
    });
    link.start();
    try {
      await waitFor(() => frames.length >= 3, 6000, 'frames');
      expect(frames[0]).toMatchObject({ width, height, singlePoint: protocol === 'gy-mcu90614' });
      expect(link.status()).toMatchObject({ state: 'streaming', protocol, fault: null });
    } finally {
      await link.stop();
    }
  });
});

describe('sensor inspect errors', () => {
  it('says a missing port is not found, and exits 1', async () => {
    const run = await runCli(['sensor', 'inspect', '--port', '/dev/ttyNOPE9', ...GY_AT_115200]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /kiosk: serial port \/dev\/ttyNOPE9 not found: check the sensor's cable/,
    );
  });

  it('says a port another program holds is busy', async () => {
    const sensor = await simulatedSensor({ protocol: 'gy-mcu90640' });
    const holder = new LinkSupervisor({
      path: sensor.sensorPath,
      protocol: 'gy-mcu90640',
      baud: 115200,
      onFrame: () => undefined,
      onStatus: () => undefined,
    });
    holder.start();
    await holder.waitOpen();
    try {
      const run = await runCli(['sensor', 'inspect', '--port', sensor.sensorPath, ...GY_AT_115200]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/is busy: another program/);
    } finally {
      await holder.stop();
      await sensor.close();
    }
  });

  // Permission is only denied to someone who is not root: run the CLI as `nobody`.
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser'].find((p) => existsSync(p));
  const asNobody =
    process.getuid?.() === 0 &&
    runuser !== undefined &&
    // The checkout must be readable by `nobody` (it is not under /root, say).
    spawnSync(runuser, ['-u', 'nobody', '--', 'test', '-r', CLI]).status === 0;
  it.skipIf(!asNobody)('says permission is denied, with the dialout hint', async () => {
    const sensor = await simulatedSensor({ protocol: 'gy-mcu90640' });
    try {
      const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(runuser!, [
          '-u',
          'nobody',
          '--',
          process.execPath,
          CLI,
          'sensor',
          'inspect',
          '--port',
          realpathSync(sensor.sensorPath),
          ...GY_AT_115200,
        ]);
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => resolve({ code, stderr }));
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/permission denied on .*add yourself to the dialout group/);
    } finally {
      await sensor.close();
    }
  });
  if (!asNobody)
    console.log(
      'skipped the permission test: it needs root, runuser, and a checkout `nobody` can read',
    );

  it('rejects an unknown protocol with the list of known ones (exit 2)', async () => {
    const run = await runCli(['sensor', 'inspect', '--port', '/dev/null', '--protocol', 'flir']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown --protocol "flir"; use auto, gy-mcu90640, gy-mcu90614/);
  });

  it('counts checksum errors from a faulty sensor and keeps decoding', async () => {
    const sensor = await simulatedSensor({
      protocol: 'gy-mcu90640',
      rateHz: 40,
      faults: { checksum: 0.3, garbage: 0.3 },
    });
    try {
      const run = await runCli([
        'sensor',
        'inspect',
        '--port',
        sensor.sensorPath,
        ...GY_AT_115200,
        '--frames',
        '20',
        '--json',
      ]);
      expect(run.code).toBe(0);
      const summary = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
      expect(summary.frames).toBe(20);
      expect(summary.checksumErrors).toBeGreaterThan(0);
      expect(summary.resyncs).toBeGreaterThan(0);
      expect(summary.bytesDiscarded).toBeGreaterThan(0);
    } finally {
      await sensor.close();
    }
  });
});
