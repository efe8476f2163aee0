// One person's reading: good frames accumulated into a robust face temperature with an honest
// uncertainty. Nothing here leaves the worker except the estimate and its uncertainty.
import type { SensorProfile } from './observation.js';

export interface ReadingSettings {
  /** Good frames per reading (6 at 8 Hz = 0.75 s): see `eval sim` for the accuracy/latency trade. */
  frames: number;
  /** Readings less certain than this (1σ, °C) are a retry, never a verdict. */
  maxUncertaintyC: number;
  /** Uncertainty added per day of camera-calibration age (drift between calibrations). */
  perCalibrationDayC: number;
}

export const DEFAULT_READING: ReadingSettings = {
  frames: 6,
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

export interface Reading {
  /** Median of the frames' face maxima, °C (skin, drift-corrected, before calibration). */
  faceC: number;
  /** 1σ, °C: frame noise, blackbody stability, resolution and calibration age, in quadrature. */
  uncertaintyC: number;
}

export class ReadingAccumulator {
  private readonly values: Float64Array;
  private readonly blackbodyNoise: Float64Array;
  private count = 0;

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
  }

  add(faceMaxC: number, blackbodyNoiseC: number): void {
    if (this.count >= this.settings.frames) return;
    this.values[this.count] = faceMaxC;
    this.blackbodyNoise[this.count] = blackbodyNoiseC;
    this.count++;
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
    return { faceC, uncertaintyC };
  }
}
