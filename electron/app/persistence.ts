// The kiosk's persistence in its SQLite file: settings, PIN hashes, blackbody and sensor choice
// (settings table), calibrations (camera, and site calibrations with people) and device events. Values are checked on the way in: a
// hand-edited or damaged row is ignored with a log line, never trusted.
import { RegionSchema, SensorChoiceSchema } from '../contract/staff.js';
import { z } from 'zod';
import type { KioskPersistence, StoredBlackbody } from '../core/kiosk-persistence.js';
import type { CountsStore } from '../core/records/counts-store.js';
import type { EventKind } from '../core/records/event-log.js';
import { localTime } from '../core/records/local-date.js';
import {
  loadKioskSettings,
  loadSettingsDate,
  pinStoreFor,
  saveKioskSettings,
  saveSettingsDate,
} from '../core/settings/kiosk-settings-store.js';

const StoredBlackbodySchema = z.object({
  region: RegionSchema,
  view: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }),
  setC: z.number().min(20).max(50),
});

/** Events kept in memory while the database refuses writes (the oldest dropped beyond). */
const MAX_PENDING_EVENTS = 100;

export function sqlitePersistence(
  records: CountsStore,
  now: () => Date = () => new Date(),
  log: (line: string) => void = (line) => console.error(line),
): KioskPersistence {
  const store = records.settings;
  const pending: Array<{ at: Date; kind: EventKind; detail: string }> = [];
  return {
    loadSettings: () => loadKioskSettings(store),
    saveSettings: (settings) => saveKioskSettings(store, settings),
    loadSettingsDate: () => loadSettingsDate(store),
    saveSettingsDate: (date) => saveSettingsDate(store, date),
    pins: pinStoreFor(store),
    loadBlackbody: () => {
      const parsed = StoredBlackbodySchema.safeParse(store.get('blackbody'));
      return parsed.success ? (parsed.data satisfies StoredBlackbody) : null;
    },
    loadSensor: () => {
      const parsed = SensorChoiceSchema.safeParse(store.get('sensor'));
      return parsed.success ? parsed.data : null;
    },
    saveSensor: (choice) => store.set('sensor', choice),
    saveCalibration: (camera, blackbody) => {
      store.set('blackbody', blackbody);
      records.calibrations.add(now(), camera.high ? 'two-point' : 'one-point', camera, blackbody);
    },
    loadSiteCalibration: (sensor) => records.siteCalibrations.latest(sensor)?.calibration ?? null,
    saveSiteCalibration: (site) => records.siteCalibrations.add(now(), site),
    recordEvent: (kind, detail) => {
      pending.push({ at: now(), kind, detail: detail ?? '' });
      // Oldest first; an outage's start waits in memory until the disk takes writes again.
      while (pending.length > 0) {
        const next = pending[0]!;
        try {
          records.events.add(next.at, localTime(next.at), next.kind, next.detail);
        } catch (error) {
          // An event is a courtesy to staff; failing to note one must not stop screening.
          log(`kiosk: could not note a ${next.kind} event yet: ${(error as Error).message}`);
          if (pending.length > MAX_PENDING_EVENTS) pending.splice(0, 1);
          return;
        }
        pending.shift();
      }
    },
    recentEvents: (limit) => records.events.recent(limit),
  };
}
