// The per-frame pipeline on the smallest sensors: a single point (1×1), where a face is one warm
// reading, and an 8×8 array, where a face is 2–3 pixels.
import { describe, expect, it } from 'vitest';
import { FrameAnalyzer } from '../../electron/core/estimation/frame-analyzer.js';
import {
  DEFAULT_PIPELINE_SETTINGS,
  profileFor,
} from '../../electron/core/estimation/pipeline-settings.js';
import { analyzer, frame } from '../support/analyzer-frames.js';

describe('single point (1×1)', () => {
  const spot = (): FrameAnalyzer => new FrameAnalyzer(DEFAULT_PIPELINE_SETTINGS, profileFor(1, 1));

  it('a face is a warm, skin-range reading; distance unknown; blackbody never configured', () => {
    const fa = spot();
    const r = fa.analyse(Float32Array.of(34.2), 22);
    expect(r.presence).toBe('one');
    expect(r.face).toEqual({
      maxC: expect.closeTo(34.2, 5) as number,
      pixels: 1,
      widthPx: 1,
      heightPx: 1,
      x: 0.5,
      y: 0.5,
      col: 0,
      row: 0,
      distanceM: null,
      distance: 'unknown',
    });
    expect(r.subject).toEqual({ col: 0, row: 0, width: 1, height: 1 });
    expect(r.moving).toBe(false);
    expect(r.blackbody.status).toBe('not-configured');
  });

  it('the room, something too hot, or barely above the ambient is nobody', () => {
    const fa = spot();
    expect(fa.analyse(Float32Array.of(22.5), 22).presence).toBe('none');
    expect(fa.analyse(Float32Array.of(50), 22).presence).toBe('none');
    // 27 °C is in the skin range but within 2.5 °C of a 25 °C room.
    expect(spot().analyse(Float32Array.of(27), 25).presence).toBe('none');
  });

  it('learns the spot while empty, then judges against it', () => {
    const fa = spot();
    for (let f = 0; f < 20; f++) fa.analyse(Float32Array.of(21), null);
    expect(fa.backgroundC(0, 0)).toBeCloseTo(21, 5);
    // Without any ambient, a cold face at 28 is still 7 °C above the learned spot.
    expect(fa.analyse(Float32Array.of(28), null).presence).toBe('one');
  });
});

describe('8×8', () => {
  it('finds a face of 2–3 px and computes its distance at 60°', () => {
    const fa = analyzer({ blackbody: null }, 8, 8);
    expect(fa.minSubjectPx).toBe(2);
    const r = fa.analyse(frame(22, [[3, 2, 2, 1, 34]], 8, 8), null);
    expect(r.presence).toBe('one');
    expect(r.face!.pixels).toBe(2);
    expect(fa.rawDistanceM).toBeCloseTo((0.15 * 8) / (2 * 2 * Math.tan(Math.PI / 6)), 12);
    // The optics model finds no distance where an 8×8 array's loss is steady enough across
    // people: every face is asked closer (DESIGN.md; `kiosk calibrate optics`).
    expect(fa.maxDistanceM).toBe(0);
    expect(r.face!.distance).toBe('too-far');
  });

  it('one warm pixel is noise; two faces are two people', () => {
    const fa = analyzer({ blackbody: null }, 8, 8);
    expect(fa.analyse(frame(22, [[3, 3, 1, 1, 34]], 8, 8), null).presence).toBe('none');
    const two = frame(
      22,
      [
        [0, 2, 2, 3, 34],
        [5, 2, 2, 3, 34],
      ],
      8,
      8,
    );
    expect(fa.analyse(two, null).presence).toBe('multiple');
  });
});
