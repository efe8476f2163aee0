// What the per-frame pipeline reports about one frame: the contract between the frame analyser
// and the screening session (which accumulates readings and decides).

export type Presence = 'none' | 'one' | 'multiple';
export type DistanceVerdict = 'ok' | 'too-far' | 'too-close' | 'unknown';
export type BlackbodyStatus =
  'ok' | 'missing' | 'moved' | 'unstable' | 'out-of-tolerance' | 'not-configured';
export type AmbientStatus = 'ok' | 'cold' | 'warm' | 'unknown';

export interface FaceReading {
  /** Robust face maximum (the whole-face maximum of the FDA study), blackbody-corrected, °C. */
  maxC: number;
  /** Face region size. */
  pixels: number;
  widthPx: number;
  heightPx: number;
  /** Centroid, in pixels from the left and from the top. */
  x: number;
  y: number;
  /** Top-left pixel of the face region (for the staff's live view overlay). */
  col: number;
  row: number;
  /** Estimated from the face's width, the resolution and the field of view; null when unknown. */
  distanceM: number | null;
  distance: DistanceVerdict;
}

/** A rectangle in sensor pixels. */
export interface Box {
  col: number;
  row: number;
  width: number;
  height: number;
}

export interface FrameAnalysis {
  presence: Presence;
  /** The largest subject's bounding box (also when there are several); null when none. */
  subject: Box | null;
  /** The single subject's face; null unless presence is 'one'. */
  face: FaceReading | null;
  /** The face moved more than the stability threshold over the recent frames. */
  moving: boolean;
  blackbody: {
    status: BlackbodyStatus;
    /** Set point − robust mean of the region (0 when not usable). */
    correctionC: number;
    /** Temporal spread of the region's mean over recent frames (1σ), °C. */
    noiseC: number;
  };
  ambient: { c: number | null; status: AmbientStatus };
  /** Temporal noise of background pixels (1σ), °C: feeds each reading's uncertainty. */
  noiseC: number;
}

/** Optics of the sensor in use: the distance gate needs them. Configurable per sensor. */
export interface SensorProfile {
  width: number;
  height: number;
  /** Horizontal field of view, degrees. */
  hfovDeg: number;
  /** A 1×1 sensor: no image, no face finding; the reading is the spot it is aimed at. */
  singlePoint: boolean;
}
