// One person's reading: good frames accumulated into a robust face temperature with an honest
// uncertainty. Nothing here leaves the worker except the estimate and its uncertainty.
import type { SensorProfile } from './observation.js';

export interface ReadingSettings {
  /** Good frames per reading: 4 (0.5 s at 8 Hz) keeps the verdict within 1 s of holding still at
   * 32×24 for +0.005 °C of MAE against 6 (`kiosk eval sim --sweep`). */
  frames: number;
  /** Readings less certain than this (1σ, °C) are a retry, never a verdict. */
  maxUncertaintyC: number;
  /** Uncertainty added per day of camera-calibration age (drift between calibrations). */
  perCalibrationDayC: number;
}

export const DEFAULT_READING: ReadingSettings = {
  frames: 4,
  maxUncertaintyC: 0.4,
  perCalibrationDayC: 0.002,
};

/**
 * What the resolution alone costs: a low-resolution array cannot resolve the inner canthus, and a
 * single-point sensor sees only the spot it is aimed at (DESIGN.md). 1σ, °C.
 */
export function resolutionUncertaintyC(profile: SensorProfile): number {
  if (profile.singlePoint) return 0.3;
  const pixels = profile.width * profile.height;
  if (pixels <= 64) return 0.2;
  if (pixels <= 768) return 0.08;
  return 0.05;
}

/**
 * What the optics alone take off the face maximum, added back before calibration: an 8×8 pixel
 * at the screening distance averages ~6 cm of face (its hottest pixel reads ~1.25 °C below the
 * canthus), and a single-point sensor aimed at the eyes averages the canthi with the skin around
 * them (~0.95 °C below). Measured with `kiosk eval sim`'s optical model (pixel-area averaging):
 * confirm on site against a clinical thermometer. 0 where the array resolves the face.
 */
export function resolutionBiasC(profile: SensorProfile): number {
  if (profile.singlePoint) return 0.95;
  return profile.width * profile.height <= 64 ? 1.25 : 0;
}

export interface Reading {
  /** Median of the frames' face maxima, °C (skin, drift-corrected, before calibration). */
  faceC: number;
  /** 1σ, °C: frame noise, blackbody stability, resolution and calibration age, in quadrature. */
  uncertaintyC: number;
}

/** The last `frames` good frames of one visit (a sliding window: old frames drop out). */
export class ReadingAccumulator {
  private readonly values: Float64Array;
  private readonly blackbodyNoise: Float64Array;
  private count = 0;
  private next = 0;

  constructor(readonly settings: ReadingSettings) {
    this.values = new Float64Array(settings.frames);
    this.blackbodyNoise = new Float64Array(settings.frames);
  }

  get frames(): number {
    return this.count;
  }

  get ready(): boolean {
    return this.count >= this.settings.frames;
  }

  reset(): void {
    this.count = 0;
    this.next = 0;
  }

  add(faceMaxC: number, blackbodyNoiseC: number): void {
    this.values[this.next] = faceMaxC;
    this.blackbodyNoise[this.next] = blackbodyNoiseC;
    this.next = (this.next + 1) % this.settings.frames;
    this.count = Math.min(this.count + 1, this.settings.frames);
  }

  result(profile: SensorProfile, calibrationAgeDays: number): Reading {
    const n = this.count;
    const values = Array.from(this.values.subarray(0, n)).sort((a, b) => a - b);
    const faceC = n % 2 ? values[n >> 1]! : (values[(n >> 1) - 1]! + values[n >> 1]!) / 2;
    const mean = values.reduce((s, v) => s + v, 0) / n;
    const sd = n > 1 ? Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1)) : 0.5;
    // The median of n frames is about 1.25 / √n as noisy as one frame.
    const frameTerm = (1.25 * sd) / Math.sqrt(n);
    const blackbodyTerm = Math.max(...this.blackbodyNoise.subarray(0, n));
    const ageTerm = Number.isFinite(calibrationAgeDays)
      ? calibrationAgeDays * this.settings.perCalibrationDayC
      : 0;
    const uncertaintyC = Math.hypot(
      frameTerm,
      blackbodyTerm,
      resolutionUncertaintyC(profile),
      ageTerm,
    );
    return { faceC: faceC + resolutionBiasC(profile), uncertaintyC };
  }
}
