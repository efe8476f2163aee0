// Stage 3: the face inside a subject. The seed is the subject's hottest pixel in its upper rows
// (a warm neck or chest below does not qualify); the face is the 8-connected part of the subject
// within `withinC` of the seed, grown from it. The face maximum is the mean of the
// `hottestPixels` hottest face pixels in those upper rows: the whole-face T_Max of the FDA study,
// less noisy than one pixel. Also: a second face-hot core anywhere (two heads merged into one
// warm region at low resolution) and the distance from the face's width.
import type { FaceSettings } from './pipeline-settings.js';

export class FaceRegionFinder {
  /** Results of the last successful `find`. */
  pixels = 0;
  minCol = 0;
  maxCol = 0;
  minRow = 0;
  maxRow = 0;
  /** Centroid, pixel centres at +0.5 (the simulator's convention): a 1-px face at 0 is at 0.5. */
  x = 0;
  y = 0;
  /** Mean of the hottest pixels, raw (not blackbody-corrected), °C. */
  hottestC = 0;
  /** The seed's value, °C (raw). */
  seedC = 0;

  private readonly stamp: Uint32Array;
  private generation = 0;
  private readonly stack: Int32Array;
  private readonly hottest: Float64Array;

  constructor(
    private readonly width: number,
    private readonly height: number,
    private readonly settings: FaceSettings,
  ) {
    this.stamp = new Uint32Array(width * height);
    this.stack = new Int32Array(width * height);
    this.hottest = new Float64Array(Math.max(1, Math.floor(settings.hottestPixels)));
  }

  get widthPx(): number {
    return this.maxCol - this.minCol + 1;
  }

  get heightPx(): number {
    return this.maxRow - this.minRow + 1;
  }

