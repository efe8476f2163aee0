// What the kiosk keeps between runs besides counts: staff settings, the PINs' hashes, the
// blackbody region and set point, the chosen sensor, calibrations and device events. Never
// anything about a person. The in-memory version serves tests and a kiosk whose database could not
// be opened (its events last until the kiosk stops).
import { MAX_DEVICE_EVENTS, type DeviceEvent } from '../contract/device-events.js';
import type { KioskSettings } from '../contract/settings.js';
import { DEFAULT_SETTINGS } from '../contract/settings.js';
import type { Region, SensorChoice } from '../contract/staff.js';
import type { CameraCalibration } from './estimation/camera-calibration.js';
import type { SiteCalibration } from './estimation/site-calibration.js';
import { deviceEvent, type EventKind } from './records/event-log.js';
import { localTime } from './records/local-date.js';
import type { PinStore } from './staff/staff-auth.js';

/** The blackbody as staff drew it: a region in the pixels of an image of `view` size. */
export interface StoredBlackbody {
  region: Region;
  view: { width: number; height: number };
  setC: number;
}

export interface KioskPersistence {
  loadSettings(): { settings: KioskSettings; problem: string | null };
  saveSettings(settings: KioskSettings): void;
  /** When staff last changed the settings (local "YYYY-MM-DDTHH:mm"), or null if never stamped:
   * the deployment pack's papers are marked with it. */
  loadSettingsDate(): string | null;
  saveSettingsDate(date: string): void;
  pins: PinStore;
  loadBlackbody(): StoredBlackbody | null;
  loadSensor(): SensorChoice | null;
  saveSensor(choice: SensorChoice | null): void;
  /** Keeps an accepted calibration (history) and its blackbody (applied from now on). */
  saveCalibration(calibration: CameraCalibration, blackbody: StoredBlackbody): void;
  /** The newest site calibration with people (of one sensor, or of any with null), or null. */
  loadSiteCalibration(sensor: string | null): SiteCalibration | null;
  /** Keeps a site calibration staff accepted (the fit only) in the calibration history. */
  saveSiteCalibration(calibration: SiteCalibration): void;
  /** Notes what the device did (no personal data). Never throws: a full disk must not stop a PIN
   * check or a screening. */
  recordEvent(kind: EventKind, detail?: string): void;
  /** The latest `limit` events (at most MAX_DEVICE_EVENTS), newest first. May throw when the
   * records cannot be read: staff then see why instead of an empty list. */
  recentEvents(limit: number): DeviceEvent[];
}

export function memoryPersistence(now: () => Date = () => new Date()): KioskPersistence {
  let settings = DEFAULT_SETTINGS;
  let settingsDate: string | null = null;
  let pin: string | null = null;
  let hrPin: string | null = null;
  const lockouts: Record<string, unknown> = {};
  let blackbody: StoredBlackbody | null = null;
  let sensor: SensorChoice | null = null;
  const sites: SiteCalibration[] = [];
  /** Newest first, as many as one call may return. */
  const events: DeviceEvent[] = [];
  return {
    loadSettings: () => ({ settings, problem: null }),
    saveSettings: (s) => void (settings = s),
    loadSettingsDate: () => settingsDate,
    saveSettingsDate: (date) => void (settingsDate = date),
    pins: {
      readPinHash: () => pin,
      writePinHash: (h) => void (pin = h),
      readHrPinHash: () => hrPin,
      writeHrPinHash: (h) => void (hrPin = h),
      readLockout: (role) => lockouts[role] ?? null,
      writeLockout: (role, state) => void (lockouts[role] = state),
    },
    loadBlackbody: () => blackbody,
    loadSensor: () => sensor,
    saveSensor: (c) => void (sensor = c),
    saveCalibration: (_camera, b) => void (blackbody = b),
    loadSiteCalibration: (key) =>
      sites.findLast((site) => key === null || site.sensor === key) ?? null,
    saveSiteCalibration: (site) => void sites.push(site),
    recordEvent: (kind, detail) => {
      const at = now();
      events.unshift(deviceEvent(at, localTime(at), kind, detail));
      events.length = Math.min(events.length, MAX_DEVICE_EVENTS);
    },
    recentEvents: (limit) => events.slice(0, Math.max(0, Math.floor(limit))),
  };
}
