// Stages 5–7 of the per-frame pipeline alone, on hand-built frames with known answers: stability,
// the blackbody region and the ambient; and the per-resolution sensor defaults they rely on.
import { describe, expect, it } from 'vitest';
import { ambientStatus, roomTemperatureC } from '../../electron/core/estimation/ambient-check.js';
import { BlackbodyCheck } from '../../electron/core/estimation/blackbody-check.js';
import {
  profileFor,
  scaleBlackbody,
  sensorDefaultsFor,
} from '../../electron/core/estimation/pipeline-settings.js';
import { DEFAULT_BLACKBODY } from '../../electron/core/estimation/settings.js';
import { StabilityTracker } from '../../electron/core/estimation/stability-tracker.js';
import { paintFrame, S } from '../support/analyzer-frames.js';

describe('stage 5: stability', () => {
  it('is moving when the centroid left max(fraction × width, floor) within the window', () => {
    const t = new StabilityTracker({ frames: 3, maxShiftFraction: 0.15, minShiftPx: 0.75 });
    expect(t.update(10, 10, 10)).toBe(false); // nothing to compare with
    expect(t.update(11.4, 10, 10)).toBe(false); // 1.4 ≤ 1.5
    expect(t.update(12, 10, 10)).toBe(true); // 2 from the first
    expect(t.update(12, 10, 10)).toBe(true); // the first (10) is still in the window
    expect(t.update(12, 10, 10)).toBe(false); // 10 has left the window: 11.4, 12, 12 remain
  });

  it('settles once the window holds only still frames; reset forgets', () => {
    const t = new StabilityTracker({ frames: 3, maxShiftFraction: 0.15, minShiftPx: 0.75 });
    t.update(0, 0, 10);
    expect(t.update(5, 0, 10)).toBe(true);
    expect(t.update(5, 0, 10)).toBe(true);
    expect(t.update(5, 0, 10)).toBe(true);
    expect(t.update(5, 0, 10)).toBe(false); // the window is 5, 5, 5 now
    t.reset();
    expect(t.update(50, 50, 10)).toBe(false);
    // A 2-px face: the 0.75 px floor applies.
    expect(t.update(50.7, 50, 2)).toBe(false);
    expect(t.update(50.8, 50, 2)).toBe(true);
  });
});

