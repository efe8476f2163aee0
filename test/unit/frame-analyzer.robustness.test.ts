// The per-frame pipeline under abuse: determinism, the reused result object, garbage input of
// every kind (NaN, ±∞, extremes, wrong lengths) and impossible sensor profiles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrameAnalyzer } from '../../electron/core/estimation/frame-analyzer.js';
import type { FrameAnalysis } from '../../electron/core/estimation/observation.js';
import { profileFor } from '../../electron/core/estimation/pipeline-settings.js';
import { planSequence } from '../../native-mocks/people.js';
import { createRng } from '../../native-mocks/prng.js';
import { renderSensorImage } from '../../native-mocks/sensor-image.js';
import { roomForSeed, walkthroughScenes } from '../../native-mocks/walkthrough.js';
import { analyzer, blackbody, copy, frame, H, S, W } from '../support/analyzer-frames.js';

describe('robustness', () => {
  it('is deterministic: the same frames give the same outputs', () => {
    const plans = planSequence('normal,pair,far,cold', 2);
    const specs = [...walkthroughScenes(plans, roomForSeed(2), 2)];
    const once = (): FrameAnalysis[] => {
      const fa = new FrameAnalyzer(S, profileFor(W, H));
      const rng = createRng(2);
      return specs.map((s) => {
        const img = renderSensorImage(s, rng, 'gy-mcu90640');
        return copy(fa.analyse(img.pixels, img.ambientC));
      });
    };
    expect(once()).toEqual(once());
  });

  it('returns the same reused object each frame', () => {
    const fa = analyzer();
    const a = fa.analyse(frame(22, [blackbody(35), [10, 6, 10, 12, 34.5]]), null);
    const face = a.face;
    const b = fa.analyse(frame(22, [blackbody(35), [12, 6, 10, 12, 34.5]]), null);
    expect(b).toBe(a);
    expect(b.face).toBe(face);
  });

  it('never throws on garbage: NaN, ±∞, extremes, wrong lengths; recovers afterwards', () => {
    for (const [w, h] of [
      [1, 1],
      [8, 8],
      [32, 24],
      [80, 62],
    ] as const) {
      const fa = analyzer({}, w, h);
      const n = w * h;
      fc.assert(
        fc.property(
          fc.float32Array({ minLength: 0, maxLength: n + 3 }),
          fc.oneof(fc.constant(null), fc.double()),
          (px, ambient) => {
            const r = fa.analyse(px, ambient);
            expect(['none', 'one', 'multiple']).toContain(r.presence);
            expect(Number.isFinite(r.noiseC)).toBe(true);
            expect(Number.isFinite(r.blackbody.correctionC)).toBe(true);
            if (r.face) expect(Number.isFinite(r.face.maxC)).toBe(true);
            expect(r.ambient.c === null || Number.isFinite(r.ambient.c)).toBe(true);
          },
        ),
        { numRuns: 150, seed: 42 },
      );
      for (const v of [NaN, Infinity, -Infinity, 3e38, -3e38, 1e6]) {
        expect(() => fa.analyse(new Float32Array(n).fill(v), v)).not.toThrow();
      }
      // A clean scene afterwards: garbage did not poison the model.
      fa.reset();
      const scene = w === 1 ? Float32Array.of(34) : frame(22, [], w, h);
      if (w > 1) {
        const col = Math.floor(w / 3);
        const fw = Math.max(2, Math.floor(w / 3));
        const fh = Math.max(2, Math.floor(h / 2));
        for (let r = 1; r < 1 + fh; r++) for (let c = col; c < col + fw; c++) scene[r * w + c] = 34;
      }
      expect(fa.analyse(scene, w === 1 ? 22 : null).presence).toBe('one');
    }
  });

  it('ignores non-finite pixels inside a face', () => {
    const px = frame(22, [blackbody(35), [10, 6, 10, 12, 34.5]]);
    px[8 * W + 12] = NaN;
    px[9 * W + 14] = Infinity;
    px[10 * W + 15] = -Infinity;
    const r = analyzer().analyse(px, null);
    expect(r.presence).toBe('one');
    expect(r.face!.pixels).toBe(117);
    expect(r.face!.maxC).toBeCloseTo(34.5, 5);
  });

  it('rejects an impossible sensor profile at construction', () => {
    expect(
      () => new FrameAnalyzer(S, { width: 0, height: 24, hfovDeg: 55, singlePoint: false }),
    ).toThrow(RangeError);
    expect(
      () => new FrameAnalyzer(S, { width: 32, height: 24, hfovDeg: 0, singlePoint: false }),
    ).toThrow(RangeError);
  });
});
