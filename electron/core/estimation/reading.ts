// One person's reading: good frames accumulated into a robust face temperature with an honest
// uncertainty. Nothing here leaves the worker except the estimate and its uncertainty.
import type { SensorProfile } from './observation.js';
import {
  type Correction,
  OPTICS_TABLE,
  opticsCorrection,
  type OpticsTable,
  sensorCapability,
} from './optics-correction.js';

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
 * Without an optics model for this sensor (a resolution the table does not list), what the
 * resolution alone is assumed to cost in uncertainty (1σ, °C); the face maximum is then used as
 * read, and only a site calibration with people can make the readings trustworthy.
 */
export function unmodelledUncertaintyC(profile: SensorProfile): number {
  if (profile.singlePoint) return 0.5;
  return profile.width * profile.height <= 768 ? 0.4 : 0.1;
}

export interface Reading {
  /**
   * Median of the frames' face maxima with the optics' size-of-source loss added back, °C (skin,
   * drift-corrected, before the skin-to-body offset).
   */
  faceC: number;
  /** 1σ, °C: frame noise, blackbody stability, optics spread and calibration age, in quadrature. */
  uncertaintyC: number;
  /** Median of the frames' distance estimates, m (null when the sensor cannot tell). */
  distanceM: number | null;
  /** The loss added back, °C (0 without an optics model). */
  lossC: number;
}

/** The last `frames` good frames of one visit (a sliding window: old frames drop out). */
export class ReadingAccumulator {
  private readonly values: Float64Array;
  private readonly blackbodyNoise: Float64Array;
  private readonly distances: Float64Array;
  private count = 0;
  private next = 0;

  constructor(readonly settings: ReadingSettings) {
    this.values = new Float64Array(settings.frames);
    this.blackbodyNoise = new Float64Array(settings.frames);
    this.distances = new Float64Array(settings.frames);
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

  /** `distanceM`: the frame's distance estimate, or null when the sensor cannot tell. */
  add(faceMaxC: number, blackbodyNoiseC: number, distanceM: number | null): void {
    this.values[this.next] = faceMaxC;
    this.blackbodyNoise[this.next] = blackbodyNoiseC;
    this.distances[this.next] = distanceM ?? Number.NaN;
    this.next = (this.next + 1) % this.settings.frames;
    this.count = Math.min(this.count + 1, this.settings.frames);
  }

  /**
   * The reading. `extraUncertaintyC` joins the quadrature sum (a site calibration's standard
   * error). null when the optics model has no correction at this distance.
   */
  result(
    profile: SensorProfile,
    calibrationAgeDays: number,
    extraUncertaintyC = 0,
    optics: OpticsTable = OPTICS_TABLE,
  ): Reading | null {
    const n = this.count;
    const values = Array.from(this.values.subarray(0, n)).sort((a, b) => a - b);
    const faceC = median(values);
    const known = Array.from(this.distances.subarray(0, n)).filter((d) => d === d);
    const distanceM = known.length > 0 ? median(known.sort((a, b) => a - b)) : null;
    const mean = values.reduce((s, v) => s + v, 0) / n;
    const sd = n > 1 ? Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1)) : 0.5;
    // The median of n frames is about 1.25 / √n as noisy as one frame.
    const frameTerm = (1.25 * sd) / Math.sqrt(n);
    const blackbodyTerm = Math.max(...this.blackbodyNoise.subarray(0, n));
    const ageTerm = Number.isFinite(calibrationAgeDays)
      ? calibrationAgeDays * this.settings.perCalibrationDayC
      : 0;
    let correction: Correction | null;
    if (sensorCapability(profile, optics).modelled) {
      correction = opticsCorrection(profile, distanceM, optics);
      if (!correction) return null;
    } else {
      correction = { lossC: 0, spreadC: unmodelledUncertaintyC(profile) };
    }
    const uncertaintyC = Math.hypot(
      frameTerm,
      blackbodyTerm,
      correction.spreadC,
      ageTerm,
      extraUncertaintyC,
    );
    return { faceC: faceC + correction.lossC, uncertaintyC, distanceM, lossC: correction.lossC };
  }
}

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  return n % 2 ? sorted[n >> 1]! : (sorted[(n >> 1) - 1]! + sorted[n >> 1]!) / 2;
}