describe('stage 6: blackbody region', () => {
  const bb = { ...DEFAULT_BLACKBODY }; // col 28, row 1, 3×3, 35 °C, ±1 °C
  const region = (c: number): Float32Array => paintFrame(32, 24, 22, [[28, 1, 3, 3, c]]);

  it("excludes the region, a margin and the round source's spill, and rings it with the room", () => {
    const check = new BlackbodyCheck(bb, S.blackbodyCheck, 32, 24);
    let excluded = 0;
    for (const e of check.excluded) excluded += e;
    // 3×3 at col 28, row 1: the disc covering it spills 0.62 px (1 px) beyond it, plus the 1 px
    // margin: cols 26..31, rows 0..5 (the image ends at col 31 and row 0).
    expect(excluded).toBe(6 * 6);
    // Ring: col 25 rows 0..6 and row 6 cols 26..31.
    expect(check.ring.length).toBe(7 + 6);
  });

  it('takes an interquartile mean: one or two bad pixels do not move it', () => {
    const check = new BlackbodyCheck(bb, S.blackbodyCheck, 32, 24);
    const px = region(35.4);
    px[1 * 32 + 28] = 60;
    px[3 * 32 + 30] = 10;
    check.measure(px, 22, 2.5);
    expect(check.state).toBe('measured');
    expect(check.levelC).toBeCloseTo(35.4, 5);
    expect(check.provisionalCorrectionC).toBeCloseTo(-0.4, 5);
  });

  it('is missing when no warmer than the room, non-uniform when half out of the region', () => {
    const check = new BlackbodyCheck(bb, S.blackbodyCheck, 32, 24);
    check.measure(region(23), 22, 2.5);
    expect(check.state).toBe('missing');
    check.measure(paintFrame(32, 24, 22, [[29, 1, 3, 3, 35]]), 22, 2.5); // shifted right by one
    expect(check.state).toBe('non-uniform');
    // Off the image (a 32×24 region on an 8×8 sensor): missing.
    const small = new BlackbodyCheck(bb, S.blackbodyCheck, 8, 8);
    small.measure(paintFrame(8, 8, 22), 22, 2.5);
    expect(small.state).toBe('missing');
  });

  it('recognises the source elsewhere: compact, uniform, near the set point', () => {
    const check = new BlackbodyCheck(bb, S.blackbodyCheck, 32, 24);
    expect(check.looksLikeSource(9, 3, 3, 35.1, 35.3, 35.2)).toBe(true);
    expect(check.looksLikeSource(100, 10, 12, 33, 35.5, 34.2)).toBe(false); // a face
    expect(check.looksLikeSource(9, 3, 3, 31, 31.2, 31.1)).toBe(false); // too far from 35
    expect(check.looksLikeSource(9, 9, 1, 35, 35, 35)).toBe(false); // not compact
  });

  it('is unstable when the region mean wanders, out of tolerance when far from the set point', () => {
    const check = new BlackbodyCheck(bb, S.blackbodyCheck, 32, 24);
    for (const c of [35, 35.8, 35, 35.8]) {
      check.measure(region(c), 22, 2.5);
      check.conclude(false);
    }
    expect(check.status).toBe('unstable');
    expect(check.noiseC).toBeGreaterThan(S.blackbodyCheck.unstableC);
    check.reset();
    check.measure(region(36.5), 22, 2.5);
    check.conclude(false);
    expect(check.status).toBe('out-of-tolerance');
    expect(check.correctionC).toBeCloseTo(-1.5, 5);
  });
});

describe('stage 7: ambient', () => {
  const a = S.ambient;
  it('prefers the configured room, else sensor ambient + die offset, else unknown', () => {
    expect(roomTemperatureC(30, { ...a, roomC: 21 }, -6)).toBe(21);
    expect(roomTemperatureC(28, a, -6)).toBe(22);
    expect(roomTemperatureC(null, a, -6)).toBeNull();
    expect(roomTemperatureC(NaN, a, 0)).toBeNull();
    expect(roomTemperatureC(3000, a, 0)).toBeNull();
  });
  it('is cold below 18, warm above 24', () => {
    expect(ambientStatus(16, a)).toBe('cold');
    expect(ambientStatus(18, a)).toBe('ok');
    expect(ambientStatus(24, a)).toBe('ok');
    expect(ambientStatus(24.5, a)).toBe('warm');
    expect(ambientStatus(null, a)).toBe('unknown');
  });
});

describe('sensor defaults', () => {
  it('knows the four resolutions and falls back for others', () => {
    expect(profileFor(32, 24)).toEqual({ width: 32, height: 24, hfovDeg: 55, singlePoint: false });
    expect(profileFor(8, 8).hfovDeg).toBe(60);
    expect(profileFor(80, 62).hfovDeg).toBe(45);
    expect(profileFor(80, 62, { hfovDeg: 90 }).hfovDeg).toBe(90);
    expect(profileFor(1, 1).singlePoint).toBe(true);
    expect(profileFor(160, 120)).toEqual({
      width: 160,
      height: 120,
      hfovDeg: 55,
      singlePoint: false,
    });
    expect(sensorDefaultsFor(32, 24).dieOffsetC).toBe(-6);
    expect(sensorDefaultsFor(80, 62).dieOffsetC).toBe(0);
  });

  it('moves a blackbody region to another resolution (the pixels it covers entirely)', () => {
    const at = (w: number, h: number) =>
      scaleBlackbody(DEFAULT_BLACKBODY, { width: 32, height: 24 }, { width: w, height: h });
    expect(at(32, 24)).toEqual(DEFAULT_BLACKBODY);
    expect(at(80, 62)).toMatchObject({ col: 70, row: 3, width: 7, height: 7 });
    expect(at(8, 8)).toBeNull();
  });
});
