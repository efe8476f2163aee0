// `npm run bench`: throughput figures for the hot paths and the end-to-end headless demo.
// Reports numbers; it asserts nothing (targets live in the README next to the figures).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Estimator } from '../../electron/core/estimation/estimator.js';
import { Gy90640Decoder } from '../../electron/core/sensor/gy-mcu90640.js';
import { encodeGy90640Frame } from '../../native-mocks/encoders/gy-mcu90640.js';
import { planCrowd } from '../../native-mocks/people.js';
import { createRng } from '../../native-mocks/prng.js';
import { renderScene } from '../../native-mocks/scene.js';
import { roomForSeed, walkthroughScenes } from '../../native-mocks/walkthrough.js';

const LINE_RATE_460800 = 460_800 / 10; // bytes per second at 8N1

function sceneFrames(people: number): Float32Array[] {
  const rng = createRng(1);
  const plans = planCrowd({ people, feverRate: 0.1, retryRate: 0.1, seed: 1 });
  return [...walkthroughScenes(plans, roomForSeed(1), 1)].map((s) => renderScene(s, rng));
}

function benchDecoder(): void {
  const images = sceneFrames(20);
  const stream = Buffer.concat(images.map((px) => encodeGy90640Frame(px, 28)));
  const chunk = 4096;
  const decoder = new Gy90640Decoder();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  let bytes = 0;
  while (performance.now() - started < 2000) {
    for (let at = 0; at < stream.length; at += chunk) decoder.push(stream.subarray(at, at + chunk));
    bytes += stream.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const mbps = bytes / seconds / 1e6;
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(
    `gy-mcu90640 decoder: ${mbps.toFixed(0)} MB/s (${(bytes / seconds / LINE_RATE_460800).toFixed(0)}x the 460800-baud line rate), ` +
      `${(decoder.stats.frames / seconds).toFixed(0)} frames/s, heap ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB over ${decoder.stats.frames} frames`,
  );
}

function benchEstimator(): void {
  const frames = sceneFrames(50);
  const estimator = new Estimator();
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < 2000) {
    for (const px of frames) estimator.process(n++, 32, 24, px);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `estimator (one thread): ${(n / seconds).toFixed(0)} frames/s, ${((seconds / n) * 1e6).toFixed(1)} µs/frame`,
  );
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

console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
benchDecoder();
benchEstimator();
benchHeadlessDemo();
