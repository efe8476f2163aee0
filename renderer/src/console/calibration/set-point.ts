// Blackbody set points: the range the kiosk accepts and, for a 2-point calibration, how far apart
// the two must be for the fitted gain to mean anything.
export const SET_POINT_MIN_C = 20;
export const SET_POINT_MAX_C = 50;
export const DEFAULT_SET_POINT_C = 35;
export const MIN_APART_C = 2;
/** The suggested step to the second set point (e.g. 33 → 38 °C). */
export const SECOND_POINT_STEP_C = 5;

export type SetPointProblem = 'range' | 'apart';

/** Null when the set point is usable (and far enough from `other`, when given). */
export function checkSetPoint(
  c: number | null,
  other: number | null = null,
): SetPointProblem | null {
  if (c === null || !Number.isFinite(c) || c < SET_POINT_MIN_C || c > SET_POINT_MAX_C)
    return 'range';
  // A hair of tolerance: 2 °C typed in °F converts to 1.9999… °C.
  if (other !== null && Math.abs(c - other) < MIN_APART_C - 1e-6) return 'apart';
  return null;
}

/** A second set point the blackbody can reach: above the first when there is room, else below. */
export function defaultSecondSetPoint(firstC: number): number {
  const up = firstC + SECOND_POINT_STEP_C;
  return up <= SET_POINT_MAX_C ? up : Math.max(SET_POINT_MIN_C, firstC - SECOND_POINT_STEP_C);
}

/** The set point to start from: the kiosk's current one when usable, else the default. */
export function initialSetPoint(currentC: number | null): number {
  return currentC !== null && checkSetPoint(currentC) === null ? currentC : DEFAULT_SET_POINT_C;
}
