// Stage 1: the room behind the subject. A per-pixel exponential mean and variance that learns
// only from frames where nobody is present, and never inside the blackbody's region. Until enough
// empty frames were seen, a robust per-frame level (a low quantile) stands in for every pixel.
import type { BackgroundSettings } from './pipeline-settings.js';
import { selectKth } from './robust-stats.js';

export class BackgroundModel {
  /** Per-pixel mean (°C), NaN where never learned. Read-only for callers: the hot loop reads it. */
  readonly mean: Float64Array;
  /** Per-pixel variance (°C²). */
  private readonly variance: Float64Array;
  private readonly samples: Uint32Array;
  private readonly scratch: Float32Array;
  private emptyFrames = 0;
  /** Mean variance of the pixels learned in the last empty frame: the noise estimate. */
  private varianceSum = 0;
  private varianceCount = 0;

  constructor(
    size: number,
    /** 1 where the model never learns (the blackbody and its margin). */
    private readonly excluded: Uint8Array,
    private readonly settings: BackgroundSettings,
  ) {
    this.mean = new Float64Array(size).fill(NaN);
    this.variance = new Float64Array(size);
    this.samples = new Uint32Array(size);
    this.scratch = new Float32Array(size);
  }

  /** The per-pixel model is trusted (enough empty frames seen). */
  get ready(): boolean {
    return this.emptyFrames >= this.settings.bootstrapFrames;
  }

  /** Empty frames learned since the start (or the last reset). */
  get framesLearned(): number {
    return this.emptyFrames;
  }

  /** Temporal noise of background pixels (1σ), °C: the default until the model is ready. */
  get noiseC(): number {
    return this.ready && this.varianceCount > 0
      ? Math.sqrt(this.varianceSum / this.varianceCount)
      : this.settings.defaultNoiseC;
  }

  /** A pixel's background, NaN when that pixel was never learned. */
  at(i: number): number {
    return this.mean[i]!;
  }

  /**
   * The robust per-frame level used while bootstrapping: the `bootstrapQuantile` of the valid
   * (non-NaN) pixels outside the excluded region. NaN when there is none.
   */
  bootstrapLevel(frame: Float32Array): number {
    const scratch = this.scratch;
    let n = 0;
    for (let i = 0; i < frame.length; i++) {
      const v = frame[i]!;
      if (v === v && this.excluded[i] === 0) scratch[n++] = v;
    }
    return selectKth(scratch, n, Math.floor(this.settings.bootstrapQuantile * (n - 1)));
  }

  /**
   * Learns one empty frame: every valid pixel outside the excluded region and outside `skip`
   * (warm candidates: a small warm thing below the subject size is not learned as room).
   */
  learn(frame: Float32Array, skip: Uint8Array): void {
    const alpha = this.settings.alpha;
    let learned = 0;
    let varSum = 0;
    let varCount = 0;
    for (let i = 0; i < frame.length; i++) {
      const v = frame[i]!;
      if (v !== v || this.excluded[i] !== 0 || skip[i] !== 0) continue;
      learned++;
      const n = this.samples[i]! + 1;
      this.samples[i] = n;
      // A running mean for the first 1/alpha samples, then an exponential one.
      const a = n * alpha < 1 ? 1 / n : alpha;
      const d = n === 1 ? 0 : v - this.mean[i]!;
      this.mean[i] = n === 1 ? v : this.mean[i]! + a * d;
      const variance = (1 - a) * (this.variance[i]! + a * d * d);
      this.variance[i] = variance;
      if (n >= 2) {
        varSum += variance;
        varCount++;
      }
    }
    if (learned === 0) return;
    this.emptyFrames++;
    this.varianceSum = varSum;
    this.varianceCount = varCount;
  }

  reset(): void {
    this.mean.fill(NaN);
    this.variance.fill(0);
    this.samples.fill(0);
    this.emptyFrames = 0;
    this.varianceSum = 0;
    this.varianceCount = 0;
  }
}
