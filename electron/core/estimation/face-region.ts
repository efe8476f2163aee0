// Stage 3: the face inside a subject. The seed is the subject's hottest pixel in its upper rows
// (a warm neck or chest below does not qualify); the face is the 8-connected part of the subject
// within `withinC` of the seed, grown from it. The face maximum is the mean of the
// `hottestPixels` hottest face pixels in those upper rows: the whole-face T_Max of the FDA study,
// less noisy than one pixel. Also: a second face-hot core anywhere (two heads merged into one
// warm region at low resolution) and the distance from the face's width.
import { FloodFill, type FillVisitor } from './flood-fill.js';
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

  private readonly flood: FloodFill;
  private readonly hottest: Float64Array;
  // The current fill's inputs and running figures, read and written by the visitors below.
  private frame: Float32Array = new Float32Array(0);
  private labels: Int32Array = new Int32Array(0);
  private id = 0;
  private ignoreId = 0;
  private floor = 0;
  private topRow = 0;
  private kept = 0;
  private sumX = 0;
  private sumY = 0;
  private coreMinCol = 0;
  private coreMaxCol = 0;
  /** Grows the face: pixels of the subject within `withinC` of the seed. */
  private readonly growFace: FillVisitor = {
    accepts: (j) => this.labels[j] === this.id && this.frame[j]! >= this.floor,
    visit: (i, col, row) => this.addFacePixel(i, col, row),
  };
  /** Grows another face-hot core: any candidate pixel (not the blackbody) above the floor. */
  private readonly growCore: FillVisitor = {
    accepts: (j) => {
      const lj = this.labels[j]!;
      return lj !== 0 && lj !== this.ignoreId && this.frame[j]! >= this.floor;
    },
    visit: (_i, col) => {
      if (col < this.coreMinCol) this.coreMinCol = col;
      if (col > this.coreMaxCol) this.coreMaxCol = col;
    },
  };

  constructor(
    private readonly width: number,
    private readonly height: number,
    private readonly settings: FaceSettings,
  ) {
    this.flood = new FloodFill(width, height);
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
    const { width, hottest } = this;
    this.flood.clearMarks();
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
    this.frame = frame;
    this.labels = labels;
    this.id = id;
    this.floor = seedC - this.settings.withinC;
    this.topRow = topRow;
    hottest.fill(-Infinity);
    this.kept = 0;
    this.sumX = 0;
    this.sumY = 0;
    this.minCol = width;
    this.maxCol = -1;
    this.minRow = this.height;
    this.maxRow = -1;
    const pixels = this.flood.fill(seed, this.growFace);
    let sum = 0;
    for (let j = 0; j < this.kept; j++) sum += hottest[j]!;
    this.hottestC = sum / this.kept;
    this.seedC = seedC;
    this.pixels = pixels;
    this.x = this.sumX / pixels + 0.5;
    this.y = this.sumY / pixels + 0.5;
    return true;
  }

  private addFacePixel(i: number, col: number, row: number): void {
    this.sumX += col;
    this.sumY += row;
    if (col < this.minCol) this.minCol = col;
    if (col > this.maxCol) this.maxCol = col;
    if (row < this.minRow) this.minRow = row;
    if (row > this.maxRow) this.maxRow = row;
    if (row <= this.topRow) {
      // Keep the k hottest, in descending order.
      const hottest = this.hottest;
      const k = hottest.length;
      const v = this.frame[i]!;
      if (this.kept < k) this.kept++;
      if (v > hottest[k - 1]!) {
        let j = k - 1;
        while (j > 0 && hottest[j - 1]! < v) {
          hottest[j] = hottest[j - 1]!;
          j--;
        }
        hottest[j] = v;
      }
    }
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
    // The face's pixels are still marked from `find`, so they are not grown again.
    this.frame = frame;
    this.labels = labels;
    this.ignoreId = ignoreId;
    this.floor = this.seedC - this.settings.withinC;
    for (let start = 0; start < labels.length; start++) {
      const id = labels[start]!;
      if (id === 0 || id === ignoreId || this.flood.isMarked(start)) continue;
      if (!(frame[start]! >= this.floor)) continue;
      this.coreMinCol = this.width;
      this.coreMaxCol = -1;
      const size = this.flood.fill(start, this.growCore);
      if (size < minPixels) continue;
      const minCol = this.coreMinCol;
      const maxCol = this.coreMaxCol;
      const shared = Math.min(maxCol, this.maxCol) - Math.max(minCol, this.minCol) + 1;
      const narrower = Math.min(maxCol - minCol + 1, this.maxCol - this.minCol + 1);
      if (shared < 0.5 * narrower) return true;
    }
    return false;
  }

  reset(): void {
    this.flood.reset();
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
