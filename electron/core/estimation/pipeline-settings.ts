// Knobs of the per-frame analysis pipeline (frame-analyzer.ts) and the optics of the sensors it
// knows. Every default below says why it is what it is; all of them are configurable.
import type { SensorProfile } from './observation.js';
import { DEFAULT_BLACKBODY, type BlackbodySettings } from './settings.js';

export interface BackgroundSettings {
  /**
   * EMA weight of a new empty frame once the model is running. 0.05 = a time constant of 20
   * empty frames (2.5 s at 8 Hz): follows the room and the camera's slow drift, ignores noise.
   */
  alpha: number;
  /**
   * Empty frames needed before the per-pixel model is trusted. Until then (e.g. the kiosk starts
   * with someone in view) every pixel's background is one robust per-frame level, the
   * `bootstrapQuantile` of the frame.
   */
  bootstrapFrames: number;
  /**
   * 0.1: the coolest tenth of the frame is the room unless a person fills 90 % of the view,
   * which only happens far closer than the 'too-close' limit.
   */
  bootstrapQuantile: number;
  /** Reported noise (1σ, °C) until the model has measured its own: MLX90640 at 2–4 Hz. */
  defaultNoiseC: number;
}

export interface SubjectSettings {
  /** A pixel may belong to a person when this much warmer than its background (°C). */
  deltaC: number;
  /**
   * Plausible skin range, after the blackbody correction. 26 °C keeps a face that just came in
   * from the cold (~30–31 °C) so the session can say "too cold, please wait", and rejects walls;
   * 42 °C rejects lamps, screens and hot drinks.
   */
  skinMinC: number;
  skinMaxC: number;
  /**
   * Smallest subject: max(minPixels, round(minAreaFraction × width × height)). 1 % of the image
   * = 8 px at 32×24 (a too-far head still covers ~20), 2 px at 8×8 (a face covers ~3–8), 50 px
   * at 80×62.
   */
  minAreaFraction: number;
  minPixels: number;
  /**
   * One person at a time: a second subject (or a second face-hot core) at least this share of
   * the first makes presence 'multiple'. 0.3 lets a raised hand or a distant passer-by through;
   * a second person at a similar distance is not.
   */
  secondSubjectRatio: number;
}

export interface FaceSettings {
  /** The face is the part of the subject within this much of its hottest pixel (°C). */
  withinC: number;
  /**
   * The hottest pixel (the face's seed) and the face maximum are searched in this upper share of
   * the subject's rows: a warm neck or chest below the face does not supply the maximum.
   */
  topFraction: number;
  /**
   * Face maximum = mean of this many hottest pixels: plays the role of the FDA study's T_Max.
   * 2 = the simulator's two canthus pixels at 32×24; the mean of two removes half the upward
   * bias a single noisy maximum has.
   */
  hottestPixels: number;
  /** Assumed face width for the distance estimate (adult bizygomatic breadth ~0.14–0.15 m). */
  widthM: number;
  /**
   * Distance gate. 0.7 m keeps the simulator's close head (~10 px at 32×24 → 0.46 m) 'ok' and
   * its far head (~5 px → 0.92 m) 'too-far'; closer than 0.25 m the face overflows a 32×24 view.
   */
  minDistanceM: number;
  maxDistanceM: number;
}

export interface StabilitySettings {
  /** Frames over which the face centroid's movement is judged. */
  frames: number;
  /**
   * 'moving' when the centroid moved more than max(maxShiftFraction × face width, minShiftPx)
   * from any of the last `frames` centroids. The floor keeps one mixed pixel flipping in and out
   * of an 8×8 face from reading as movement.
   */
  maxShiftFraction: number;
  minShiftPx: number;
}

export interface BlackbodyCheckSettings {
  /** Pixels around the region excluded from people and background (edges blur at low res). */
  marginPx: number;
  /**
   * Robust mean of the region: drop this share at each end of the sorted pixels (0.25 =
   * interquartile mean; a 3×3 region drops 2 each side, so one or two bad pixels do not move it).
   */
  trimFraction: number;
  /**
   * The region is not uniform (the source is partly out of it or partly covered) when its
   * interquartile spread exceeds this: status 'moved'.
   */
  uniformityC: number;
  /** Frames of region means kept for the stability check. */
  historyFrames: number;
  /** 'unstable' when the region mean's σ over the history exceeds this (°C). */
  unstableC: number;
}

export interface AmbientSettings {
  /** The room temperature, when staff entered it: preferred over the sensor's. */
  roomC: number | null;
  /**
   * Added to the sensor's ambient to get the room: its "ambient" is often the die temperature.
   * null = the sensor's default (see SENSOR_DEFAULTS: −6 °C for the GY-MCU90640, 0 otherwise).
   */
  dieOffsetC: number | null;
  /** IEC 80601-2-59 / FDA guidance: screen at 18–24 °C. */
  coldBelowC: number;
  warmAboveC: number;
}

