// Bench figures for the fault suite (test/faults): how long a replugged sensor takes to stream
// again, and the memory of a long headless run. Figures only; the fault tests assert behaviour.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkSupervisor } from '../../electron/core/sensor/link-supervisor.js';
import { simulatedSensor } from '../support/sim.js';

const REPLUGS = 20;
const UNPLUGGED_MS = 1000;
const REPLUG_RATE_HZ = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * The link supervisor on a simulated GY-MCU90640 (50 frames/s) whose pseudo-terminal pair is
 * closed for 1 s (the retry backoff has grown past it) and started again at the same path: from
 * the port's device file being back to the first frame delivered.
 */
export async function benchReplug(): Promise<void> {
  const sensor = await simulatedSensor({ protocol: 'gy-mcu90640', rateHz: REPLUG_RATE_HZ });
  let lastFrameAt = 0;
  let stalled = false;
  const link = new LinkSupervisor({
    path: sensor.sensorPath,
    protocol: 'auto',
    baud: 'auto',
    onFrame: () => (lastFrameAt = performance.now()),
    onStatus: (status) => (stalled ||= status.fault === 'stalled'),
  });
  link.start();
  const times: number[] = [];
  let takenForStalls = 0;
  try {
    await waitUntil(() => lastFrameAt > 0, 10_000);
    for (let i = 0; i < REPLUGS; i++) {
      stalled = false;
      await sensor.unplug();
      // An unplug with bytes in flight is missed by serialport (test/faults/replug.test.ts): the
      // link then finds it by its stall check, reopening after 10 s.
      await waitUntil(() => link.status().state === 'disconnected', 15_000);
      if (stalled) takenForStalls++;
      await sleep(UNPLUGGED_MS);
      // replug() resolves once socat has made both ends and connected them.
      await sensor.replug();
      const back = performance.now();
      await waitUntil(() => lastFrameAt > back, 10_000);
      times.push(lastFrameAt - back);
    }
  } finally {
    await link.stop();
    await sensor.close();
  }
  times.sort((a, b) => a - b);
  console.log(
    `replug (link supervisor, GY-MCU90640 at ${REPLUG_RATE_HZ} frames/s, unplugged ${UNPLUGGED_MS / 1000} s, ${REPLUGS} cycles): ` +
      `port back -> first frame median ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, ` +
      `worst ${times.at(-1)!.toFixed(0)} ms (the link looks for the port every 100 ms); ` +
      `${takenForStalls} of ${REPLUGS} unplugs first taken for a stall`,
  );
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error('bench: timed out');
    await sleep(5);
  }
}

/** VmRSS and VmHWM (peak) of a process in MB, or null where there is no /proc. */
function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1]);
    return { rss: (kb('VmRSS') || 0) / 1024, peak: (kb('VmHWM') || 0) / 1024 };
  } catch {
    return null;
  }
}

/**
 * `kiosk demo --headless --people N` (pty, serialport, worker, SQLite: the whole kiosk, as fast
 * as it goes), its resident memory sampled every 250 ms: the peak, and the resident size a tenth,
 * half and nine tenths of the way through (flat if nothing grows with the people screened).
 * BENCH_LONG_PEOPLE sets N (default 5000: 5 to 8 minutes on a 2-core machine).
 */
export async function benchLongRun(): Promise<void> {
  const people = Number(process.env.BENCH_LONG_PEOPLE ?? 5000);
  const db = join(mkdtempSync(join(tmpdir(), 'kiosk-bench-')), 'counts.sqlite');
  const cli = join(import.meta.dirname, '..', 'main', 'kiosk.mjs');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [cli, 'demo', '--headless', '--people', `${people}`, '--seed', '1', '--db', db],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const samples: Array<{ at: number; rss: number; peak: number }> = [];
  const sampler = setInterval(() => {
    const memory = memoryOf(child.pid!);
    // An exiting process's status has no memory lines left: no sample.
    if (memory && memory.rss > 0 && memory.peak > 0) {
      samples.push({ at: performance.now() - started, ...memory });
    }
  }, 250);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`long headless run failed: ${stderr}`);
  const frames = /(\d+) frames/.exec(stderr)?.[1];
  if (samples.length === 0) {
    console.log(`long headless run, ${people} people: ${seconds.toFixed(0)} s; no /proc: no RSS`);
    return;
  }
  const at = (fraction: number) =>
    samples.reduce((best, s) =>
      Math.abs(s.at - fraction * seconds * 1000) < Math.abs(best.at - fraction * seconds * 1000)
        ? s
        : best,
    ).rss;
  const peak = Math.max(...samples.map((s) => s.peak));
  console.log(
    `long headless run, ${people} people (${frames} frames): ${seconds.toFixed(0)} s wall; ` +
      `peak RSS ${peak.toFixed(0)} MB; RSS at 10% / 50% / 90% of the run ` +
      `${at(0.1).toFixed(0)} / ${at(0.5).toFixed(0)} / ${at(0.9).toFixed(0)} MB; ${stdout.trim()}`,
  );
}
