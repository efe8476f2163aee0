// Stages 1–3 of the per-frame pipeline alone, on hand-built frames with known answers: the robust
// statistics they use, the background model, the subject finder and the face region. Stages 5–7
// are in frame-analyzer.stage-checks.test.ts.
import { describe, expect, it } from 'vitest';
import { BackgroundModel } from '../../electron/core/estimation/background-model.js';
import { FaceRegionFinder, faceDistanceM } from '../../electron/core/estimation/face-region.js';
import {
  selectKth,
  sortPrefix,
  trimmedMeanSorted,
} from '../../electron/core/estimation/robust-stats.js';
import { SubjectFinder } from '../../electron/core/estimation/subject-finder.js';
import { createRng } from '../../native-mocks/prng.js';
import { paintFrame, S } from '../support/analyzer-frames.js';

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
    const px = paintFrame(width, height, 22, [
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
    const px = paintFrame(width, height, 22, [
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
