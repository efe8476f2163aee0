// The page's whole state in one zustand store, built from three slices: what the kiosk reports
// (snapshot + events), the page's link to it, and the page's own settings. Components read it
// through selectors.
import { create, type StateCreator } from 'zustand';
import type {
  DailyCount,
  KioskSnapshot,
  Mode,
  Room,
  ScreeningState,
  SensorStatus,
  VerdictEvent,
} from '../../electron/contract/schemas.js';
import type { LinkState } from './link';

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
  applySnapshot: (snapshot: KioskSnapshot) => void;
  applyState: (state: ScreeningState) => void;
  applyVerdict: (verdict: VerdictEvent) => void;
  applySensor: (sensor: SensorStatus) => void;
  applyCounts: (counts: DailyCount) => void;
  applyRoom: (room: Room) => void;
}

export interface LinkSlice {
  connection: LinkState;
  /** The last failed API call's message, for the staff line; null once a snapshot succeeds. */
  lastError: string | null;
  setConnection: (connection: LinkState) => void;
  setLastError: (message: string | null) => void;
}

/** Sound cues on each verdict. Staff will set these later; until then, the defaults. */
export interface SoundSettings {
  /** 0 (silent) to 1 (loudest). */
  volume: number;
  muted: boolean;
}

export const DEFAULT_SOUND: SoundSettings = { volume: 0.5, muted: false };

export interface SettingsSlice {
  sound: SoundSettings;
  setSoundVolume: (volume: number) => void;
  setSoundMuted: (muted: boolean) => void;
}

export type KioskStore = KioskSlice & LinkSlice & SettingsSlice;

const createKioskSlice: StateCreator<KioskStore, [], [], KioskSlice> = (set) => ({
  mode: null,
  state: { screen: 'paused', reason: 'starting' },
  sensor: null,
  today: null,
  room: 'unknown',
  lastVerdict: null,
  verdictCount: 0,
  applySnapshot: ({ mode, state, sensor, today, room }) =>
    set({ mode, state, sensor, today, room }),
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

const createSettingsSlice: StateCreator<KioskStore, [], [], SettingsSlice> = (set) => ({
  sound: DEFAULT_SOUND,
  setSoundVolume: (volume) =>
    set((s) => ({
      sound: { ...s.sound, volume: Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : 0 },
    })),
  setSoundMuted: (muted) => set((s) => ({ sound: { ...s.sound, muted } })),
});

export const useKioskStore = create<KioskStore>()((...a) => ({
  ...createKioskSlice(...a),
  ...createLinkSlice(...a),
  ...createSettingsSlice(...a),
}));

/** Back to the state at page load (for tests). */
export function resetStore(): void {
  useKioskStore.setState(useKioskStore.getInitialState(), true);
}
