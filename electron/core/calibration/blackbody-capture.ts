// One calibration point: the blackbody's region read over a few frames at a known set point. Each
// frame contributes the region's interquartile mean (robust to a dead or hot pixel at its edge,
// as in the per-frame blackbody check) and its interquartile spread (how uniform it looks).
import { ApiFailure } from '../../contract/api.js';
import type { CalibrationPoint, Region } from '../../contract/staff.js';
import { sortPrefix, trimmedMeanSorted } from '../estimation/robust-stats.js';

/** Same trimming and uniformity limit as the per-frame check (pipeline-settings' blackbodyCheck). */
const TRIM_FRACTION = 0.25;
export const MAX_SPREAD_C = 1;
/** Further than this from its set point, the region is probably not on the blackbody. */
export const MAX_DEVIATION_C = 5;
/**
 * The sensors report in 0.01 °C steps. Frames that repeat exactly would give a standard error of
 * 0, claiming more than the data can resolve; one step is a conservative floor (a uniform
 * quantisation error alone would be step/√12).
 */
const QUANTISATION_C = 0.01;

export class BlackbodyCapture {
  private readonly means: number[] = [];
  private readonly spreads: number[] = [];
  private readonly scratch: Float64Array;

  constructor(
    readonly region: Region,
    readonly setC: number,
    readonly frames: number,
  ) {
    // One frame says nothing about how stable the blackbody is.
    if (!Number.isInteger(frames) || frames < 2) {
      throw new RangeError(`a calibration point needs at least 2 frames, got ${frames}`);
    }
    this.scratch = new Float64Array(region.width * region.height);
  }

  get done(): boolean {
    return this.means.length >= this.frames;
  }

  /** Frames read so far. */
  get count(): number {
    return this.means.length;
  }

  /** Adds one frame (°C, row by row; NaN = missing pixel). Frames after `done` are ignored. */
  add(pixels: Float32Array, width: number, height: number): void {
    if (pixels.length !== width * height) {
      throw new RangeError(
        `a ${width}×${height} frame has ${width * height} pixels, got ${pixels.length}`,
      );
    }
    const { col, row, width: w, height: h } = this.region;
    if (col + w > width || row + h > height) {
      throw new ApiFailure(
        'rejected',
        `the blackbody region (columns ${col}–${col + w - 1}, rows ${row}–${row + h - 1}) is outside the ${width}×${height} image: draw it again on the live view`,
      );
    }
    if (this.done) return;
    let n = 0;
    for (let r = row; r < row + h; r++) {
      for (let c = col; c < col + w; c++) {
        const v = pixels[r * width + c]!;
        if (v === v) this.scratch[n++] = v;
      }
    }
    // As in the per-frame check: mostly dead pixels cannot show the source.
    if (n === 0 || 2 * n < w * h) {
      throw new ApiFailure(
        'rejected',
        'most pixels of the blackbody region read nothing: check the sensor, or draw the region again',
      );
    }
    sortPrefix(this.scratch, n);
    const trim = Math.min(Math.floor(n * TRIM_FRACTION), Math.floor((n - 1) / 2));
    this.means.push(trimmedMeanSorted(this.scratch, n, trim));
    this.spreads.push(this.scratch[n - 1 - trim]! - this.scratch[trim]!);
  }

  /** Mean interquartile spread of the region over the frames so far (°C; NaN before any). */
  get spreadC(): number {
    return mean(this.spreads);
  }

  result(): CalibrationPoint {
    if (!this.done) {
      throw new Error(`calibration point not finished: ${this.count} of ${this.frames} frames`);
    }
    const measuredC = mean(this.means);
    // The frame means' scatter is the blackbody's and the sensor's temporal noise: its standard
    // error is how well their mean is known.
    const standardError = sampleSd(this.means, measuredC) / Math.sqrt(this.means.length);
    return {
      setC: this.setC,
      measuredC,
      uncertaintyC: Math.hypot(standardError, QUANTISATION_C),
      frames: this.means.length,
    };
  }

  /** Sentences for staff about this point (empty when it looks right). */
  problems(): string[] {
    const problems: string[] = [];
    const spread = this.spreadC;
    if (spread > MAX_SPREAD_C) {
      problems.push(
        `the blackbody region is not uniform (it varies by ${spread.toFixed(1)} °C): draw it inside the blackbody's surface, away from its edges`,
      );
    }
    if (this.count > 0) {
      const measured = mean(this.means);
      if (Math.abs(measured - this.setC) > MAX_DEVIATION_C)
        problems.push(farFromSetPoint(this.setC, measured));
    }
    return problems;
  }
}

/** Shared with the evaluation, which sees only the points. */
export function farFromSetPoint(setC: number, measuredC: number): string {
  return `at a set point of ${setC.toFixed(1)} °C the camera read ${measuredC.toFixed(1)} °C, more than ${MAX_DEVIATION_C} °C off: check that the region is on the blackbody and the blackbody has reached its set point, then capture again`;
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function sampleSd(values: readonly number[], m: number): number {
  if (values.length < 2) return 0;
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return Math.sqrt(ss / (values.length - 1));
}
