// The per-frame pipeline's view of the room: the background model it learns while nobody is there
// (and not while someone is), the pixels' temporal noise, and the room temperature it reports.
import { describe, expect, it } from 'vitest';
import type { FrameAnalysis } from '../../electron/core/estimation/observation.js';
import { createRng } from '../../native-mocks/prng.js';
import { analyzer, blackbody, frame, S } from '../support/analyzer-frames.js';

describe('background model', () => {
  it('adapts while the room is empty and not while someone stands there', () => {
    const fa = analyzer();
    for (let f = 0; f < 20; f++) fa.analyse(frame(22, [blackbody(35)]), null);
    expect(fa.backgroundReady).toBe(true);
    expect(fa.backgroundC(5, 20)).toBeCloseTo(22, 5);
    // The room warms by 1 °C: learned while empty (EMA, 0.95^60 of the step left).
    for (let f = 0; f < 60; f++) fa.analyse(frame(23, [blackbody(35)]), null);
    expect(fa.backgroundC(12, 10)).toBeCloseTo(23 - 0.95 ** 60, 4);
    const learned = fa.backgroundC(12, 10);
    // Someone stands still for 100 frames: still there, and the room model has not moved.
    for (let f = 0; f < 100; f++) {
      const r = fa.analyse(frame(23, [blackbody(35), [8, 5, 10, 12, 34.5]]), null);
      expect(r.presence).toBe('one');
      expect(r.moving).toBe(false);
    }
    expect(fa.backgroundC(12, 10)).toBe(learned);
    expect(fa.analyse(frame(23, [blackbody(35)]), null).presence).toBe('none');
    // The blackbody's region is never learned.
    expect(fa.backgroundC(29, 2)).toBeNaN();
  });

  it('bootstraps with someone already in view, learning nothing until they leave', () => {
    const fa = analyzer();
    for (let f = 0; f < 30; f++) {
      const r = fa.analyse(frame(21, [blackbody(35), [10, 6, 10, 12, 34.5]]), null);
      expect(r.presence).toBe('one');
    }
    expect(fa.backgroundReady).toBe(false);
    expect(fa.backgroundC(0, 23)).toBeNaN();
    for (let f = 0; f < S.background.bootstrapFrames; f++) fa.analyse(frame(21), null);
    expect(fa.backgroundReady).toBe(true);
  });

  it('reports the temporal noise of background pixels', () => {
    const fa = analyzer();
    const rng = createRng(3);
    let r: FrameAnalysis | undefined;
    for (let f = 0; f < 200; f++) {
      const px = frame(22, [blackbody(35)]);
      for (let i = 0; i < px.length; i++) px[i] = px[i]! + (rng() < 0.5 ? -0.1 : 0.1);
      r = fa.analyse(px, null);
    }
    // ±0.1 coin flips: σ = 0.1 (an EMA variance: within a few per cent).
    expect(r!.noiseC).toBeGreaterThan(0.085);
    expect(r!.noiseC).toBeLessThan(0.115);
  });

  it('reset forgets the room', () => {
    const fa = analyzer();
    for (let f = 0; f < 20; f++) fa.analyse(frame(22, [blackbody(35)]), null);
    fa.reset();
    expect(fa.backgroundReady).toBe(false);
    expect(fa.backgroundC(5, 5)).toBeNaN();
  });
});

describe('ambient', () => {
  it('uses the configured room first, else the sensor ambient plus the die offset', () => {
    const px = frame(22, [blackbody(35)]);
    expect(analyzer({ ambient: { ...S.ambient, roomC: 16 } }).analyse(px, 30).ambient).toEqual({
      c: 16,
      status: 'cold',
    });
    // 32×24 (GY-MCU90640): the die reads ~6 °C above the room.
    expect(analyzer().analyse(px, 22).ambient).toEqual({ c: 16, status: 'cold' });
    expect(analyzer().analyse(px, 28).ambient).toEqual({ c: 22, status: 'ok' });
    expect(analyzer().analyse(px, 31).ambient).toEqual({ c: 25, status: 'warm' });
    expect(analyzer().analyse(px, null).ambient).toEqual({ c: null, status: 'unknown' });
    const noOffset = analyzer({ ambient: { ...S.ambient, dieOffsetC: 0 } });
    expect(noOffset.analyse(px, 16).ambient).toEqual({ c: 16, status: 'cold' });
    // 8×8 sensors default to no offset.
    expect(analyzer({}, 8, 8).analyse(frame(22, [], 8, 8), 16).ambient.status).toBe('cold');
  });
});
