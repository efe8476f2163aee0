// A kiosk whose sensor is missing, held by another program, or plugged in later: the real CLI
// (`kiosk start --browser-kiosk --no-open`) must come up at once, show "paused, sensor not
// connected", tell staff why over its API, keep retrying, and stream once a sensor is there.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { KioskApi, CallArgs, CallName, CallResult } from '../../electron/contract/api.js';
import { createApiClient } from '../../electron/contract/client.js';
import type { KioskSnapshot } from '../../electron/contract/schemas.js';
import { WS_PATH } from '../../electron/contract/wire.js';
import { openPtyPair, SocatPair } from '../../native-mocks/pty-pair.js';
import { Simulator } from '../../native-mocks/simulator.js';
import { emptyRoomScenes, roomForSeed } from '../../native-mocks/walkthrough.js';
import { RUNUSER_AS_NOBODY } from '../support/run-cli.js';
import { CLI, tempDir } from '../support/paths.js';

/** "Within a few seconds": the kiosk must not wait for its sensor before showing its screen. */
const URL_WITHIN_MS = 5000;

interface CliKiosk {
  /** Milliseconds from launch to the printed KIOSK_URL line. */
  startedInMs: number;
  api: KioskApi;
  output: () => string;
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** `node dist/main/kiosk.mjs start --browser-kiosk --no-open … --db <temp>`, and its API over
 * the same WebSocket and client the kiosk's own page uses. */
async function startCli(args: string[], prefix: string[] = []): Promise<CliKiosk> {
  const dir = tempDir();
  chmodSync(dir, 0o777); // the kiosk may run as another user (see the permission test)
  const command = [
    ...prefix,
    process.execPath,
    CLI,
    'start',
    '--browser-kiosk',
    '--no-open',
    '--warm-up',
    '0',
    ...args,
    '--db',
    join(dir, 'counts.sqlite'),
  ];
  const started = Date.now();
  const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  cleanups.push(() => stopChild(child));
  let output = '';
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no KIOSK_URL within 15 s:\n${output}`)),
      15_000,
    );
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      const match = /^KIOSK_URL=(\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`kiosk exited with ${code}:\n${output}`)));
  });
  const startedInMs = Date.now() - started;
  const { port } = new URL(url);
  const token = new URL(url).hash.replace(/^#token=/, '');
  const ws = new WebSocket(`ws://127.0.0.1:${port}${WS_PATH}?token=${token}`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  cleanups.push(() => ws.close());
  return { startedInMs, api: wsClient(ws), output: () => output };
}

function wsClient(ws: WebSocket): KioskApi {
  let next = 1;
  const pending = new Map<number, (result: unknown) => void>();
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  return createApiClient(
    {
      invoke: (name, args) =>
        new Promise((resolve) => {
          const id = next++;
          pending.set(id, resolve);
          ws.send(JSON.stringify({ id, call: name, args }));
        }),
      listen: () => () => undefined,
    },
    (message) => {
      throw new Error(message);
    },
  );
}

async function value<N extends CallName>(
  api: KioskApi,
  name: N,
  args: CallArgs<N>,
): Promise<CallResult<N>> {
  const result = await api.call(name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Polls the kiosk's snapshot until `check` holds; the last one is in the error otherwise. */
async function snapshotWhen(
  api: KioskApi,
  check: (s: KioskSnapshot) => boolean,
  what: string,
  timeoutMs = 8000,
): Promise<KioskSnapshot> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const snapshot = await value(api, 'getSnapshot', {});
    if (check(snapshot)) return snapshot;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(snapshot.sensor)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const pausedNoSensor = (s: KioskSnapshot): boolean =>
  s.state.screen === 'paused' &&
  s.state.reason === 'sensor-disconnected' &&
  /sensor not connected/.test(s.sensor.lastError ?? '');

/** A simulated GY-MCU90640 at 8 Hz showing the empty room, writing into `path`. */
function simulate(path: string): Simulator {
  const simulator = new Simulator({
    path,
    protocol: 'gy-mcu90640',
    rateHz: 8,
    seed: 1,
    scenes: emptyRoomScenes(roomForSeed(1)),
  });
  void simulator.start().catch(() => undefined);
  cleanups.push(() => simulator.stop());
  return simulator;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('a kiosk whose sensor is not there', () => {
  it('comes up at once, paused, says why, keeps retrying, and streams what staff connect', async () => {
    const kiosk = await startCli(['--sensor', '/nonexistent/ttyUSB9']);
    expect(kiosk.startedInMs).toBeLessThan(URL_WITHIN_MS);

    const paused = await snapshotWhen(kiosk.api, pausedNoSensor, 'paused, sensor not connected');
    expect(paused.sensor).toMatchObject({ port: '/nonexistent/ttyUSB9', state: 'disconnected' });
    expect(paused.sensor.lastError).toBe(
      'sensor not connected: plug it in or choose it in the staff console (/nonexistent/ttyUSB9 not found: check the cable and the port)',
    );
    // The link retries by itself: each attempt is stamped anew.
    const first = paused.sensor.lastErrorAt;
    await snapshotWhen(
      kiosk.api,
      (s) => s.sensor.lastErrorAt !== first && pausedNoSensor(s),
      'another attempt',
    );

    const pair = await openPtyPair();
    cleanups.push(() => pair.close());
    simulate(pair.simulatorPath);
    const { session } = (await value(kiosk.api, 'staffSetPin', { pin: '2580' })) as {
      session: string;
    };
    // Listing ports works on this machine too (no udevadm here: device files only).
    const options = await value(kiosk.api, 'getSensorOptions', { session });
    expect(Array.isArray(options.ports)).toBe(true);
    await value(kiosk.api, 'connectSensor', {
      session,
      choice: { path: pair.sensorPath, protocol: 'gy-mcu90640', baud: null },
    });
    const streaming = await snapshotWhen(
      kiosk.api,
      (s) => s.sensor.state === 'streaming' && s.sensor.frames > 2,
      'streaming from the sensor staff chose',
    );
    expect(streaming.sensor).toMatchObject({ port: pair.sensorPath, protocol: 'gy-mcu90640' });
    expect(streaming.state).not.toEqual({ screen: 'paused', reason: 'sensor-disconnected' });
  });

  it('says the port is busy while another program holds it, and takes it once it is free', async () => {
    const pair = await openPtyPair();
    cleanups.push(() => pair.close());
    const holder = new SerialPort({ path: pair.sensorPath, baudRate: 115200, lock: true });
    await new Promise<void>((resolve, reject) =>
      holder.once('open', () => resolve()).once('error', reject),
    );
    cleanups.push(() => new Promise<void>((resolve) => holder.close(() => resolve())));
    simulate(pair.simulatorPath);

    const kiosk = await startCli(['--sensor', pair.sensorPath, '--protocol', 'gy-mcu90640']);
    expect(kiosk.startedInMs).toBeLessThan(URL_WITHIN_MS);
    const busy = await snapshotWhen(kiosk.api, pausedNoSensor, 'paused, port busy');
    expect(busy.sensor.lastError).toBe(
      `sensor not connected: plug it in or choose it in the staff console (${pair.sensorPath} is busy: another program has it open (a serial monitor, another kiosk))`,
    );

    await new Promise<void>((resolve) => holder.close(() => resolve()));
    await snapshotWhen(
      kiosk.api,
      (s) => s.sensor.state === 'streaming' && s.sensor.frames > 2,
      'streaming once the port is free',
      10_000,
    );
  });

  // Permission is only denied to someone who is not root: run the kiosk as `nobody`.
  const runuser = RUNUSER_AS_NOBODY;
  const asNobody = runuser !== null;
  it.skipIf(!asNobody)('says permission is denied, with the dialout hint', async () => {
    const pair = await openPtyPair();
    cleanups.push(() => pair.close());
    const path = realpathSync(pair.sensorPath);
    const kiosk = await startCli(['--sensor', path], [runuser!, '-u', 'nobody', '--']);
    expect(kiosk.startedInMs).toBeLessThan(URL_WITHIN_MS);
    const denied = await snapshotWhen(kiosk.api, pausedNoSensor, 'paused, permission denied');
    expect(denied.sensor.lastError).toBe(
      `sensor not connected: plug it in or choose it in the staff console (permission denied on ${path}: on Linux add the kiosk's user to the dialout group with sudo usermod -aG dialout $USER, then log in again)`,
    );
  });

  it('picks up a sensor that appears at its path after the kiosk started', async () => {
    const linkDir = tempDir('kiosk-later-');
    const pair = new SocatPair(linkDir);
    cleanups.push(() => pair.stop());
    const kiosk = await startCli(['--sensor', pair.sensorLink!]);
    expect(kiosk.startedInMs).toBeLessThan(URL_WITHIN_MS);
    const missing = await snapshotWhen(kiosk.api, pausedNoSensor, 'paused, not found yet');
    expect(missing.sensor.lastError).toMatch(/not found/);

    // Plugged in: socat makes the link, the simulator starts sending.
    const ends = await pair.start();
    simulate(ends.simulatorPath);
    const streaming = await snapshotWhen(
      kiosk.api,
      (s) => s.sensor.state === 'streaming' && s.sensor.frames > 2,
      'streaming from the sensor plugged in later',
    );
    expect(streaming.sensor).toMatchObject({ port: pair.sensorLink, protocol: 'gy-mcu90640' });
  });
});