  /**
   * Finds the face of component `id` (bounding rows `subjectMinRow..subjectMaxRow`, columns
   * `subjectMinCol..subjectMaxCol`). False when the component has no valid pixel.
   */
  find(
    frame: Float32Array,
    labels: Int32Array,
    id: number,
    subjectMinCol: number,
    subjectMaxCol: number,
    subjectMinRow: number,
    subjectMaxRow: number,
  ): boolean {
    const { width, height, stamp, stack, hottest } = this;
    this.nextGeneration();
    const gen = this.generation;
    const rows = subjectMaxRow - subjectMinRow + 1;
    const topRow =
      subjectMinRow + Math.max(1, Math.ceil(this.settings.topFraction * rows - 1e-9)) - 1;
    let seed = -1;
    let seedC = -Infinity;
    for (let row = subjectMinRow; row <= topRow; row++) {
      for (let col = subjectMinCol; col <= subjectMaxCol; col++) {
        const i = row * width + col;
        if (labels[i] === id && frame[i]! > seedC) {
          seedC = frame[i]!;
          seed = i;
        }
      }
    }
    if (seed < 0) return false;
    const floor = seedC - this.settings.withinC;
    const k = hottest.length;
    hottest.fill(-Infinity);
    let kept = 0;
    let pixels = 0;
    let minCol = width;
    let maxCol = -1;
    let minRow = height;
    let maxRow = -1;
    let sumX = 0;
    let sumY = 0;
    let top = 0;
    stamp[seed] = gen;
    stack[top++] = seed;
    while (top > 0) {
      const i = stack[--top]!;
      const col = i % width;
      const row = (i - col) / width;
      pixels++;
      sumX += col;
      sumY += row;
      if (col < minCol) minCol = col;
      if (col > maxCol) maxCol = col;
      if (row < minRow) minRow = row;
      if (row > maxRow) maxRow = row;
      if (row <= topRow) {
        // Keep the k hottest, in descending order.
        const v = frame[i]!;
        if (kept < k) kept++;
        if (v > hottest[k - 1]!) {
          let j = k - 1;
          while (j > 0 && hottest[j - 1]! < v) {
            hottest[j] = hottest[j - 1]!;
            j--;
          }
          hottest[j] = v;
        }
      }
      const r0 = row > 0 ? row - 1 : 0;
      const r1 = row < height - 1 ? row + 1 : row;
      const c0 = col > 0 ? col - 1 : 0;
      const c1 = col < width - 1 ? col + 1 : col;
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          const j = r * width + c;
          if (labels[j] === id && stamp[j] !== gen && frame[j]! >= floor) {
            stamp[j] = gen;
            stack[top++] = j;
          }
        }
      }
    }
    let sum = 0;
    for (let j = 0; j < kept; j++) sum += hottest[j]!;
    this.hottestC = sum / kept;
    this.seedC = seedC;
    this.pixels = pixels;
    this.minCol = minCol;
    this.maxCol = maxCol;
    this.minRow = minRow;
    this.maxRow = maxRow;
    this.x = sumX / pixels + 0.5;
    this.y = sumY / pixels + 0.5;
    return true;
  }

  /**
   * After `find`: is there another face-hot core (8-connected candidate pixels within `withinC`
   * of the seed, outside the face) of at least `minPixels`, beside the face? Two heads that
   * merged into one warm region (at 8×8, or standing close) still show two hot cores side by
   * side. A core above or below the face, sharing at least half of the narrower one's columns, is
   * the same person: a forehead and eye band above a hotter mouth, or a neck, at high resolution.
   * `ignoreId` is a component to skip (the blackbody found elsewhere), 0 for none.
   */
  hasSecondCore(
    frame: Float32Array,
    labels: Int32Array,
    ignoreId: number,
    minPixels: number,
  ): boolean {
    const { width, height, stamp, stack } = this;
    const gen = this.generation; // the face's pixels carry it
    const floor = this.seedC - this.settings.withinC;
    for (let start = 0; start < labels.length; start++) {
      const id = labels[start]!;
      if (id === 0 || id === ignoreId || stamp[start] === gen || !(frame[start]! >= floor)) {
        continue;
      }
      let size = 0;
      let top = 0;
      let minCol = width;
      let maxCol = -1;
      stamp[start] = gen;
      stack[top++] = start;
      while (top > 0) {
        const i = stack[--top]!;
        size++;
        const col = i % width;
        const row = (i - col) / width;
        if (col < minCol) minCol = col;
        if (col > maxCol) maxCol = col;
        const r0 = row > 0 ? row - 1 : 0;
        const r1 = row < height - 1 ? row + 1 : row;
        const c0 = col > 0 ? col - 1 : 0;
        const c1 = col < width - 1 ? col + 1 : col;
        for (let r = r0; r <= r1; r++) {
          for (let c = c0; c <= c1; c++) {
            const j = r * width + c;
            const lj = labels[j]!;
            if (lj !== 0 && lj !== ignoreId && stamp[j] !== gen && frame[j]! >= floor) {
              stamp[j] = gen;
              stack[top++] = j;
            }
          }
        }
      }
      if (size < minPixels) continue;
      const shared = Math.min(maxCol, this.maxCol) - Math.max(minCol, this.minCol) + 1;
      const narrower = Math.min(maxCol - minCol + 1, this.maxCol - this.minCol + 1);
      if (shared < 0.5 * narrower) return true;
    }
    return false;
  }

  reset(): void {
    this.stamp.fill(0);
    this.generation = 0;
  }

  private nextGeneration(): void {
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
  }
}

/**
 * Distance (m) of a face `widthPx` wide on a sensor `imageWidth` px across with horizontal field
 * of view `hfovDeg`, assuming a face `faceWidthM` wide (pinhole camera):
 * d = faceWidthM · imageWidth / (widthPx · 2 · tan(hfov / 2)).
 */
export function faceDistanceM(
  widthPx: number,
  imageWidth: number,
  hfovDeg: number,
  faceWidthM: number,
): number {
  return (faceWidthM * imageWidth) / (widthPx * 2 * Math.tan((hfovDeg * Math.PI) / 360));
}
