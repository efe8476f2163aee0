// The shared conformance suite, part 3: every setup the kiosk supports, as its firmware really
// runs (the simulated board at its real pace, resetting when its port opens where the board
// does), over a real socat pseudo-terminal, read by `kiosk sensor inspect` as a user runs it.
// Each must be detected and read (how long it takes is printed here and measured by
// `npm run bench`); the bad setups must get one sentence that says what to do.
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import { createFirmware, type FirmwareOptions } from '../../native-mocks/firmware/index.js';
import { CLI } from '../support/paths.js';
import { jsonLines } from '../support/run-cli.js';
import { simulatedSensor, type SimulatedSensor } from '../support/sim.js';

interface Setup {
  name: string;
  protocol: ProtocolId;
  firmware: FirmwareOptions;
}

const SETUPS: readonly Setup[] = [
  { name: 'GY-MCU90640 module', protocol: 'gy-mcu90640', firmware: {} },
  { name: 'GY-MCU90614 module', protocol: 'gy-mcu90614', firmware: {} },
  {
    name: 'SparkFun Example2 on a Teensy',
    protocol: 'sparkfun-mlx90640',
    firmware: { board: 'teensy' },
  },
  {
    name: 'SparkFun Example2 on an ESP32 behind a USB-UART bridge',
    protocol: 'sparkfun-mlx90640',
    firmware: { board: 'bridge' },
  },
  {
    name: 'Adafruit MLX90640 simpletest 1.1.2 on an Uno-class board',
    protocol: 'adafruit-mlx90640',
    firmware: { version: '1.1.2', board: 'uno' },
  },
  {
    name: 'Adafruit MLX90640 simpletest 1.0.1 on an Uno-class board',
    protocol: 'adafruit-mlx90640',
    firmware: { version: '1.0.1', board: 'uno' },
  },
  {
    name: 'Adafruit AMG88xx pixels_test at 9600 on an Uno',
    protocol: 'adafruit-amg88xx',
    firmware: { board: 'uno' },
  },
  { name: 'Waveshare / Meridian MI48 freshly plugged in', protocol: 'mi48', firmware: {} },
];

interface Inspected {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from starting the CLI to its first frame line, or null. */
  firstFrameMs: number | null;
}

function inspect(args: string[]): Promise<Inspected> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, 'sensor', 'inspect', ...args]);
    let stdout = '';
    let stderr = '';
    let firstFrameMs: number | null = null;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (firstFrameMs === null && /"seq":/.test(stdout))
        firstFrameMs = performance.now() - started;
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr, firstFrameMs }));
  });
}

let board: SimulatedSensor | null = null;
afterEach(async () => {
  await board?.close();
  board = null;
});

describe('real-pace detection over socat pseudo-terminals', () => {
  it.each(SETUPS.map((s) => [s.name, s] as const))('%s', async (_name, setup) => {
    const model = createFirmware(setup.protocol, setup.firmware);
    board = await simulatedSensor({
      protocol: setup.protocol,
      rateHz: 'real',
      firmware: setup.firmware,
    });
    const boot = model.resetsOnOpen
      ? model.bootDelayMs + model.bootSteps().reduce((ms, s) => ms + s.waitMs, 0)
      : 0;
    const budget = boot + 2 * model.periodMs + 1000;
    const run = await inspect([
      '--port',
      board.sensorPath,
      '--json',
      '--frames',
      '2',
      '--seconds',
      '20',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines[0]).toMatchObject({ protocol: setup.protocol });
    expect(lines.at(-1)).toMatchObject({ summary: true, protocol: setup.protocol, frames: 2 });
    console.log(
      `detection: ${setup.name}: first frame after ${(run.firstFrameMs! / 1000).toFixed(1)} s (two periods and a second after the boot: ${(budget / 1000).toFixed(1)} s; period ${(model.periodMs / 1000).toFixed(2)} s, boot ${(boot / 1000).toFixed(1)} s)`,
    );
  });
});

describe('the MI48 is driven as its vendor hosts drive it', () => {
  it('is silent until started, streams once the kiosk starts it, and is stopped when it closes', async () => {
    board = await simulatedSensor({ protocol: 'mi48', rateHz: 'real', firmware: {} });
    const camera = board.simulator.firmware.camera!;
    expect(camera.streaming).toBe(false);
    const run = await inspect([
      '--port',
      board.sensorPath,
      '--json',
      '--frames',
      '3',
      '--seconds',
      '10',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/"summary":true.*"frames":3/);
    // The CLI wrote FRAME_MODE = 0 before closing: the camera is left as it was found.
    expect(camera.streaming).toBe(false);
  });
});

describe('bad setups get one sentence that says what to do', () => {
  it('the Adafruit sketch as shipped (ASCII art): switch to PRINT_TEMPERATURES', async () => {
    board = await simulatedSensor({
      protocol: 'adafruit-mlx90640',
      rateHz: 'real',
      firmware: { version: 'ascii-art', board: 'uno' },
    });
    const run = await inspect(['--port', board.sensorPath, '--seconds', '8']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ASCII art.*PRINT_TEMPERATURES/);
    expect(run.stdout).not.toMatch(/^#\d/m);
  });

  it('a sketch that cannot see its sensor: check the wiring', async () => {
    board = await simulatedSensor({
      protocol: 'adafruit-amg88xx',
      rateHz: 'real',
      firmware: { board: 'uno', faults: ['sensor-missing'] },
    });
    const run = await inspect(['--port', board.sensorPath, '--seconds', '5']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Could not find a valid AMG88xx sensor.*check the wiring/);
  });

  it('an MI48 that never acknowledges: silent, and said so while waiting', async () => {
    board = await simulatedSensor({
      protocol: 'mi48',
      rateHz: 'real',
      firmware: { faults: ['no-ack'] },
    });
    const run = await inspect(['--port', board.sensorPath, '--seconds', '4']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/listening on .* no data from the sensor after/);
    expect(run.stderr).toMatch(/did not answer as an MI48 camera/);
  });

  it('an MI48 chosen by hand that never acknowledges its start command', async () => {
    board = await simulatedSensor({
      protocol: 'mi48',
      rateHz: 'real',
      firmware: { faults: ['no-ack'] },
    });
    const run = await inspect([
      '--port',
      board.sensorPath,
      '--protocol',
      'mi48',
      '--baud',
      '115200',
      '--seconds',
      '5',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /did not acknowledge the start command.*unplug it and plug it in again/,
    );
  });
});
