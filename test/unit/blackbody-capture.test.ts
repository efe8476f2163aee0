import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCameraCalibration } from '../../electron/app/camera-calibration-file.js';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { ApiFailure } from '../../electron/contract/api.js';
import type { CalibrationPoint, Region } from '../../electron/contract/staff.js';
import { BlackbodyCapture } from '../../electron/core/calibration/blackbody-capture.js';
import {
  evaluateCalibration,
  toCameraCalibration,
} from '../../electron/core/calibration/evaluate-calibration.js';
import { gainOffset } from '../../electron/core/estimation/camera-calibration.js';
import { createRng } from '../../electron/core/prng.js';
import { tempDir } from '../support/paths.js';

const W = 32;
const H = 24;
const REGION: Region = { col: 26, row: 2, width: 4, height: 4 };

function gaussian(rng: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

interface Scene {
  sourceC: number;
  /** Per-pixel noise, °C (1σ). */
  pixelNoiseC: number;
  /** Noise shared by the whole source in a frame (its controller hunting), °C (1σ). */
  frameNoiseC: number;
  /** Columns of the region, from its left edge, that actually show the room instead. */
  offSourceCols?: number;
  hotPixel?: boolean;
}

function frame(scene: Scene, noise: () => number): Float32Array {
  const px = new Float32Array(W * H);
  const common = scene.frameNoiseC * noise();
  for (let r = 0; r < H; r++) {
    for (let c = 0; c < W; c++) {
      const inRegion =
        c >= REGION.col + (scene.offSourceCols ?? 0) &&
        c < REGION.col + REGION.width &&
        r >= REGION.row &&
        r < REGION.row + REGION.height;
      const level = inRegion ? scene.sourceC + common : 22;
      // Sensors report 0.01 °C steps.
      px[r * W + c] = Math.round((level + scene.pixelNoiseC * noise()) * 100) / 100;
    }
  }
  if (scene.hotPixel) px[(REGION.row + 1) * W + REGION.col + 2] = 80;
  return px;
}

function capture(scene: Scene, setC: number, frames: number, seed: number): BlackbodyCapture {
  const noise = gaussian(createRng(seed));
  const cap = new BlackbodyCapture(REGION, setC, frames);
  while (!cap.done) cap.add(frame(scene, noise), W, H);
  return cap;
}

describe('blackbody capture', () => {
  it('measures the region robustly, with an uncertainty that matches the real scatter', () => {
    const scene = { sourceC: 35.2, pixelNoiseC: 0.1, frameNoiseC: 0.08, hotPixel: true };
    const points = Array.from({ length: 40 }, (_, seed) => capture(scene, 35, 16, seed + 1));
    const first = points[0]!.result();
    expect(first.setC).toBe(35);
    expect(first.frames).toBe(16);
    expect(Math.abs(first.measuredC - 35.2)).toBeLessThan(0.1); // the 80 °C pixel is trimmed off
    expect(points[0]!.problems()).toEqual([]);
    // Each frame mean scatters by ~0.085 (0.08 shared + 0.1/√8 per pixel): SE over 16 ≈ 0.021.
    const results = points.map((p) => p.result());
    const typicalU = results.reduce((s, p) => s + p.uncertaintyC, 0) / results.length;
    expect(typicalU).toBeGreaterThan(0.015);
    expect(typicalU).toBeLessThan(0.03);
    // Across independent captures the means scatter as much as each one claims.
    const m = results.reduce((s, p) => s + p.measuredC, 0) / results.length;
    const sd = Math.sqrt(
      results.reduce((s, p) => s + (p.measuredC - m) ** 2, 0) / (results.length - 1),
    );
    expect(sd / typicalU).toBeGreaterThan(0.65);
    expect(sd / typicalU).toBeLessThan(1.5);
    expect(Math.abs(m - 35.2)).toBeLessThan(0.02);
  });

  it('never claims more than the sensor resolves, even when frames repeat exactly', () => {
    const cap = capture({ sourceC: 34, pixelNoiseC: 0, frameNoiseC: 0 }, 34, 4, 1);
    expect(cap.result()).toEqual({ setC: 34, measuredC: 34, uncertaintyC: 0.01, frames: 4 });
  });

  it('is done after the requested frames and ignores any more', () => {
    const noise = gaussian(createRng(3));
    const scene = { sourceC: 35, pixelNoiseC: 0.05, frameNoiseC: 0 };
    const cap = new BlackbodyCapture(REGION, 35, 3);
    expect(() => cap.result()).toThrow(/0 of 3 frames/);
    cap.add(frame(scene, noise), W, H);
    cap.add(frame(scene, noise), W, H);
    expect(cap.done).toBe(false);
    cap.add(frame(scene, noise), W, H);
    expect(cap.done).toBe(true);
    const before = cap.result();
    cap.add(frame({ ...scene, sourceC: 45 }, noise), W, H);
    expect(cap.result()).toEqual(before);
    expect(() => new BlackbodyCapture(REGION, 35, 1)).toThrow(/at least 2 frames/);
  });

  it('refuses a region outside the image, saying so', () => {
    const cap = new BlackbodyCapture({ col: 30, row: 20, width: 4, height: 4 }, 35, 4);
    let error: unknown;
    try {
      cap.add(new Float32Array(W * H).fill(35), W, H);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiFailure);
    expect((error as ApiFailure).code).toBe('rejected');
    expect((error as ApiFailure).message).toMatch(/outside the 32×24 image/);
    // The same region fits an 80×62 sensor.
    expect(() => cap.add(new Float32Array(80 * 62).fill(35), 80, 62)).not.toThrow();
  });

  it('reports a region that is not uniform or far from the set point', () => {
    const straddling = capture(
      { sourceC: 35, pixelNoiseC: 0.05, frameNoiseC: 0, offSourceCols: 2 },
      35,
      4,
      5,
    );
    expect(straddling.spreadC).toBeGreaterThan(1);
    expect(straddling.problems().join(' ')).toMatch(/not uniform/);
    expect(() => straddling.result()).not.toThrow();

    const wrongSetPoint = capture({ sourceC: 35, pixelNoiseC: 0.05, frameNoiseC: 0 }, 42, 4, 6);
    const problems = wrongSetPoint.problems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/set point of 42\.0 °C the camera read 35\.0 °C/);
    // The evaluation reports it too, from the point alone.
    expect(evaluateCalibration([wrongSetPoint.result()]).problems.join(' ')).toMatch(
      /camera read 35\.0 °C/,
    );
  });
});

