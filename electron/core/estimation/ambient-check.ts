// Stage 7: is the room within the range screening is valid in (18–24 °C by default)? The room
// temperature staff entered wins; otherwise the sensor's ambient plus its die offset (the
// GY-MCU90640 reports its die, ~6 °C above the room). Neither known → 'unknown'.
import type { AmbientStatus } from './observation.js';
import type { AmbientSettings } from './pipeline-settings.js';

/** Ambient readings outside this range are a decoding fault, not a room: ignored. */
const PLAUSIBLE_AMBIENT_C = { min: -40, max: 125 } as const;

export interface AmbientResult {
  c: number | null;
  status: AmbientStatus;
}

/** The room temperature this frame, or null. `dieOffsetC` is the resolved per-sensor offset. */
export function roomTemperatureC(
  sensorAmbientC: number | null,
  settings: AmbientSettings,
  dieOffsetC: number,
): number | null {
  if (settings.roomC !== null && Number.isFinite(settings.roomC)) return settings.roomC;
  if (
    sensorAmbientC === null ||
    !Number.isFinite(sensorAmbientC) ||
    sensorAmbientC < PLAUSIBLE_AMBIENT_C.min ||
    sensorAmbientC > PLAUSIBLE_AMBIENT_C.max
  ) {
    return null;
  }
  return sensorAmbientC + dieOffsetC;
}

export function ambientStatus(roomC: number | null, settings: AmbientSettings): AmbientStatus {
  if (roomC === null) return 'unknown';
  if (roomC < settings.coldBelowC) return 'cold';
  if (roomC > settings.warmAboveC) return 'warm';
  return 'ok';
}

/** Fills `out` (reused by the caller) with the room temperature and its status. */
export function checkAmbient(
  sensorAmbientC: number | null,
  settings: AmbientSettings,
  dieOffsetC: number,
  out: AmbientResult,
): void {
  const c = roomTemperatureC(sensorAmbientC, settings, dieOffsetC);
  out.c = c;
  out.status = ambientStatus(c, settings);
}
