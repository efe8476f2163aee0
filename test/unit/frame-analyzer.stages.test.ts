// Each stage of the per-frame pipeline alone, on hand-built frames with known answers.
import { describe, expect, it } from 'vitest';
import { ambientStatus, roomTemperatureC } from '../../electron/core/estimation/ambient-check.js';
import { BackgroundModel } from '../../electron/core/estimation/background-model.js';
import { BlackbodyCheck } from '../../electron/core/estimation/blackbody-check.js';
import { FaceRegionFinder, faceDistanceM } from '../../electron/core/estimation/face-region.js';
import {
  DEFAULT_PIPELINE_SETTINGS,
  profileFor,
  scaleBlackbody,
  sensorDefaultsFor,
} from '../../electron/core/estimation/pipeline-settings.js';
import {
  selectKth,
  sortPrefix,
  trimmedMeanSorted,
} from '../../electron/core/estimation/robust-stats.js';
import { DEFAULT_BLACKBODY } from '../../electron/core/estimation/settings.js';
import { StabilityTracker } from '../../electron/core/estimation/stability-tracker.js';
import { SubjectFinder } from '../../electron/core/estimation/subject-finder.js';
import { createRng } from '../../native-mocks/prng.js';

const S = DEFAULT_PIPELINE_SETTINGS;

/** A width×height frame at `c`, with rectangles painted on it. */
function frame(
  width: number,
  height: number,
  c: number,
  rects: Array<[col: number, row: number, w: number, h: number, c: number]> = [],
): Float32Array {
  const px = new Float32Array(width * height).fill(c);
  for (const [col, row, w, h, v] of rects) {
    for (let r = row; r < row + h; r++) for (let k = col; k < col + w; k++) px[r * width + k] = v;
  }
  return px;
}

describe('robust statistics', () => {
  it('selectKth agrees with sorting, including ties and sorted inputs', () => {
    const rng = createRng(7);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rng() * 40);
      const values = Float32Array.from({ length: n }, () => Math.round(rng() * 10) / 2);
      if (trial % 5 === 0) values.sort();
      const sorted = Float32Array.from(values).sort();
      const k = Math.floor(rng() * n);
      expect(selectKth(Float32Array.from(values), n, k)).toBe(sorted[k]);
    }
    expect(selectKth(new Float32Array(4), 0, 0)).toBeNaN();
  });

  it('the trimmed mean of a sorted prefix drops the ends', () => {
    const v = Float64Array.of(9, 1, 5, 3, 100, 4, 2, 6, -50, 0);
    sortPrefix(v, 9); // the last value is outside the prefix and stays put
    expect(Array.from(v)).toEqual([-50, 1, 2, 3, 4, 5, 6, 9, 100, 0]);
    expect(trimmedMeanSorted(v, 9, 2)).toBe(4); // mean of 2, 3, 4, 5, 6
  });
});

describe('stage 1: background model', () => {
  const settings = { ...S.background, alpha: 0.25, bootstrapFrames: 3 };

  it('is a running mean and variance for the first 1/alpha frames, then an EMA', () => {
    const model = new BackgroundModel(2, new Uint8Array(2), settings);
    const skip = new Uint8Array(2);
    for (const v of [20, 22, 24]) model.learn(Float32Array.of(v, v), skip);
    expect(model.at(0)).toBeCloseTo(22, 12);
    expect(model.ready).toBe(true);
    // Population variance of 20, 22, 24 = 8/3.
    expect(model.noiseC).toBeCloseTo(Math.sqrt(8 / 3), 12);
    model.learn(Float32Array.of(26, 26), skip); // 4th sample: 1/4 = alpha
    expect(model.at(0)).toBeCloseTo(23, 12);
    model.learn(Float32Array.of(27, 27), skip); // EMA: 23 + 0.25 × 4
    expect(model.at(0)).toBeCloseTo(24, 12);
  });

  it('never learns excluded, skipped or missing pixels', () => {
    const model = new BackgroundModel(4, Uint8Array.of(1, 0, 0, 0), settings);
    const skip = Uint8Array.of(0, 1, 0, 0);
    model.learn(Float32Array.of(30, 30, 20, NaN), skip);
    expect(model.at(0)).toBeNaN();
    expect(model.at(1)).toBeNaN();
    expect(model.at(2)).toBe(20);
    expect(model.at(3)).toBeNaN();
    expect(model.framesLearned).toBe(1);
    // A frame with nothing learnable is not an empty frame learned.
    model.learn(Float32Array.of(NaN, NaN, NaN, NaN), skip);
    expect(model.framesLearned).toBe(1);
    model.reset();
    expect(model.at(2)).toBeNaN();
    expect(model.ready).toBe(false);
    expect(model.noiseC).toBe(S.background.defaultNoiseC);
  });

  it('bootstraps from a low quantile of the frame, ignoring the excluded region and NaN', () => {
    const excluded = new Uint8Array(100);
    excluded[0] = 1;
    const model = new BackgroundModel(100, excluded, S.background);
    const px = new Float32Array(100);
    for (let i = 0; i < 100; i++) px[i] = i; // 0 is excluded: valid values 1..99
    px[50] = NaN;
    // 98 values; the 0.1 quantile is index floor(0.1 × 97) = 9 of 1..49, 51..99 → 10.
    expect(model.bootstrapLevel(px)).toBe(10);
    expect(model.bootstrapLevel(new Float32Array(100).fill(NaN))).toBeNaN();
  });
});

