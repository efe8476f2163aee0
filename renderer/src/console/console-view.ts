// What the console shows: the PIN pad (or the first PIN to set) while locked, else one tab.
export const TABS = ['status', 'live', 'sensor', 'calibration', 'settings'] as const;
export type TabId = (typeof TABS)[number];

/** Also the console root's data-console attribute. */
export type ConsoleView = 'pin' | 'set-pin' | TabId;

/** Why the PIN pad shows again: only a lock nobody asked for is explained. */
export type LockNotice = 'inactivity' | null;
