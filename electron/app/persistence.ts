// The kiosk's persistence on its SQLite file (settings table) plus the camera calibration's JSON
// file next to it. Values are checked on the way in: a hand-edited or damaged row is ignored
// with a log line, never trusted.
import { RegionSchema, SensorChoiceSchema } from '../contract/staff.js';
import { z } from 'zod';
import type { KioskPersistence, StoredBlackbody } from '../core/kiosk-persistence.js';
import type { CountsStore } from '../core/records/counts-store.js';
import {
  loadKioskSettings,
  pinStoreFor,
  saveKioskSettings,
} from '../core/settings/kiosk-settings-store.js';
import { cameraCalibrationPath, saveCameraCalibration } from './camera-calibration-file.js';

const StoredBlackbodySchema = z.object({
  region: RegionSchema,
  view: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }),
  setC: z.number().min(20).max(50),
});

export function sqlitePersistence(records: CountsStore, databasePath: string): KioskPersistence {
  const store = records.settings;
  return {
    loadSettings: () => loadKioskSettings(store),
    saveSettings: (settings) => saveKioskSettings(store, settings),
    pins: pinStoreFor(store),
    loadBlackbody: () => {
      const parsed = StoredBlackbodySchema.safeParse(store.get('blackbody'));
      return parsed.success ? (parsed.data satisfies StoredBlackbody) : null;
    },
    saveBlackbody: (blackbody) => store.set('blackbody', blackbody),
    loadSensor: () => {
      const parsed = SensorChoiceSchema.safeParse(store.get('sensor'));
      return parsed.success ? parsed.data : null;
    },
    saveSensor: (choice) => store.set('sensor', choice),
    saveCameraCalibration: (record) =>
      saveCameraCalibration(cameraCalibrationPath(databasePath), record),
  };
}
