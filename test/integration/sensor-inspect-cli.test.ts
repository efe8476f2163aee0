// `kiosk sensor inspect` when something is wrong: a missing, busy or forbidden port, an unknown
// protocol, a faulty sensor. (Every protocol read at its real pace: test/conformance.)
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LinkSupervisor } from '../../electron/core/sensor/link-supervisor.js';
import { CLI } from '../support/paths.js';
import { RUNUSER_AS_NOBODY, runCli } from '../support/run-cli.js';
import { simulatedSensor } from '../support/sim.js';

/** Skips detection: the GY-MCU90640 at its default baud rate. */
const GY_AT_115200 = ['--protocol', 'gy-mcu90640', '--baud', '115200'];

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
  const runuser = RUNUSER_AS_NOBODY;
  const asNobody = runuser !== null;
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
