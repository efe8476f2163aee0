// What the kiosk keeps between runs besides counts: staff settings, the PINs' hashes, the
// blackbody region and set point, the chosen sensor, calibrations and device events. Never
// anything about a person. The in-memory version serves tests and a kiosk whose database could not be opened.
import type { KioskSettings } from '../contract/settings.js';
import { DEFAULT_SETTINGS } from '../contract/settings.js';
import type { Region, SensorChoice } from '../contract/staff.js';
import type { CameraCalibration } from './estimation/camera-calibration.js';
import type { SiteCalibration } from './estimation/site-calibration.js';
import type { EventKind } from './records/event-log.js';
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
  /** Notes what the device did (no personal data). */
  recordEvent(kind: EventKind, detail?: string): void;
}

export function memoryPersistence(): KioskPersistence {
  let settings = DEFAULT_SETTINGS;
  let pin: string | null = null;
  let hrPin: string | null = null;
  const lockouts: Record<string, unknown> = {};
  let blackbody: StoredBlackbody | null = null;
  let sensor: SensorChoice | null = null;
  const sites: SiteCalibration[] = [];
  return {
    loadSettings: () => ({ settings, problem: null }),
    saveSettings: (s) => void (settings = s),
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
    recordEvent: () => undefined,
  };
}
