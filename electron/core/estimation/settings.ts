// Settings of the first, simple estimator. The calibrated engine (a later issue) replaces the
// numbers, not the shape: frames + settings in, observations + verdicts out.

export interface BlackbodySettings {
  /** Region of interest in image pixels (column 0 = viewer's left). */
  col: number;
  row: number;
  width: number;
  height: number;
  /** The reference source's set temperature. */
  temperatureC: number;
  /** Largest drift correction accepted before screening pauses. */
  toleranceC: number;
}

export interface EstimationSettings {
  /** Refer at or above this estimated body temperature (37.5 °C = 99.5 °F is common). */
  thresholdC: number;
  /** Constant skin-to-body offset: skin reads ~1.2-1.3 °C below oral (FDA study). */
  offsetC: number;
  /** How many of the face's hottest pixels are averaged. */
  hottestPixels: number;
  /** A pixel belongs to a person when this much warmer than the room's background. */
  presenceDeltaC: number;
  /** Blobs smaller than this are noise. */
  minBlobPixels: number;
  /** A face at the screening distance covers at least this many pixels. */
  closeBlobPixels: number;
  /** Consecutive close, steady frames needed for a verdict. */
  holdFrames: number;
  /** Largest spread of estimates over the hold window that still counts as steady. */
  steadyC: number;
  /** Frames measuring may last before asking the person to hold still. */
  maxMeasureFrames: number;
  /** Frames someone may stay too far (or two people stay) before a retry. */
  retryAfterFrames: number;
  /** Empty frames that end a visit. */
  clearFrames: number;
  /** Estimates outside this band are a retry (came from cold / heat), never a verdict. */
  plausibleMinC: number;
  plausibleMaxC: number;
  /** Frames of bad (or good) blackbody readings before pausing (or resuming). */
  blackbodyDebounceFrames: number;
  blackbody: BlackbodySettings | null;
}

export const DEFAULT_BLACKBODY: BlackbodySettings = {
  col: 28,
  row: 1,
  width: 3,
  height: 3,
  temperatureC: 35,
  toleranceC: 1,
};

export const DEFAULT_SETTINGS: EstimationSettings = {
  thresholdC: 37.5,
  offsetC: 1.25,
  hottestPixels: 2,
  presenceDeltaC: 3,
  minBlobPixels: 6,
  closeBlobPixels: 45,
  holdFrames: 8,
  steadyC: 0.4,
  maxMeasureFrames: 40,
  retryAfterFrames: 16,
  clearFrames: 4,
  plausibleMinC: 35,
  plausibleMaxC: 42.5,
  blackbodyDebounceFrames: 3,
  blackbody: DEFAULT_BLACKBODY,
};
