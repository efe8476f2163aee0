// A dead estimation worker is restarted with its settings, quickly, and the crash is counted.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ThermalFrame } from '../../electron/core/sensor/frame.js';
import {
  EstimationClient,
  type WorkerSettings,
} from '../../electron/core/estimation/worker-client.js';
import { defaultEngineSettings } from '../../electron/core/estimation/engine-settings.js';
import { waitFor } from '../support/pty.js';

const CRASHING = fileURLToPath(new URL('../support/crashing-worker.mjs', import.meta.url));

const frame = (seq: number): ThermalFrame => ({
  width: 2,
  height: 2,
  pixels: new Float32Array(4).fill(22),
  ambient: null,
  singlePoint: false,
  seq,
  receivedAt: 0,
});

describe('estimation worker restart', () => {
  it('restarts a crashed worker within 1 s, reconfigures it, counts the crash, and carries on', async () => {
    const seen: number[] = [];
    const restarting: Array<[boolean, number]> = [];
    const client = new EstimationClient({
      workerUrl: CRASHING,
      onResult: (r) => seen.push(r.seq),
      onError: () => undefined,
      onRestarting: (r) => restarting.push([r, Date.now()]),
    });
    try {
      await client.configure(defaultEngineSettings('2026-11-23') satisfies WorkerSettings);
      for (let seq = 0; seq < 4; seq++) client.submit(frame(seq));
      await waitFor(() => restarting.length === 2, 3000, 'restart');
      expect(restarting.map(([r]) => r)).toEqual([true, false]);
      expect(restarting[1]![1] - restarting[0]![1]).toBeLessThan(1000);
      expect(client.crashes).toBe(1);
      expect(seen).toEqual([0, 1, 2]);
      for (let seq = 4; seq < 7; seq++) client.submit(frame(seq));
      await waitFor(() => seen.length === 6, 3000, 'frames after the restart');
      expect(seen.slice(3)).toEqual([4, 5, 6]);
    } finally {
      await client.close();
    }
  });
});
