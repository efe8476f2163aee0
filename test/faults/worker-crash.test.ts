// The estimation worker dies in the middle of a person's measurement (issue 14), three times on
// one running demo kiosk: each time screening pauses ("estimator-restarting"), the worker is
// replaced and screening resumes by itself, and what is counted is exactly what was shown: each
// verdict published is already in the file when it is published, and at the end the file holds
// those verdicts, outcome by outcome, and nothing else. The worker is the real one, made to exit
// on cue (support/crash-on-cue-worker.mjs).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseRunOptions } from '../../electron/app/options.js';
import { runKiosk, type RunningKiosk } from '../../electron/app/run-kiosk.js';
import type { Outcome, ScreeningState, VerdictEvent } from '../../electron/contract/schemas.js';
import { tempDir } from '../support/paths.js';
import { waitFor } from '../support/pty.js';
import { CRASH_ON_CUE_WORKER, workerCue } from './support/worker-cue.js';

const CRASHES = 3;

const restartPause = (s: ScreeningState): boolean =>
  s.screen === 'paused' && s.reason === 'estimator-restarting';

function storedByOutcome(reader: Database.Database): Record<Outcome, number> {
  const rows = reader
    .prepare('SELECT outcome, sum(count) AS n FROM counts GROUP BY outcome')
    .all() as Array<{ outcome: Outcome; n: number }>;
  const by: Record<Outcome, number> = { pass: 0, refer: 0, retry: 0 };
  for (const row of rows) by[row.outcome] = row.n;
  return by;
}

describe('the estimation worker crashing mid-measurement', () => {
  let run: RunningKiosk | null = null;
  const cue = workerCue();
  afterEach(async () => {
    await run?.stop();
    run = null;
  });
  afterAll(() => cue.close());

  it('pauses, resumes by itself, and counts exactly the verdicts shown', async () => {
    const db = join(tempDir('kiosk-worker-crash-'), 'counts.sqlite');
    const log: string[] = [];
    run = await runKiosk(
      parseRunOptions(
        ['--warm-up', '0', '--db', db, '--people', '200', '--rate', '100', '--seed', '11'],
        true,
      ),
      { workerUrl: CRASH_ON_CUE_WORKER, log: (line) => log.push(line) },
    );
    // A second connection, as HR's export or a crash would find the file: committed rows only.
    const reader = new Database(db, { readonly: true });
    const stored = (): number =>
      reader.prepare('SELECT coalesce(sum(count), 0) FROM counts').pluck().get() as number;
    const shown: Outcome[] = [];
    const uncounted: string[] = [];
    const states: ScreeningState[] = [];
    run.kiosk.subscribe((event, payload) => {
      if (event === 'state') states.push(payload as ScreeningState);
      if (event !== 'verdict') return;
      shown.push((payload as VerdictEvent).outcome);
      // Fails if a verdict is published before its count is committed (or counted twice).
      if (stored() !== shown.length) uncounted.push(`verdict ${shown.length}: ${stored()} stored`);
    });
    void run.releasePeople();

    for (let crash = 1; crash <= CRASHES; crash++) {
      const from = shown.length;
      await waitFor(() => shown.length >= from + 2, 30_000, `two verdicts before crash ${crash}`);
      const mark = states.length;
      cue.armCrash();
      // Fails if the kiosk screens on without its estimator, or never notices it died.
      await waitFor(
        () => states.slice(mark).some(restartPause),
        30_000,
        `the pause for restart ${crash}`,
      );
      const pause = states.findIndex((s, i) => i >= mark && restartPause(s));
      // The crash hit a reading in progress: a person was being measured when it paused.
      expect(states[pause - 1], `before pause ${crash}`).toMatchObject({ screen: 'measuring' });
      // Fails if the kiosk stays paused: nobody needs to restart it.
      await waitFor(
        () => states.slice(pause + 1).some((s) => s.screen !== 'paused'),
        10_000,
        `screening to resume after crash ${crash}`,
      );
    }
    const afterLast = shown.length;
    await waitFor(() => shown.length >= afterLast + 2, 30_000, 'verdicts after the last restart');
    expect(run.kiosk.snapshot().estimatorCrashes).toBe(CRASHES);
    expect(log.filter((l) => /estimation worker exited \(code 9\)/.test(l))).toHaveLength(CRASHES);

    await run.stop();
    run = null;
    const inFile = storedByOutcome(reader);
    reader.close();
    expect(uncounted).toEqual([]);
    const tally: Record<Outcome, number> = { pass: 0, refer: 0, retry: 0 };
    for (const outcome of shown) tally[outcome]++;
    // No count without its verdict: the reading the crash cut short was never counted.
    expect(inFile).toEqual(tally);
  });
});
