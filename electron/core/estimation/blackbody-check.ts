// Stage 6: the reference blackbody. A robust (interquartile) mean of its configured region gives
// the drift correction (set point − mean); the region's uniformity, its contrast with the room
// around it and the stability of its mean over recent frames give the status. Reported per frame:
// debouncing pauses and resumes is the screening session's job.
import type { BlackbodyStatus } from './observation.js';
import type { BlackbodyCheckSettings } from './pipeline-settings.js';
import { sortPrefix, trimmedMeanSorted } from './robust-stats.js';
import type { BlackbodySettings } from './settings.js';

/** What the region itself shows, before the temporal and elsewhere-in-the-image checks. */
export type RegionState = 'not-configured' | 'missing' | 'non-uniform' | 'measured';

export class BlackbodyCheck {
  /** 1 on the region and its margin: no person and no background learning there. */
  readonly excluded: Uint8Array;
  /** The ring of pixels just outside the margin: the room the source must stand out from. */
  readonly ring: Int32Array;

  /** Results of `measure`: the region's state, robust mean (raw °C) and interquartile spread. */
  state: RegionState = 'not-configured';
  levelC = NaN;
  spreadC = NaN;
  /** Results of `conclude`. */
  status: BlackbodyStatus = 'not-configured';
  correctionC = 0;
  noiseC = 0;

  private readonly region: Int32Array;
  private readonly sorted: Float64Array;
  private readonly history: Float64Array;
  private historyCount = 0;
  private historyNext = 0;

  constructor(
    private readonly config: BlackbodySettings | null,
    private readonly settings: BlackbodyCheckSettings,
    width: number,
    height: number,
  ) {
    this.excluded = new Uint8Array(width * height);
    const region: number[] = [];
    const ring: number[] = [];
    if (config) {
      // Sources are round: the disc that covers a w×h region reaches (√2 − 1)/2 × max(w, h)
      // beyond it, and its blurred edge is a warm crescent that is neither room nor person.
      const spill = Math.ceil(
        ((Math.SQRT2 - 1) / 2) * Math.max(config.width, config.height) - 1e-9,
      );
      const m = Math.max(0, Math.floor(settings.marginPx)) + spill;
      const inside = (col: number, row: number, grow: number): boolean =>
        col >= config.col - grow &&
        col < config.col + config.width + grow &&
        row >= config.row - grow &&
        row < config.row + config.height + grow;
      for (let row = 0; row < height; row++) {
        for (let col = 0; col < width; col++) {
          const i = row * width + col;
          if (inside(col, row, 0)) region.push(i);
          if (inside(col, row, m)) this.excluded[i] = 1;
          else if (inside(col, row, m + 1)) ring.push(i);
        }
      }
    }
    this.region = Int32Array.from(region);
    this.ring = Int32Array.from(ring);
    this.sorted = new Float64Array(Math.max(1, region.length));
    this.history = new Float64Array(Math.max(2, Math.floor(settings.historyFrames)));
  }

  /**
   * Measures the region in `frame` (NaN = missing pixel). `roomC` is the background around it
   * (NaN when unknown); the source is 'missing' unless warmer than that by `deltaC`.
   */
  measure(frame: Float32Array, roomC: number, deltaC: number): void {
    const config = this.config;
    if (config === null) {
      this.state = 'not-configured';
      return;
    }
    let n = 0;
    for (let k = 0; k < this.region.length; k++) {
      const v = frame[this.region[k]!]!;
      if (v === v) this.sorted[n++] = v;
    }
    // A region off the image, or mostly dead pixels, cannot show the source.
    if (n === 0 || 2 * n < config.width * config.height) {
      this.state = 'missing';
      this.levelC = NaN;
      this.spreadC = NaN;
      return;
    }
    sortPrefix(this.sorted, n);
    const trim = Math.min(Math.floor(n * this.settings.trimFraction), Math.floor((n - 1) / 2));
    this.levelC = trimmedMeanSorted(this.sorted, n, trim);
    this.spreadC = this.sorted[n - 1 - trim]! - this.sorted[trim]!;
    if (roomC === roomC && this.levelC < roomC + deltaC) this.state = 'missing';
    else if (this.spreadC > this.settings.uniformityC) this.state = 'non-uniform';
    else this.state = 'measured';
  }

  /** The correction to use for this frame's skin-range test, before `conclude`. */
  get provisionalCorrectionC(): number {
    return this.state === 'measured' && this.config ? this.config.temperatureC - this.levelC : 0;
  }

  /**
   * Does a warm component look like the blackbody moved there? Compact (bounding box at most the
   * region plus its margin), about the region's area, uniform (spread ≤ uniformityC: a face has
   * its canthus ~1.2 °C above the rest), and within the drift tolerance of the set point. Never
   * when the configured region is off the image: that is a configuration for another sensor.
   */
  looksLikeSource(
    size: number,
    bboxWidth: number,
    bboxHeight: number,
    minC: number,
    maxC: number,
    meanC: number,
  ): boolean {
    const config = this.config;
    if (config === null || this.region.length === 0) return false;
    const area = config.width * config.height;
    const grow = 2 * Math.max(0, Math.floor(this.settings.marginPx));
    return (
      size >= 0.5 * area &&
      size <= 2 * area &&
      bboxWidth <= config.width + grow &&
      bboxHeight <= config.height + grow &&
      maxC - minC <= this.settings.uniformityC &&
      Math.abs(config.temperatureC - meanC) <= config.toleranceC
    );
  }

  /** Final per-frame status; `sourceElsewhere`: a blackbody-like patch was seen elsewhere. */
  conclude(sourceElsewhere: boolean): void {
    const config = this.config;
    if (config === null || this.state === 'not-configured') {
      this.setResult('not-configured', 0, 0);
      this.clearHistory();
      return;
    }
    if (this.state !== 'measured') {
      // Partly covered or half out of the region, or visibly elsewhere: the region is wrong.
      const moved = this.state === 'non-uniform' || sourceElsewhere;
      this.setResult(moved ? 'moved' : 'missing', 0, 0);
      this.clearHistory();
      return;
    }
    const cap = this.history.length;
    this.history[this.historyNext] = this.levelC;
    this.historyNext = (this.historyNext + 1) % cap;
    if (this.historyCount < cap) this.historyCount++;
    const sd = this.historySd();
    const correction = config.temperatureC - this.levelC;
    const status: BlackbodyStatus =
      this.historyCount >= 3 && sd > this.settings.unstableC
        ? 'unstable'
        : Math.abs(correction) > config.toleranceC
          ? 'out-of-tolerance'
          : 'ok';
    this.setResult(status, correction, sd);
  }

  reset(): void {
    this.clearHistory();
    this.state = 'not-configured';
    this.setResult('not-configured', 0, 0);
  }

  private historySd(): number {
    const n = this.historyCount;
    if (n < 2) return 0;
    let sum = 0;
    for (let k = 0; k < n; k++) sum += this.history[k]!;
    const mean = sum / n;
    let ss = 0;
    for (let k = 0; k < n; k++) ss += (this.history[k]! - mean) ** 2;
    return Math.sqrt(ss / (n - 1));
  }

  private clearHistory(): void {
    this.historyCount = 0;
    this.historyNext = 0;
  }

  private setResult(status: BlackbodyStatus, correctionC: number, noiseC: number): void {
    this.status = status;
    this.correctionC = correctionC;
    this.noiseC = noiseC;
  }
}
