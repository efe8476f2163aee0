// Unplug / replug (issue 14): a live kiosk on a simulated sensor whose USB cable is pulled and
// plugged back ten times at the same path (a real socat pseudo-terminal pair, closed and started
// again). After every replug the kiosk streams and screens again by itself: the pause for the
// lost sensor ends, frames and verdicts arrive, and each verdict shown is counted. How long a
// reconnect takes is a benchmark figure (npm run bench), not asserted here. The second test pulls
// the cable while bytes are still arriving, which the link must notice as an unplug.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRunOptions } from '../../electron/app/options.js';
import { runKiosk, type RunningKiosk } from '../../electron/app/run-kiosk.js';
import type { ScreeningState } from '../../electron/contract/schemas.js';
import { createRng } from '../../native-mocks/prng.js';
import { tempDir, WORKER } from '../support/paths.js';
import { waitFor } from '../support/pty.js';
import { simulatedSensor, type SimulatedSensor } from '../support/sim.js';
import { crowdSensor, type CrowdSensor } from './support/crowd-sensor.js';

const CYCLES = 10;
/** A safety net: past the link's own deadline for a stalled stream (stallReopenMs, 10 s), by
 * which even an unplug it took for a stall (the second test's bug) is found. */
const LOST_WITHIN_MS = 15_000;

/** Resolves once `count` (frames received) has not moved for 200 ms: nothing is in flight. */
async function quiet(count: () => number): Promise<void> {
  let last = count();
  let since = Date.now();
  await waitFor(
    () => {
      if (count() !== last) [last, since] = [count(), Date.now()];
      return Date.now() - since >= 200;
    },
    5000,
    'the line to fall quiet',
  );
}

describe('a sensor unplugged and plugged back in, again and again', () => {
  let run: RunningKiosk | null = null;
  let sensor: CrowdSensor | null = null;
  afterEach(async () => {
    await run?.stop();
    await sensor?.close();
    run = null;
    sensor = null;
  });

  it(`streams and screens again after each of ${CYCLES} replugs at the same path`, async () => {
    sensor = await crowdSensor({ rateHz: 100, seed: 7 });
    const db = join(tempDir('kiosk-replug-'), 'counts.sqlite');
    // Auto-detection, as a kiosk set up with only the port's path: detected once, then reused.
    run = await runKiosk(
      parseRunOptions(['--sensor', sensor.sensorPath, '--warm-up', '0', '--db', db], false),
      {
        workerUrl: WORKER,
        log: () => undefined,
      },
    );
    const kiosk = run.kiosk;
    let verdicts = 0;
    let state: ScreeningState = kiosk.snapshot().state;
    kiosk.subscribe((event, payload) => {
      if (event === 'verdict') verdicts++;
      if (event === 'state') state = payload as ScreeningState;
    });
    const lostPause = (): boolean =>
      state.screen === 'paused' && state.reason === 'sensor-disconnected';
    await waitFor(() => verdicts >= 1, 20_000, 'a first verdict before any unplug');

    // Seeded, so a failing cycle can be replayed: how long the cable stays out once the kiosk
    // has noticed (0 ms: plugged straight back; up to 1.5 s: the retry backoff has grown).
    const rng = createRng(14);
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const out = Math.round(rng() * 1500);
      const where = `cycle ${cycle} (unplugged ${out} ms)`;
      // The cable is pulled once the line is quiet: a pull with bytes in flight is the second
      // test's, and would make this one wait out the bug it shows.
      await sensor.silence();
      await quiet(() => kiosk.snapshot().sensor.frames);
      await sensor.unplug();
      await waitFor(lostPause, LOST_WITHIN_MS, `${where}: the pause for the lost sensor`);
      expect(kiosk.snapshot().sensor.state, where).toBe('disconnected');
      await new Promise((r) => setTimeout(r, out));

      await sensor.plug();
      const frames = kiosk.snapshot().sensor.frames;
      const before = verdicts;
      // Fails if the link never reopens the path (e.g. it gave up, or waits on the old device),
      // or reopens it without the screen leaving the pause.
      await waitFor(
        () => kiosk.snapshot().sensor.state === 'streaming',
        10_000,
        `${where}: streaming`,
      );
      await waitFor(() => !lostPause(), 5000, `${where}: the pause to end`);
      await waitFor(() => kiosk.snapshot().sensor.frames >= frames + 10, 5000, `${where}: frames`);
      await waitFor(() => verdicts > before, 20_000, `${where}: a verdict after the replug`);
      // One reconnect per replug: a link that reopened twice (or opened a second port) would
      // show more; one that never lost the port, fewer.
      expect(kiosk.snapshot().sensor.reconnects, where).toBe(cycle);
    }

    const shown = verdicts;
    await run.stop();
    run = null;
    const reader = new Database(db, { readonly: true });
    const stored = reader.prepare('SELECT coalesce(sum(count), 0) FROM counts').pluck().get();
    reader.close();
    // Verdicts in flight when a cable was pulled are counted if and only if they were shown.
    expect(stored).toBe(shown);
  }, 180_000);
});

// An unplug while bytes are still arriving must read as a lost sensor, not a stalled one. After
// the line hangs up the device reads end-of-file for ever, and serialport's reader
// (@serialport/bindings-cpp 13.0.0 dist/unix-read.js) retries zero-byte reads at once instead of
// reporting a disconnect (upstream issue #162): no 'close' or 'error' reaches the link. The link
// therefore also checks that the port's device file is still there (core/sensor/device-file.ts).
describe('a sensor unplugged while its bytes are still arriving', () => {
  let run: RunningKiosk | null = null;
  let sensor: SimulatedSensor | null = null;
  afterEach(async () => {
    await run?.stop();
    await sensor?.close();
    run = null;
    sensor = null;
  });

  it('pauses for a lost sensor, not a stalled one', async () => {
    sensor = await simulatedSensor({ protocol: 'gy-mcu90640', rateHz: 1000 });
    const db = join(tempDir('kiosk-unplug-'), 'counts.sqlite');
    const args = ['--sensor', sensor.sensorPath, '--protocol', 'gy-mcu90640', '--baud', '115200'];
    run = await runKiosk(parseRunOptions([...args, '--warm-up', '0', '--db', db], false), {
      workerUrl: WORKER,
      log: () => undefined,
    });
    const pauses: string[] = [];
    run.kiosk.subscribe((event, payload) => {
      const state = payload as ScreeningState;
      if (event === 'state' && state.screen === 'paused') pauses.push(state.reason);
    });
    await waitFor(() => run!.kiosk.snapshot().sensor.frames >= 200, 10_000, 'frames');
    const mark = pauses.length;
    // The cable first (socat ends mid-stream), the sensor's own output after.
    await sensor.pair.stop();
    const sensorPause = (): string | undefined =>
      pauses.slice(mark).find((reason) => reason.startsWith('sensor-'));
    await waitFor(() => sensorPause() !== undefined, LOST_WITHIN_MS, 'a pause for the sensor');
    expect(sensorPause()).toBe('sensor-disconnected');
    expect(run.kiosk.snapshot().sensor.lastError).toMatch(/sensor lost|not connected/);
  });
});