const point = (setC: number, measuredC: number, uncertaintyC = 0.03): CalibrationPoint => ({
  setC,
  measuredC,
  uncertaintyC,
  frames: 16,
});

describe('calibration evaluation', () => {
  it('one point: gain 1, the offset to the set point, the point’s own uncertainty', () => {
    expect(evaluateCalibration([point(35, 34.6, 0.05)])).toEqual({
      gain: 1,
      offset: expect.closeTo(0.4, 12) as number,
      uncertaintyC: 0.05,
      problems: [],
    });
  });

  it('two points: gain and offset through both, uncertainty propagated to 37 °C', () => {
    const low = point(30, 29.4, 0.04);
    const high = point(40, 39.0, 0.03);
    // gain = 10/9.6; offset = 30 − gain·29.4; w = 0.7; u = gain·√((0.3·0.04)² + (0.7·0.03)²).
    const expected = { gain: 1.0416666667, offset: -0.625, uncertaintyC: 0.0251946 };
    for (const pts of [[low, high] as const, [high, low] as const]) {
      const r = evaluateCalibration([...pts]);
      expect(r.gain).toBeCloseTo(expected.gain, 9);
      expect(r.offset).toBeCloseTo(expected.offset, 9);
      expect(r.uncertaintyC).toBeCloseTo(expected.uncertaintyC, 6);
      expect(r.problems).toEqual([]);
    }
    // The saved record gives the engine the same correction.
    const record = toCameraCalibration([high, low], '2026-11-24');
    expect(record).toEqual({
      date: '2026-11-24',
      low: { setC: 30, measuredC: 29.4 },
      high: { setC: 40, measuredC: 39.0 },
    });
    expect(gainOffset(record).gain).toBeCloseTo(expected.gain, 9);
    expect(gainOffset(record).offset).toBeCloseTo(expected.offset, 9);
  });

  it('extrapolating beyond the set points costs uncertainty', () => {
    const inside = evaluateCalibration([point(30, 30, 0.05), point(40, 40, 0.05)]);
    const beyond = evaluateCalibration([point(30, 30, 0.05), point(33, 33, 0.05)]);
    // w = 0.7 → √(0.3² + 0.7²)·0.05; w = 7/3 → √((4/3)² + (7/3)²)·0.05.
    expect(inside.uncertaintyC).toBeCloseTo(0.05 * Math.hypot(0.3, 0.7), 9);
    expect(beyond.uncertaintyC).toBeCloseTo(0.05 * Math.hypot(4 / 3, 7 / 3), 9);
  });

  it('reports set points too close together', () => {
    const r = evaluateCalibration([point(35, 34.8), point(36, 35.8)]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/only 1\.0 °C apart.*at least 2 °C apart/);
    const same = evaluateCalibration([point(35, 34.8), point(35, 34.9)]);
    expect(same.problems.join(' ')).toMatch(/only 0\.0 °C apart/);
    expect(same.gain).toBe(1);
    expect(same.offset).toBeCloseTo(0.15, 12);
    expect(Number.isFinite(same.uncertaintyC)).toBe(true);
  });

  it('reports a gain out of range, and readings that did not rise', () => {
    const steep = evaluateCalibration([point(30, 30), point(37, 31)]);
    expect(steep.gain).toBeCloseTo(7, 12);
    expect(steep.problems.join(' ')).toMatch(/gain of 7\.000, outside 0\.8–1\.25/);
    const flat = evaluateCalibration([point(30, 33), point(37, 33)]);
    expect(flat.gain).toBe(1);
    expect(flat.problems.join(' ')).toMatch(/did not rise with the set point/);
  });

  it('reports unstable points and a correction too large to trust', () => {
    const unstable = evaluateCalibration([point(30, 29.8, 0.05), point(37, 36.8, 0.35)]);
    expect(unstable.problems).toHaveLength(1);
    expect(unstable.problems[0]).toMatch(/at 37\.0 °C was not stable \(±0\.35 °C\)/);

    const shifted = evaluateCalibration([point(35, 31.5)]);
    expect(shifted.offset).toBeCloseTo(3.5, 12);
    expect(shifted.problems).toHaveLength(1);
    expect(shifted.problems[0]).toMatch(/shift readings near 37 °C by 3\.5 °C/);

    // Far off: said once, as the point's problem, not again as a large shift.
    const farOff = evaluateCalibration([point(35, 29)]);
    expect(farOff.problems).toHaveLength(1);
    expect(farOff.problems[0]).toMatch(/camera read 29\.0 °C, more than 5 °C off/);
  });

  it('refuses to turn a calibration with problems into a record', () => {
    expect(() => toCameraCalibration([point(35, 34.8), point(36, 35.8)], '2026-11-24')).toThrow(
      ApiFailure,
    );
  });

  it('saves and loads a one-point record (gain 1) in the calibrations table', () => {
    const record = toCameraCalibration([point(35, 34.7)], '2026-11-24');
    expect(record.high).toBeNull();
    expect(gainOffset(record)).toEqual({ gain: 1, offset: expect.closeTo(0.3, 12) as number });
    const store = new CountsStore(join(tempDir(), 'counts.sqlite'));
    store.calibrations.add(new Date(), 'one-point', record, null);
    const latest = store.calibrations.latest();
    store.close();
    expect(latest).toMatchObject({ kind: 'one-point', blackbody: null });
    expect(checkCameraCalibration(latest!.record, 'stored')).toEqual({ record });
  });
});
