// The bundled estimation worker in a real worker thread: frames in (transferred), verdicts out;
// a reading crosses back only once a site calibration armed its capture, and only once.
import { afterEach, describe, expect, it } from 'vitest';
import type { VerdictEvent } from '../../electron/contract/schemas.js';
import {
  EstimationClient,
  type WorkerResult,
} from '../../electron/core/estimation/worker-client.js';
import { defaultEngineSettings } from '../../electron/core/estimation/engine-settings.js';
import { planSequence } from '../../native-mocks/people.js';
import { createRng } from '../../native-mocks/prng.js';
import { renderScene } from '../../native-mocks/scene.js';
import { roomForSeed, walkthroughScenes } from '../../native-mocks/walkthrough.js';
import { waitFor } from '../support/pty.js';
import { WORKER } from '../support/paths.js';

describe('estimation worker thread', () => {
  let client: EstimationClient | null = null;
  afterEach(async () => {
    await client?.close();
  });

  it('turns a normal and a febrile walk-through into pass then refer, in frame order', async () => {
    const results: WorkerResult[] = [];
    const errors: string[] = [];
    client = new EstimationClient({
      workerUrl: WORKER,
      maxBacklog: Number.POSITIVE_INFINITY,
      onResult: (r) => results.push(r),
      onError: (m) => errors.push(m),
    });
    await client.configure(defaultEngineSettings('2026-11-23'));
    const rng = createRng(1);
    let seq = 0;
    let firstPixels: Float32Array | null = null;
    for (const spec of walkthroughScenes(planSequence('normal,fever', 1), roomForSeed(1), 1)) {
      const pixels = renderScene(spec, rng);
      firstPixels ??= pixels;
      client.submit({
        width: 32,
        height: 24,
        pixels,
        ambient: 28,
        singlePoint: false,
        seq: seq++,
        receivedAt: Date.now(),
      });
    }
    await waitFor(() => results.length === seq, 10_000, 'all results');
    expect(errors).toEqual([]);
    // Transferred, not copied: the main thread's buffer is now detached.
    expect(firstPixels!.byteLength).toBe(0);
    expect(results.map((r) => r.seq)).toEqual([...Array(seq).keys()]);
    const verdicts = results.flatMap((r) =>
      r.verdict ? [r.verdict] : [],
    ) satisfies VerdictEvent[];
    expect(verdicts.map((v) => v.outcome)).toEqual(['pass', 'refer']);
  });

  it('hands back one armed reading (the next pass/refer), and none unarmed or disarmed', async () => {
    const results: WorkerResult[] = [];
    client = new EstimationClient({
      workerUrl: WORKER,
      maxBacklog: Number.POSITIVE_INFINITY,
      onResult: (r) => results.push(r),
      onError: () => undefined,
    });
    await client.configure(defaultEngineSettings('2026-11-23'));
    const rng = createRng(2);
    let seq = 0;
    const walk = (people: string): void => {
      for (const spec of walkthroughScenes(planSequence(people, 2), roomForSeed(2), 2)) {
        client!.submit({
          width: 32,
          height: 24,
          pixels: renderScene(spec, rng),
          ambient: 28,
          singlePoint: false,
          seq: seq++,
          receivedAt: Date.now(),
        });
      }
    };
    walk('normal');
    client.armCapture(true);
    walk('normal,fever');
    client.armCapture(true);
    client.armCapture(false);
    walk('normal');
    await waitFor(() => results.length === seq, 10_000, 'all results');
    const verdicts = results.filter((r) => r.verdict && r.verdict.outcome !== 'retry');
    expect(verdicts.map((r) => r.verdict!.outcome)).toEqual(['pass', 'pass', 'refer', 'pass']);
    const captured = results.filter((r) => r.capture !== null);
    // Only the first verdict after arming: the second person's.
    expect(captured).toHaveLength(1);
    expect(captured[0]).toBe(verdicts[1]);
    expect(Object.keys(captured[0]!.capture!).sort()).toEqual([
      'distanceM',
      'faceC',
      'uncertaintyC',
    ]);
    expect(captured[0]!.capture!.faceC).toBeGreaterThan(30);
  });

  it('reports a malformed frame as an error and keeps working', async () => {
    const errors: string[] = [];
    const results: WorkerResult[] = [];
    client = new EstimationClient({
      workerUrl: WORKER,
      onResult: (r) => results.push(r),
      onError: (m) => errors.push(m),
    });
    client.submit({
      width: 32,
      height: 24,
      pixels: new Float32Array(5),
      ambient: null,
      singlePoint: false,
      seq: 0,
      receivedAt: 0,
    });
    client.submit({
      width: 2,
      height: 2,
      pixels: new Float32Array(4).fill(22),
      ambient: null,
      singlePoint: false,
      seq: 1,
      receivedAt: 0,
    });
    await waitFor(() => errors.length === 1 && results.length === 1, 5000, 'error and result');
    expect(errors[0]).toMatch(/frame 0: 5 pixels for 32x24/);
  });
});
