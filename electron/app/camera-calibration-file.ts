// The camera's one- or two-point calibration record (blackbody readings and a date: nothing about
// people). Kept in the kiosk database's calibrations table; a camera-calibration.json next to the
// database (written by kiosks before records moved into the database) is still read when the
// database holds none.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gainOffset, type CameraCalibration } from '../core/estimation/camera-calibration.js';

export function cameraCalibrationPath(databasePath: string): string {
  return join(dirname(databasePath), 'camera-calibration.json');
}

/** The record, none (`{ record: null }`), or why the file cannot be used. */
export function loadCameraCalibration(
  path: string,
): { record: CameraCalibration | null } | { error: string } {
  if (!existsSync(path)) return { record: null };
  try {
    return checkCameraCalibration(JSON.parse(readFileSync(path, 'utf8')), path);
  } catch (error) {
    return { error: `${path}: ${(error as Error).message}` };
  }
}

/** A stored value checked as a calibration record: the record, or why it cannot be used. */
export function checkCameraCalibration(
  raw: unknown,
  source: string,
): { record: CameraCalibration } | { error: string } {
  try {
    const value = raw as CameraCalibration;
    const ok =
      typeof value?.date === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(value.date) &&
      (value.high === null || typeof value.high === 'object') &&
      [
        value.low?.setC,
        value.low?.measuredC,
        ...(value.high === null ? [] : [value.high?.setC, value.high?.measuredC]),
      ].every((x) => typeof x === 'number' && Number.isFinite(x));
    if (!ok)
      return {
        error: `${source} is not a camera calibration record; run \`kiosk calibrate camera\` again`,
      };
    gainOffset(value); // throws with the reason when the numbers are implausible
    return { record: value };
  } catch (error) {
    return { error: `${source}: ${(error as Error).message}` };
  }
}
