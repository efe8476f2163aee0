// The kiosk API's calls, each mapped to the service that does the job. Who may call what is not
// decided here: the contract declares it per call and the dispatcher runs `authorize` first.
import type { CallHandlers, CallRule } from '../../contract/api.js';
import type { StaffRole, StaffStatus, ThermalView } from '../../contract/staff.js';
import type { KioskSnapshot } from '../../contract/schemas.js';
import { evaluateCalibration } from '../calibration/evaluate-calibration.js';
import type { KioskPersistence } from '../kiosk-persistence.js';
import type { StaffAuth } from '../staff/staff-auth.js';
import type { BundleService } from './bundle-service.js';
import type { CameraCalibrationService } from './camera-calibration-service.js';
import type { ConditionsService } from './conditions-service.js';
import type { RecordsService } from './records-service.js';
import type { SecondCheckService } from './second-check-service.js';
import type { SensorService } from './sensor-service.js';
import type { SettingsService } from './settings-service.js';
import { DeploymentPackService } from './deployment-pack-service.js';
import type { SiteCalibrationService } from './site-calibration-service.js';

/** Events one Status tab asks for when it names no limit. */
const DEFAULT_EVENTS = 50;

export interface KioskServices {
  auth: StaffAuth;
  sensor: SensorService;
  records: RecordsService;
  secondChecks: SecondCheckService;
  settings: SettingsService;
  camera: CameraCalibrationService;
  conditions: ConditionsService;
  bundles: BundleService;
  site: SiteCalibrationService;
  persistence: KioskPersistence;
  snapshot: () => KioskSnapshot;
  staffStatus: () => StaffStatus;
  thermalView: () => ThermalView | null;
  exit: () => void;
}

export function kioskCalls(s: KioskServices): CallHandlers {
  const { auth, site } = s;
  const pack = new DeploymentPackService({
    settings: s.settings,
    trust: () => site.trust(),
    streaming: () => s.sensor.streaming,
  });
  return {
    authorize: (session, rule) => authorize(auth, session, rule),
    getSnapshot: () => s.snapshot(),
    staffSetPin: ({ pin }) => auth.setFirstPin(pin),
    staffUnlock: ({ pin }) => auth.unlock(pin),
    // Locking needs no authority: it only ends the session it names.
    staffLock: ({ session, why }) => {
      site.wizard.sessionEnded(session, why === 'auto-lock' ? 'auto-lock' : 'locked');
      auth.lock(session);
      return {};
    },
    staffKeepAlive: () => ({}),
    staffChangePin: ({ session, pin }) => {
      auth.changePin(session, pin);
      // Whoever runs a site calibration must start again with the new PIN.
      site.wizard.interrupt('pin-changed');
      return {};
    },
    setHrPin: ({ session, pin }) => {
      auth.setHrPin(session, pin);
      return {};
    },
    getCounts: ({ range }) => s.records.counts(range),
    exportCounts: ({ session, query }) => s.records.exportCounts(query, roleOf(auth, session)),
    getStaffStatus: () => s.staffStatus(),
    getThermalView: () => s.thermalView(),
    getSensorOptions: () => s.sensor.choices(),
    connectSensor: ({ choice }) => s.sensor.connect(choice),
    disconnectSensor: () => s.sensor.disconnect(),
    updateSettings: ({ settings }) => s.settings.update(settings),
    captureCalibrationPoint: ({ region, setC }) => s.camera.capture(region, setC),
    evaluateCalibration: ({ points }) => evaluateCalibration(points),
    acceptCalibration: ({ region, setC, points }) => s.camera.accept(region, setC, points),
    siteCalibrationState: ({ session }) => site.wizard.state(session),
    siteCalibrationStart: ({ session }) => site.wizard.start(session),
    siteCalibrationReadNext: ({ session }) => site.wizard.readNext(session),
    siteCalibrationEnterValue: ({ session, slot, clinicalC }) =>
      site.wizard.enterValue(session, slot, clinicalC),
    siteCalibrationRemove: ({ session, slot, what }) => site.wizard.remove(session, slot, what),
    siteCalibrationFit: ({ session }) => site.wizard.fit(session),
    siteCalibrationAccept: ({ session }) => site.accept(session),
    siteCalibrationDiscard: ({ session }) => site.wizard.discard(session),
    exitKiosk: () => {
      s.exit();
      return {};
    },
    getDeviceEvents: ({ limit }) => s.persistence.recentEvents(limit ?? DEFAULT_EVENTS),
    recordSecondCheck: ({ outcome }) => s.secondChecks.record(outcome),
    getSecondChecks: ({ range }) => s.secondChecks.summary(range),
    getConditions: ({ range }) => s.conditions.days(range),
    exportConditions: ({ session, range }) => s.conditions.export(range, roleOf(auth, session)),
    getDeploymentPack: () => pack.pack(),
    getBundleIdentity: () => s.bundles.info(),
    exportBundle: ({ session, range }) => s.bundles.export(range, roleOf(auth, session)),
  };
}

/** The dispatcher's guard: an open session of the call's role; activity unless polled. */
function authorize(auth: StaffAuth, session: string, rule: CallRule): void {
  const roles: StaffRole[] = rule.access === 'staff' ? ['staff'] : ['staff', 'hr'];
  if (rule.polled) auth.require(session, roles);
  else auth.touch(session, roles);
}

/** The role of a session the guard has already let through as staff or HR. */
function roleOf(auth: StaffAuth, session: string): StaffRole {
  return auth.isOpen(session) && !refuses(() => auth.require(session, ['staff'])) ? 'staff' : 'hr';
}

function refuses(check: () => void): boolean {
  try {
    check();
    return false;
  } catch {
    return true;
  }
}
