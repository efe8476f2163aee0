// The engine as the kiosk keeping the database at --db would run it, for `kiosk calibrate site`:
// the staff's settings (threshold, frames per reading, largest uncertainty), the camera
// calibration, the blackbody and the lens. The database is only read here, and not at all when it
// does not exist yet: the command writes to it only once staff accept a fit.
import { existsSync } from 'node:fs';
import type { KioskSettings } from '../contract/settings.js';
import type { FitSettings } from '../core/calibration/site-session.js';
import { resolveDecisionSettings } from '../core/estimation/decision.js';
import { defaultEngineSettings, type EngineSettings } from '../core/estimation/engine-settings.js';
import { memoryPersistence } from '../core/kiosk-persistence.js';
import { withBlackbody } from '../core/kiosk.js';
import { CountsStore } from '../core/records/counts-store.js';
import { localDate } from '../core/records/local-date.js';
import { applyKioskSettings } from '../core/settings/engine-from-settings.js';
import { checkCameraCalibration } from './camera-calibration-file.js';
import { sqlitePersistence } from './persistence.js';

export interface KioskEngine {
  /** The worker's settings, the staff's applied. */
  engine: EngineSettings;
  settings: KioskSettings;
  /** The threshold and borderline rule the expected figures are worked out at. */
  fit: FitSettings;
}

/** Throws RecordsFileError when the file is not a kiosk database this version can read. */
export function kioskEngineFrom(
  db: string,
  fovDeg: number | null,
  log: (line: string) => void,
): KioskEngine {
  const store = existsSync(db) ? CountsStore.openExisting(db) : null;
  try {
    const persistence = store ? sqlitePersistence(store, undefined, log) : memoryPersistence();
    const loaded = persistence.loadSettings();
    if (loaded.problem) log(`kiosk: ${loaded.problem}`);
    const stored = store?.calibrations.latest() ?? null;
    const camera = stored
      ? checkCameraCalibration(stored.record, `the calibration of ${stored.at}`)
      : { record: null };
    if ('error' in camera) log(`kiosk: ${camera.error}; reading without it`);
    const base: EngineSettings = {
      ...defaultEngineSettings(localDate()),
      profile: fovDeg === null ? {} : { hfovDeg: fovDeg },
      camera: 'error' in camera ? null : camera.record,
      site: persistence.loadSiteCalibration(null),
    };
    const engine = applyKioskSettings(
      withBlackbody(base, persistence.loadBlackbody()),
      loaded.settings,
    );
    const decision = resolveDecisionSettings(engine.decision);
    return {
      engine,
      settings: loaded.settings,
      fit: { thresholdC: decision.thresholdC, borderlineK: decision.borderlineK },
    };
  } finally {
    store?.close();
  }
}