export interface PipelineSettings {
  /** Readings outside this range are missing (MLX90640 range −40…300 °C), like NaN and ±∞. */
  validMinC: number;
  validMaxC: number;
  background: BackgroundSettings;
  subject: SubjectSettings;
  face: FaceSettings;
  stability: StabilitySettings;
  /** Region in image pixels and set point; null = no blackbody ('not-configured'). */
  blackbody: BlackbodySettings | null;
  blackbodyCheck: BlackbodyCheckSettings;
  ambient: AmbientSettings;
}

export const DEFAULT_PIPELINE_SETTINGS: PipelineSettings = {
  validMinC: -40,
  validMaxC: 300,
  background: { alpha: 0.05, bootstrapFrames: 8, bootstrapQuantile: 0.1, defaultNoiseC: 0.1 },
  subject: {
    deltaC: 2.5,
    skinMinC: 26,
    skinMaxC: 42,
    minAreaFraction: 0.01,
    minPixels: 2,
    secondSubjectRatio: 0.3,
  },
  face: {
    withinC: 2,
    topFraction: 0.75,
    hottestPixels: 2,
    widthM: 0.15,
    minDistanceM: 0.25,
    maxDistanceM: 0.7,
  },
  stability: { frames: 5, maxShiftFraction: 0.15, minShiftPx: 0.75 },
  blackbody: DEFAULT_BLACKBODY,
  blackbodyCheck: {
    marginPx: 1,
    trimFraction: 0.25,
    uniformityC: 1,
    historyFrames: 8,
    unstableC: 0.2,
  },
  ambient: { roomC: null, dieOffsetC: null, coldBelowC: 18, warmAboveC: 24 },
};

export interface SensorDefaults {
  label: string;
  profile: SensorProfile;
  /** Sensor ambient + this = room temperature (see AmbientSettings.dieOffsetC). */
  dieOffsetC: number;
}

/**
 * Defaults per resolution. The field of view depends on the lens, so each is a default to
 * override for the unit in use:
 * - 32×24 MLX90640: the 55°×35° variant (BAB) of GY-MCU90640 boards; the 110° BAA variant exists.
 *   Its ambient is the die temperature, ~6 °C above the room on the GY-MCU90640.
 * - 8×8 AMG88xx: 60° (Panasonic datasheet).
 * - 80×62 MI48 (Waveshare): 45°, the standard lens; a 90° lens variant exists and must be set.
 * - 1×1 MLX90614 (GY-906/GY-MCU90614, BAA): 90° — no image, so the field of view is unused.
 */
export const SENSOR_DEFAULTS: Readonly<Record<string, SensorDefaults>> = {
  '32x24': {
    label: 'MLX90640 (55°)',
    profile: { width: 32, height: 24, hfovDeg: 55, singlePoint: false },
    dieOffsetC: -6,
  },
  '8x8': {
    label: 'AMG88xx (60°)',
    profile: { width: 8, height: 8, hfovDeg: 60, singlePoint: false },
    dieOffsetC: 0,
  },
  '80x62': {
    label: 'Meridian MI48 (45°)',
    profile: { width: 80, height: 62, hfovDeg: 45, singlePoint: false },
    dieOffsetC: 0,
  },
  '1x1': {
    label: 'MLX90614 single point',
    profile: { width: 1, height: 1, hfovDeg: 90, singlePoint: true },
    dieOffsetC: 0,
  },
};

/** Field of view assumed for a resolution not listed above (configure the real one). */
export const FALLBACK_HFOV_DEG = 55;

export function sensorDefaultsFor(width: number, height: number): SensorDefaults {
  const known = SENSOR_DEFAULTS[`${width}x${height}`];
  if (known) return { ...known, profile: { ...known.profile } };
  return {
    label: `${width}×${height}`,
    profile: { width, height, hfovDeg: FALLBACK_HFOV_DEG, singlePoint: width * height === 1 },
    dieOffsetC: 0,
  };
}

/** The default profile for a resolution, with any field overridden (e.g. a 90° MI48 lens). */
export function profileFor(
  width: number,
  height: number,
  overrides: Partial<Omit<SensorProfile, 'width' | 'height'>> = {},
): SensorProfile {
  return { ...sensorDefaultsFor(width, height).profile, ...overrides };
}

/**
 * A blackbody region given in one resolution's pixels (e.g. DEFAULT_BLACKBODY at 32×24), moved
 * to another resolution of the same view: the pixels the source covers entirely. null when it
 * covers no whole pixel (an 8×8 sensor cannot resolve a source 3 px wide at 32×24).
 */
export function scaleBlackbody(
  bb: BlackbodySettings,
  from: { width: number; height: number },
  to: { width: number; height: number },
): BlackbodySettings | null {
  const sx = to.width / from.width;
  const sy = to.height / from.height;
  const eps = 1e-9;
  const col = Math.ceil(bb.col * sx - eps);
  const row = Math.ceil(bb.row * sy - eps);
  const width = Math.floor((bb.col + bb.width) * sx + eps) - col;
  const height = Math.floor((bb.row + bb.height) * sy + eps) - row;
  if (width <= 0 || height <= 0) return null;
  return { ...bb, col, row, width, height };
}
