// `npm run bench`: throughput figures for the hot paths and the end-to-end headless demo, and the
// fault suite's figures (replug time, memory of a long run: fault-figures.ts), and the
// user-facing ones (serial byte → screen latency, idle CPU and memory: user-figures.ts), and HR's
// roll-up of 1,500 kiosks × 365 days (rollup-scale.ts).
// Reports numbers; it asserts nothing (targets live in the README next to the figures).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultEngineSettings } from '../../electron/core/estimation/engine-settings.js';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { exportCounts } from '../../electron/core/records/hr-export.js';
import { addDays } from '../../electron/core/records/local-date.js';
import { Estimator } from '../../electron/core/estimation/estimator.js';
import { PROTOCOL_IDS, type ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import { PROTOCOLS } from '../../electron/core/sensor/protocols/index.js';
import { LinkSupervisor } from '../../electron/core/sensor/link-supervisor.js';
import { SIMULATED } from '../../native-mocks/encoders/index.js';
import { createFirmware, type FirmwareOptions } from '../../native-mocks/firmware/index.js';
import { simulatedSensor } from '../support/sim.js';
import { renderImageAt, renderSensorImage } from '../../native-mocks/sensor-image.js';
import { planCrowd } from '../../native-mocks/people.js';
import { samplePerson } from '../../native-mocks/optics/face.js';
import { blackbodyCovering, renderPhysical } from '../../native-mocks/optics/render.js';
import { SENSOR_KINDS } from '../../native-mocks/optics/sensor-kinds.js';
import { createRng } from '../../native-mocks/prng.js';
import { roomForSeed, walkthroughScenes } from '../../native-mocks/walkthrough.js';
import { benchLongRun, benchReplug } from './fault-figures.js';
import { benchRollupScale } from './rollup-scale.js';
import { benchUserFigures } from './user-figures.js';

const LINE_RATE_460800 = 460_800 / 10; // bytes per second at 8N1

function encodedStream(protocol: ProtocolId, frames: number): Buffer {
  const rng = createRng(1);
  const plans = planCrowd({ people: 2, feverRate: 0.5, retryRate: 0, seed: 1 });
  const specs = [...walkthroughScenes(plans, roomForSeed(1), 1)].slice(0, frames);
  const once = Buffer.concat(
    specs.map((s) => SIMULATED[protocol].encode(renderSensorImage(s, rng, protocol))),
  );
  // At least 64 KiB, so that a pass is many 4 KiB chunks whatever the frame size (40 single-point
  // frames are only 360 bytes).
  return Buffer.concat(new Array<Buffer>(Math.ceil(65_536 / once.length)).fill(once));
}

/** Decodes the stream in 4 KiB chunks for about `ms`, returning bytes/s and frames/s. */
function throughput(
  protocol: ProtocolId,
  stream: Buffer,
  ms: number,
): { bytesPerS: number; framesPerS: number } {
  const decoder = PROTOCOLS[protocol].createDecoder();
  const started = performance.now();
  let bytes = 0;
  while (performance.now() - started < ms) {
    for (let at = 0; at < stream.length; at += 4096) decoder.push(stream.subarray(at, at + 4096));
    bytes += stream.length;
  }
  const seconds = (performance.now() - started) / 1000;
  return { bytesPerS: bytes / seconds, framesPerS: decoder.stats.frames / seconds };
}

function benchDecoders(): void {
  console.log('decoder throughput (4 KiB chunks; line rate = 460800 baud = 46 080 B/s):');
  for (const protocol of PROTOCOL_IDS) {
    const { bytesPerS, framesPerS } = throughput(protocol, encodedStream(protocol, 40), 1500);
    console.log(
      `  ${protocol.padEnd(18)} ${(bytesPerS / 1e6).toFixed(0).padStart(4)} MB/s  ${(bytesPerS / LINE_RATE_460800).toFixed(0).padStart(5)}x line rate  ${framesPerS.toFixed(0).padStart(8)} frames/s`,
    );
  }
}

/** Heap after decoding a million frames, against the heap after the first thousand. */
function benchDecoderHeap(protocol: ProtocolId): void {
  const stream = encodedStream(protocol, 40);
  const decoder = PROTOCOLS[protocol].createDecoder();
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap = (): number => {
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  let before: number | null = null;
  while (decoder.stats.frames < 1_000_000) {
    for (let at = 0; at < stream.length; at += 4096) decoder.push(stream.subarray(at, at + 4096));
    if (before === null && decoder.stats.frames >= 1000) before = heap();
  }
  const after = heap();
  console.log(
    `  ${protocol}: ${decoder.stats.frames.toLocaleString('en')} frames, heap ${(before! / 1e6).toFixed(1)} MB after the first 1 000 -> ${(after / 1e6).toFixed(1)} MB after 10^6 (${gc ? 'after gc' : 'no gc exposed'})`,
  );
}

/** The calibrated per-frame pipeline + session on one core, at each resolution. */
function benchPipeline(): void {
  console.log('estimation pipeline (analysis + session + optics correction, one core):');
  const rng = createRng(1);
  const plans = planCrowd({ people: 4, feverRate: 0.25, retryRate: 0, seed: 1 });
  const specs = [...walkthroughScenes(plans, roomForSeed(1), 1)].slice(0, 120);
  for (const [width, height] of [
    [8, 8],
    [32, 24],
    [80, 62],
    [160, 120],
  ] as const) {
    const frames = specs.map((s) => renderImageAt(s, rng, width, height, null).pixels);
    const estimator = new Estimator(defaultEngineSettings('2026-11-23'));
    const started = performance.now();
    let n = 0;
    while (performance.now() - started < 1500) {
      for (const px of frames) estimator.process(n, width, height, px, null, n++ * 125);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `  ${`${width}×${height}`.padEnd(8)} ${(n / seconds).toFixed(0).padStart(7)} frames/s  ${((seconds / n) * 1e6).toFixed(1)} µs/frame`,
    );
  }
  const frames = specs.map((s) => renderImageAt(s, rng, 32, 24, null).pixels);
  const estimator = new Estimator(defaultEngineSettings('2026-11-23'));
  const gc = (globalThis as { gc?: () => void }).gc;
  let before = 0;
  for (let n = 0; n < 1_000_000; n++) {
    estimator.process(n, 32, 24, frames[n % frames.length]!, null, n * 125);
    if (n === 1000) {
      gc?.();
      before = process.memoryUsage().heapUsed;
    }
  }
  gc?.();
  const after = process.memoryUsage().heapUsed;
  console.log(
    `  heap over 10^6 frames at 32×24: ${(before / 1e6).toFixed(1)} MB -> ${(after / 1e6).toFixed(1)} MB (growth ${((after - before) / 1e6).toFixed(2)} MB)`,
  );
}

/** The physical simulator: one person and the blackbody, a new skin temperature every frame. */
function benchRendering(): void {
  console.log('physical simulator rendering (one person and the blackbody at 0.5 m):');
  const rng = createRng(3);
  const person = samplePerson(rng, { roomC: 22 });
  for (const kind of Object.values(SENSOR_KINDS)) {
    const bb =
      kind.width * kind.height > 1
        ? blackbodyCovering(kind, { col: kind.width * 0.85, row: 1, width: 1, height: 1 }, 0.6)
        : null;
    const scene = (c: number) => ({
      roomC: 22,
      driftC: 0,
      noiseC: 0.1,
      people: [{ person: { ...person, trueFaceMaxC: c }, distanceM: 0.5, xM: 0, yM: 0 }],
      blackbody: bb ? { c: 35, ...bb } : null,
    });
    for (let i = 0; i < 5; i++) renderPhysical(scene(person.trueFaceMaxC), kind, rng);
    const started = performance.now();
    let n = 0;
    while (performance.now() - started < 1000) {
      renderPhysical(scene(person.trueFaceMaxC + 0.1 * (rng() - 0.5)), kind, rng);
      n++;
    }
    const ms = (performance.now() - started) / n;
    console.log(
      `  ${kind.label.padEnd(42)} ${ms.toFixed(2).padStart(6)} ms/frame  ${(1000 / ms).toFixed(0).padStart(6)} frames/s`,
    );
  }
}

/** Every supported setup at its firmware's real pace (the simulated board, resetting on open
 * where it does) over a socat pseudo-terminal: the kiosk's link supervisor opens the port,
 * detects the protocol on it and delivers the first frame. */
const DETECTION_SETUPS: ReadonlyArray<[string, ProtocolId, FirmwareOptions]> = [
  ['GY-MCU90640 module', 'gy-mcu90640', {}],
  ['GY-MCU90614 module', 'gy-mcu90614', {}],
  ['SparkFun Example2, Teensy', 'sparkfun-mlx90640', { board: 'teensy' }],
  ['SparkFun Example2, ESP32 + UART bridge', 'sparkfun-mlx90640', { board: 'bridge' }],
  ['Adafruit MLX90640 1.1.2, Uno', 'adafruit-mlx90640', { version: '1.1.2', board: 'uno' }],
  ['Adafruit MLX90640 1.0.1, Uno', 'adafruit-mlx90640', { version: '1.0.1', board: 'uno' }],
  ['Adafruit AMG88xx pixels_test, Uno, 9600', 'adafruit-amg88xx', { board: 'uno' }],
  ['MI48 (silent until started)', 'mi48', {}],
];

async function timeToFirstFrame(protocol: ProtocolId, firmware: FirmwareOptions): Promise<number> {
  const sensor = await simulatedSensor({ protocol, rateHz: 'real', firmware });
  // Mid-loop, as a board that has been running for a while.
  await new Promise((resolve) => setTimeout(resolve, 700));
  const started = performance.now();
  let first = 0;
  const link = new LinkSupervisor({
    path: sensor.sensorPath,
    protocol: 'auto',
    baud: 'auto',
    onFrame: () => (first ||= performance.now() - started),
    onStatus: () => undefined,
  });
  link.start();
  while (!first && performance.now() - started < 20_000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await link.stop();
  await sensor.close();
  return first || Infinity;
}

async function benchDetection(): Promise<void> {
  console.log(
    'detection at the real pace (link supervisor: open, detect on that port, first frame; 3 runs):',
  );
  for (const [name, protocol, firmware] of DETECTION_SETUPS) {
    const model = createFirmware(protocol, firmware);
    const boot = model.resetsOnOpen
      ? model.bootDelayMs + model.bootSteps().reduce((ms, s) => ms + s.waitMs, 0)
      : 0;
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) runs.push(await timeToFirstFrame(protocol, firmware));
    runs.sort((a, b) => a - b);
    const target = boot + 2 * model.periodMs + 1000;
    console.log(
      `  ${name.padEnd(40)} median ${(runs[1]! / 1000).toFixed(1)} s, worst ${(runs[2]! / 1000).toFixed(1)} s  (frame every ${(model.periodMs / 1000).toFixed(2)} s, boot ${(boot / 1000).toFixed(1)} s; target boot + 2 frames + 1 s = ${(target / 1000).toFixed(1)} s)`,
    );
  }
}

function benchHeadlessDemo(): void {
  const db = join(mkdtempSync(join(tmpdir(), 'kiosk-bench-')), 'counts.sqlite');
  const cli = join(import.meta.dirname, '..', 'main', 'kiosk.mjs');
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [cli, 'demo', '--headless', '--people', '400', '--seed', '1', '--db', db],
    {
      encoding: 'utf8',
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`headless demo failed: ${run.stderr}`);
  const frames = /(\d+) frames/.exec(run.stderr)?.[1];
  console.log(
    `headless demo, 400 people (pty + serialport + worker + SQLite): ${seconds.toFixed(1)} s wall, ` +
      `${(400 / seconds).toFixed(1)} people/s, ${frames} frames; ${run.stdout.trim()}`,
  );
}

/** Verdicts committed per second (WAL, synchronous FULL: each one on disk before its screen),
 * and the HR export of a full year by day and by hour. */
function benchRecords(): void {
  const path = join(mkdtempSync(join(tmpdir(), 'kiosk-bench-')), 'counts.sqlite');
  const store = new CountsStore(path);
  const outcomes = ['pass', 'pass', 'pass', 'refer', 'retry'] as const;
  const n = 2000;
  let started = performance.now();
  for (let i = 0; i < n; i++)
    store.increment({ date: '2026-11-24', hour: i % 24 }, 'Kiosk 1', outcomes[i % 5]!);
  const perS = n / ((performance.now() - started) / 1000);
  // A busy year: every hour of 365 days at two kiosks.
  const from = '2025-11-25';
  for (let d = 0; d < 365; d++) {
    const date = addDays(from, d);
    for (let hour = 0; hour < 24; hour++) {
      store.increment({ date, hour }, 'North', 'pass');
      store.increment({ date, hour }, 'South', 'refer');
    }
  }
  const times: string[] = [];
  for (const by of ['day', 'hour'] as const) {
    started = performance.now();
    const file = exportCounts(store, { from, to: '2026-11-24', by, suppressBelow: 5 });
    times.push(`by ${by} ${file.rows} rows in ${(performance.now() - started).toFixed(0)} ms`);
  }
  store.close();
  console.log(
    `records: ${perS.toFixed(0)} verdicts committed/s (WAL, synchronous FULL, this disk); ` +
      `export of a year at 2 kiosks: ${times.join(', ')}`,
  );
}

console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
benchDecoders();
console.log('decoder heap over 10^6 frames:');
benchDecoderHeap('gy-mcu90640');
benchDecoderHeap('gy-mcu90614');
benchDecoderHeap('adafruit-amg88xx');
benchPipeline();
benchRendering();
benchRecords();
benchRollupScale();
benchHeadlessDemo();
await benchDetection();
await benchReplug();
await benchLongRun();
await benchUserFigures();
