// The staff console's calls: each checks the PIN session first (and counts as staff activity,
// except the console's own polling), then asks the kiosk. Refusals are ApiFailure values.
// An HR session may only read and export the counts (and lock or keep itself alive).
import { ApiFailure, type CallHandlers } from '../../contract/api.js';
import { PROTOCOL_IDS } from '../sensor/protocol-ids.js';
import { PROTOCOLS } from '../sensor/protocols/index.js';
import { listCandidatePorts } from '../sensor/port-discovery.js';
import { evaluateCalibration } from '../calibration/evaluate-calibration.js';
import type { Kiosk } from '../kiosk.js';
import type { StaffAuth } from './staff-auth.js';

type StaffCall = Exclude<keyof CallHandlers, 'getSnapshot'>;

const STAFF_OR_HR = ['staff', 'hr'] as const;

export interface PortLister {
  (): Promise<Array<{ path: string; likely: string | null; manufacturer: string | null }>>;
}

export function staffHandlers(
  kiosk: Kiosk,
  auth: StaffAuth,
  listPorts: PortLister = listCandidatePorts,
): Pick<CallHandlers, StaffCall> {
  return {
    staffSetPin: ({ pin }) => auth.setFirstPin(pin),
    staffUnlock: ({ pin }) => auth.unlock(pin),
    staffLock: ({ session, why }) => {
      kiosk.staffLocked(session, why ?? 'staff');
      auth.lock(session);
      return {};
    },
    staffKeepAlive: ({ session }) => {
      auth.touch(session, STAFF_OR_HR);
      return {};
    },
    staffChangePin: ({ session, pin }) => {
      auth.changePin(session, pin);
      // Whoever runs a site calibration must start again with the new PIN.
      kiosk.siteWizard.interrupt('pin-changed');
      return {};
    },
    setHrPin: ({ session, pin }) => {
      auth.setHrPin(session, pin);
      return {};
    },
    getCounts: ({ session, range }) => {
      auth.touch(session, STAFF_OR_HR);
      return kiosk.counts(range);
    },
    exportCounts: ({ session, query }) => {
      auth.touch(session, STAFF_OR_HR);
      return kiosk.exportCounts(query);
    },
    // Polled by the console: they check the session without counting as activity.
    getStaffStatus: ({ session }) => {
      auth.require(session);
      return kiosk.staffStatus();
    },
    getThermalView: ({ session }) => {
      auth.require(session);
      return kiosk.thermalView();
    },
    getSensorOptions: async ({ session }) => {
      auth.touch(session);
      // A port list that fails still leaves the path field: staff can type the port by hand.
      const ports = await listPorts().catch(() => []);
      // One entry a path (the first: the demo's own label wins over the system's for its port).
      const unique = ports.filter((p, i) => ports.findIndex((q) => q.path === p.path) === i);
      return {
        ports: unique.map(({ path, likely, manufacturer }) => ({ path, likely, manufacturer })),
        protocols: PROTOCOL_IDS.map((id) => ({
          id,
          label: PROTOCOLS[id].label,
          bauds: [...PROTOCOLS[id].bauds],
        })),
      };
    },
    connectSensor: ({ session, choice }) => {
      auth.touch(session);
      if (
        choice.protocol !== 'auto' &&
        !(PROTOCOL_IDS as readonly string[]).includes(choice.protocol)
      ) {
        throw new ApiFailure(
          'rejected',
          `unknown protocol "${choice.protocol}": choose auto-detect or one of ${PROTOCOL_IDS.join(', ')}`,
        );
      }
      return kiosk.connectSensor(choice);
    },
    disconnectSensor: ({ session }) => {
      auth.touch(session);
      return kiosk.disconnectSensor();
    },
    updateSettings: ({ session, settings }) => {
      auth.touch(session);
      return kiosk.updateSettings(settings);
    },
    captureCalibrationPoint: ({ session, region, setC }) => {
      auth.touch(session);
      return kiosk.captureCalibrationPoint(region, setC);
    },
    evaluateCalibration: ({ session, points }) => {
      auth.touch(session);
      return evaluateCalibration(points);
    },
    acceptCalibration: ({ session, region, setC, points }) => {
      auth.touch(session);
      const problems = evaluateCalibration(points).problems;
      if (problems.length > 0) throw new ApiFailure('rejected', problems.join(' '));
      return kiosk.acceptCalibration(region, setC, points);
    },
    // Site calibration with people (staff only, never HR).
    siteCalibrationState: ({ session }) => {
      auth.require(session);
      return kiosk.siteWizard.state(session);
    },
    siteCalibrationStart: ({ session }) => {
      auth.touch(session);
      return kiosk.siteWizard.start(session);
    },
    siteCalibrationReadNext: ({ session }) => {
      auth.touch(session);
      return kiosk.siteWizard.readNext(session);
    },
    siteCalibrationEnterValue: ({ session, slot, clinicalC }) => {
      auth.touch(session);
      return kiosk.siteWizard.enterValue(session, slot, clinicalC);
    },
    siteCalibrationRemove: ({ session, slot, what }) => {
      auth.touch(session);
      return kiosk.siteWizard.remove(session, slot, what);
    },
    siteCalibrationFit: ({ session }) => {
      auth.touch(session);
      return kiosk.siteWizard.fit(session);
    },
    siteCalibrationAccept: ({ session }) => {
      auth.touch(session);
      return kiosk.acceptSiteCalibration(session);
    },
    siteCalibrationDiscard: ({ session }) => {
      auth.touch(session);
      return kiosk.siteWizard.discard(session);
    },
    exitKiosk: ({ session }) => {
      auth.touch(session);
      kiosk.exit();
      return {};
    },
  };
}