describe('stage 2: subject finder (8-connected components)', () => {
  it('joins diagonal neighbours, separates gaps, and measures each component', () => {
    const width = 6;
    const height = 4;
    // Component A: (0,0) and (1,1) diagonal; component B: column 4, rows 0..3.
    const cand = new Uint8Array(width * height);
    const px = new Float32Array(width * height);
    const set = (col: number, row: number, v: number): void => {
      cand[row * width + col] = 1;
      px[row * width + col] = v;
    };
    set(0, 0, 30);
    set(1, 1, 31);
    for (let r = 0; r < 4; r++) set(4, r, 33 + r);
    const finder = new SubjectFinder(width, height);
    expect(finder.label(cand, px)).toBe(2);
    expect(finder.size[1]).toBe(2);
    expect([finder.minCol[1], finder.maxCol[1], finder.minRow[1], finder.maxRow[1]]).toEqual([
      0, 1, 0, 1,
    ]);
    expect(finder.size[2]).toBe(4);
    expect([finder.minC[2], finder.maxC[2], finder.sumC[2]]).toEqual([33, 36, 138]);
    expect(finder.labels[1 * width + 4]).toBe(2);
    expect(finder.labels[3 * width + 0]).toBe(0);
  });

  it('a full frame of candidates is one component (the stack holds every pixel)', () => {
    const finder = new SubjectFinder(80, 62);
    expect(finder.label(new Uint8Array(80 * 62).fill(1), new Float32Array(80 * 62))).toBe(1);
    expect(finder.size[1]).toBe(80 * 62);
  });
});

describe('stage 3: face region', () => {
  const width = 12;
  const height = 16;

  /** One component, rows 2..13: cool hair, the face, a hotter neck in the lowest rows. */
  function person(): { px: Float32Array; labels: Int32Array } {
    const px = frame(width, height, 22, [
      [3, 2, 6, 2, 28], // hair: cooler than the face by more than withinC
      [3, 4, 6, 7, 34], // face, rows 4..10
      [5, 11, 2, 3, 36], // neck, rows 11..13: below the subject's upper 75 % (rows 2..10)
    ]);
    px[5 * width + 5] = 35;
    px[5 * width + 6] = 35.2;
    const labels = new Int32Array(width * height);
    for (let i = 0; i < px.length; i++) labels[i] = px[i]! > 25 ? 1 : 0;
    return { px, labels };
  }

  it('seeds in the upper rows, grows within withinC, and averages the hottest there', () => {
    const { px, labels } = person();
    const face = new FaceRegionFinder(width, height, S.face);
    expect(face.find(px, labels, 1, 3, 8, 2, 13)).toBe(true);
    // The seed is the hottest pixel of rows 2..10, not the hotter neck.
    expect(face.seedC).toBeCloseTo(35.2, 5);
    // Grown within 2 °C of 35.2: the face (34–35.2) and the connected neck (36), not the hair.
    expect(face.pixels).toBe(42 + 6);
    expect([face.minCol, face.maxCol, face.minRow, face.maxRow]).toEqual([3, 8, 4, 13]);
    expect(face.widthPx).toBe(6);
    expect(face.heightPx).toBe(10);
    // The maximum: mean of the two hottest pixels of the upper rows.
    expect(face.hottestC).toBeCloseTo((35 + 35.2) / 2, 5);
    // Centroid at pixel centres: columns 3..8 → 6.0; rows (42 × 7 + 6 × 12) / 48 + 0.5.
    expect(face.x).toBeCloseTo(6, 12);
    expect(face.y).toBeCloseTo((42 * 7 + 6 * 12) / 48 + 0.5, 12);
  });

  it('finds a second face-hot core in the same warm region', () => {
    const px = frame(width, height, 22, [
      [0, 4, 4, 4, 34],
      [4, 5, 4, 2, 29], // a cooler bridge: the same component, not the same face
      [8, 4, 4, 4, 34],
    ]);
    const labels = new Int32Array(width * height);
    for (let i = 0; i < px.length; i++) labels[i] = px[i]! > 25 ? 1 : 0;
    const face = new FaceRegionFinder(width, height, S.face);
    expect(face.find(px, labels, 1, 0, 11, 4, 7)).toBe(true);
    expect(face.pixels).toBe(16);
    expect(face.hasSecondCore(px, labels, 0, 16)).toBe(true);
    expect(face.hasSecondCore(px, labels, 0, 17)).toBe(false);
    expect(face.hasSecondCore(px, labels, 1, 1)).toBe(false); // that component is ignored
  });

  it('distance follows d = faceWidthM · width / (widthPx · 2 tan(hfov/2))', () => {
    expect(faceDistanceM(10, 32, 55, 0.15)).toBeCloseTo(
      (0.15 * 32) / (10 * 2 * Math.tan((27.5 * Math.PI) / 180)),
      12,
    );
    expect(faceDistanceM(10, 32, 55, 0.15)).toBeCloseTo(0.461, 3);
    expect(faceDistanceM(8, 80, 90, 0.15)).toBeCloseTo(0.75, 12); // tan 45° = 1
  });
});

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
  const region = (c: number): Float32Array => frame(32, 24, 22, [[28, 1, 3, 3, c]]);

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
    check.measure(frame(32, 24, 22, [[29, 1, 3, 3, 35]]), 22, 2.5); // shifted right by one
    expect(check.state).toBe('non-uniform');
    // Off the image (a 32×24 region on an 8×8 sensor): missing.
    const small = new BlackbodyCheck(bb, S.blackbodyCheck, 8, 8);
    small.measure(frame(8, 8, 22), 22, 2.5);
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
