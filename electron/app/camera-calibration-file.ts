// The camera's one- or two-point calibration record, kept next to the counts database as a small JSON
// file (it holds blackbody readings and a date: nothing about people).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
    const value = JSON.parse(readFileSync(path, 'utf8')) as CameraCalibration;
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
        error: `${path} is not a camera calibration record; run \`kiosk calibrate camera\` again`,
      };
    gainOffset(value); // throws with the reason when the numbers are implausible
    return { record: value };
  } catch (error) {
    return { error: `${path}: ${(error as Error).message}` };
  }
}

/** Writes atomically, so a crash never leaves half a record. */
export function saveCameraCalibration(path: string, record: CameraCalibration): void {
  gainOffset(record);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}
