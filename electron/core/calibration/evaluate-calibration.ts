// Turns one or two captured blackbody points into the camera's gain and offset, with the
// uncertainty it leaves at body temperature and, instead of errors, plain sentences telling staff
// what to fix before accepting it.
import { ApiFailure } from '../../contract/api.js';
import type { CalibrationPoint, CalibrationResult } from '../../contract/staff.js';
import type { CameraCalibration } from '../estimation/camera-calibration.js';
import { farFromSetPoint, MAX_DEVIATION_C } from './blackbody-capture.js';

export type CalibrationPoints = [CalibrationPoint] | [CalibrationPoint, CalibrationPoint];

/** Where the uncertainty is reported: a corrected reading at body temperature. */
const BODY_C = 37;
/** Same limits as camera-calibration's gainOffset, which the saved record must pass. */
const MIN_SPAN_C = 2;
const MIN_GAIN = 0.8;
const MAX_GAIN = 1.25;
/** A larger correction near body temperature means the region or the set point is wrong. */
const MAX_CORRECTION_C = 3;
/** A point less certain than this: the blackbody had not settled. */
const MAX_POINT_UNCERTAINTY_C = 0.2;

export function evaluateCalibration(points: CalibrationPoints): CalibrationResult {
  const problems: string[] = [];
  let farOff = false;
  for (const p of points) {
    if (p.uncertaintyC > MAX_POINT_UNCERTAINTY_C) {
      problems.push(
        `the reading at ${p.setC.toFixed(1)} °C was not stable (±${p.uncertaintyC.toFixed(2)} °C): wait until the blackbody has settled at its set point, then capture that point again`,
      );
    }
    if (Math.abs(p.measuredC - p.setC) > MAX_DEVIATION_C) {
      farOff = true;
      problems.push(farFromSetPoint(p.setC, p.measuredC));
    }
  }
  const fit = points.length === 1 ? onePoint(points[0]) : twoPoint(points, problems);
  const correction = BODY_C - (BODY_C - fit.offset) / fit.gain;
  // Only when no point is already reported as far off: the same cause, said once.
  if (Math.abs(correction) > MAX_CORRECTION_C && !farOff) {
    problems.push(
      `the calibration would shift readings near ${BODY_C} °C by ${correction.toFixed(1)} °C, more than ${MAX_CORRECTION_C} °C: is the region on the blackbody, and is the blackbody at its set point?`,
    );
  }
  return { ...fit, problems };
}

/** The record to save: refuses (with the problems) a calibration that should not be accepted. */
export function toCameraCalibration(points: CalibrationPoints, date: string): CameraCalibration {
  const { problems } = evaluateCalibration(points);
  if (problems.length > 0) throw new ApiFailure('rejected', problems.join('; '));
  const [low, high] = [...points].sort((a, b) => a.setC - b.setC);
  return {
    date,
    low: { setC: low!.setC, measuredC: low!.measuredC },
    high: high === undefined ? null : { setC: high.setC, measuredC: high.measuredC },
  };
}

type Fit = Omit<CalibrationResult, 'problems'>;

function onePoint(p: CalibrationPoint): Fit {
  return { gain: 1, offset: p.setC - p.measuredC, uncertaintyC: p.uncertaintyC };
}

function twoPoint(points: [CalibrationPoint, CalibrationPoint], problems: string[]): Fit {
  const [low, high] = points[0].setC <= points[1].setC ? points : [points[1], points[0]];
  const span = high.setC - low.setC;
  if (span < MIN_SPAN_C) {
    problems.push(
      `the two set points are only ${span.toFixed(1)} °C apart: use set points at least ${MIN_SPAN_C} °C apart (e.g. 30 and 37 °C)`,
    );
  }
  const gain = span / (high.measuredC - low.measuredC);
  if (!(span > 0 && gain > 0 && Number.isFinite(gain))) {
    if (span > 0) {
      problems.push(
        `the camera's reading did not rise with the set point (${low.measuredC.toFixed(2)} °C at ${low.setC.toFixed(1)} °C, ${high.measuredC.toFixed(2)} °C at ${high.setC.toFixed(1)} °C): was the blackbody at its set point both times? Capture both points again`,
      );
    }
    // No slope to fit: the two points can only say what one point at their mean would.
    return {
      gain: 1,
      offset: (low.setC + high.setC - low.measuredC - high.measuredC) / 2,
      uncertaintyC: Math.hypot(low.uncertaintyC, high.uncertaintyC) / 2,
    };
  }
  if (gain < MIN_GAIN || gain > MAX_GAIN) {
    problems.push(
      `the two points give a gain of ${gain.toFixed(3)}, outside ${MIN_GAIN}–${MAX_GAIN}: was the blackbody at its set point both times? Capture both points again`,
    );
  }
  // Linear interpolation weights of the two points at body temperature (w > 1 extrapolates).
  const w = (BODY_C - low.setC) / span;
  const uncertaintyC = gain * Math.hypot((1 - w) * low.uncertaintyC, w * high.uncertaintyC);
  return { gain, offset: low.setC - gain * low.measuredC, uncertaintyC };
}
