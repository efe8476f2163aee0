// The reference blackbody's region and set point (used by the per-frame pipeline and the simulator).

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

export const DEFAULT_BLACKBODY: BlackbodySettings = {
  col: 28,
  row: 1,
  width: 3,
  height: 3,
  temperatureC: 35,
  toleranceC: 1,
};
