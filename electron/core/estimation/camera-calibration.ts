// Optional camera calibration against a blackbody: read at two set points it gives the camera's
// gain and offset (true = gain × raw + offset); read at one, only the offset (gain 1). Stored as
// a record with its date; old records earn a staleness warning and a larger uncertainty.

export interface CameraCalibration {
  /** When it was measured, YYYY-MM-DD. */
  date: string;
  low: { setC: number; measuredC: number };
  /** null: a one-point calibration (offset only). */
  high: { setC: number; measuredC: number } | null;
}

export interface GainOffset {
  gain: number;
  offset: number;
}

/** Checks a record and returns its gain and offset, or says what is wrong with it. */
export function gainOffset(cal: CameraCalibration): GainOffset {
  const { low, high } = cal;
  if (high === null) {
    const offset = low.setC - low.measuredC;
    if (!Number.isFinite(offset)) throw new Error('one-point calibration needs finite readings');
    return { gain: 1, offset };
  }
  if (!(high.setC - low.setC >= 2)) {
    throw new Error(
      'two-point calibration needs set points at least 2 °C apart (e.g. 30 and 37 °C)',
    );
  }
  const span = high.measuredC - low.measuredC;
  const gain = (high.setC - low.setC) / span;
  if (!Number.isFinite(gain) || gain < 0.8 || gain > 1.25) {
    throw new Error(
      `two-point calibration gives a gain of ${gain.toFixed(3)}, outside 0.8–1.25: was the blackbody at its set point both times?`,
    );
  }
  return { gain, offset: low.setC - gain * low.measuredC };
}

/** Whole days from the record's date to `now` (0 for a record from today or the future). */
export function calibrationAgeDays(cal: CameraCalibration, now: Date): number {
  const measured = Date.parse(`${cal.date}T00:00:00Z`);
  if (Number.isNaN(measured)) return Number.POSITIVE_INFINITY;
  return Math.max(0, Math.floor((now.getTime() - measured) / 86_400_000));
}

/** Applies the gain and offset in place: the worker does this before any analysis. */
export function applyGainOffset(pixels: Float32Array, { gain, offset }: GainOffset): void {
  if (gain === 1 && offset === 0) return;
  for (let i = 0; i < pixels.length; i++) pixels[i] = gain * pixels[i]! + offset;
}
