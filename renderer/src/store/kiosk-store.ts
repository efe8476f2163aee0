// The page's whole state in one zustand store, built from three slices: what the kiosk reports
// (snapshot + events, including the staff's settings), the page's link to it, and the staff
// console's session. Components read it through selectors.
import { create, type StateCreator } from 'zustand';
import type {
  DailyCount,
  KioskSnapshot,
  Mode,
  Room,
  ScreeningState,
  SensorStatus,
  VerdictEvent,
} from '@contract/schemas.js';
import { DEFAULT_SETTINGS, type KioskSettings } from '@contract/settings.js';
import type { StaffInfo, StaffRole } from '@contract/staff.js';
import type { LinkState } from '../transport/link';

export interface KioskSlice {
  /** Unknown until the first snapshot arrives. */
  mode: Mode | null;
  state: ScreeningState;
  sensor: SensorStatus | null;
  today: DailyCount | null;
  /** Outside 18–24 °C readings are less reliable: staff are told. */
  room: Room;
  /** The latest verdict and a counter, so later features (sound cues) can react to each one. */
  lastVerdict: VerdictEvent | null;
  verdictCount: number;
  /** The staff's settings (units, language, sounds, …): the defaults until the first snapshot. */
  settings: KioskSettings;
  staffInfo: StaffInfo | null;
  /** Readings rest on the physical model only (no site calibration yet): the staff line says so. */
  physicalModelOnly: boolean;
  /** Refers waiting for staff to record their second check (a count, never who). */
  pendingReferrals: number;
  /** The camera calibration is older than staff allow: a warning in the staff line. */
  calibrationOverdue: boolean;
  applySnapshot: (snapshot: KioskSnapshot) => void;
  applyState: (state: ScreeningState) => void;
  applyVerdict: (verdict: VerdictEvent) => void;
  applySensor: (sensor: SensorStatus) => void;
  applyCounts: (counts: DailyCount) => void;
  applyRoom: (room: Room) => void;
  applySettings: (settings: KioskSettings) => void;
  applyStaffInfo: (staff: StaffInfo) => void;
  applyPhysicalModelOnly: (physicalModelOnly: boolean) => void;
  applyPendingReferrals: (pendingReferrals: number) => void;
  applyCalibrationOverdue: (calibrationOverdue: boolean) => void;
}

export interface LinkSlice {
  connection: LinkState;
  /** The last failed API call's message, for the staff line; null once a snapshot succeeds. */
  lastError: string | null;
  setConnection: (connection: LinkState) => void;
  setLastError: (message: string | null) => void;
}

export type SoundSettings = KioskSettings['sound'];

export interface StaffSlice {
  /** The staff console's session while unlocked; kept in memory only, never stored. */
  session: string | null;
  /** What the session may do: 'staff' everything, 'hr' the export only. Null while locked. */
  role: StaffRole | null;
  /** Opens the console with the session a PIN unlocked (and its role), or locks it (null). */
  setSession: (session: string | null, role?: StaffRole) => void;
}

export type KioskStore = KioskSlice & LinkSlice & StaffSlice;

const createKioskSlice: StateCreator<KioskStore, [], [], KioskSlice> = (set) => ({
  mode: null,
  state: { screen: 'paused', reason: 'starting' },
  sensor: null,
  today: null,
  room: 'unknown',
  lastVerdict: null,
  verdictCount: 0,
  settings: DEFAULT_SETTINGS,
  staffInfo: null,
  physicalModelOnly: false,
  pendingReferrals: 0,
  calibrationOverdue: false,
  applySnapshot: ({ staff, ...s }) =>
    set({
      mode: s.mode,
      state: s.state,
      sensor: s.sensor,
      today: s.today,
      room: s.room,
      settings: s.settings,
      staffInfo: staff,
      physicalModelOnly: s.physicalModelOnly,
      pendingReferrals: s.pendingReferrals,
      calibrationOverdue: s.calibrationOverdue,
    }),
  applyPendingReferrals: (pendingReferrals) => set({ pendingReferrals }),
  applyCalibrationOverdue: (calibrationOverdue) => set({ calibrationOverdue }),
  applyPhysicalModelOnly: (physicalModelOnly) => set({ physicalModelOnly }),
  applySettings: (settings) => set({ settings }),
  applyStaffInfo: (staffInfo) => set({ staffInfo }),
  applyRoom: (room) => set({ room }),
  applyState: (state) => set({ state }),
  // A verdict does not change the screen: the kiosk sends a 'state' event for that.
  applyVerdict: (verdict) =>
    set((s) => ({ lastVerdict: verdict, verdictCount: s.verdictCount + 1 })),
  applySensor: (sensor) => set({ sensor }),
  // Never let a late update for an earlier day overwrite today's totals.
  applyCounts: (counts) =>
    set((s) => (s.today && counts.date < s.today.date ? {} : { today: counts })),
});

const createLinkSlice: StateCreator<KioskStore, [], [], LinkSlice> = (set) => ({
  connection: 'connecting',
  lastError: null,
  setConnection: (connection) => set({ connection }),
  setLastError: (lastError) => set({ lastError }),
});

const createStaffSlice: StateCreator<KioskStore, [], [], StaffSlice> = (set) => ({
  session: null,
  role: null,
  setSession: (session, role = 'staff') =>
    set(session ? { session, role } : { session: null, role: null }),
});

export const useKioskStore = create<KioskStore>()((...a) => ({
  ...createKioskSlice(...a),
  ...createLinkSlice(...a),
  ...createStaffSlice(...a),
}));

/** Back to the state at page load (for tests). */
export function resetStore(): void {
  useKioskStore.setState(useKioskStore.getInitialState(), true);
}
