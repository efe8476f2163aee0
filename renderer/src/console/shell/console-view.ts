// What the console shows: the PIN pad (or the first PIN to set) while locked, else one tab.
import type { StaffRole } from '@contract/staff.js';

export const TABS = [
  'status',
  'live',
  'sensor',
  'calibration',
  'site',
  'settings',
  'export',
  'paperwork',
] as const;
export type TabId = (typeof TABS)[number];

/** The tabs a role may open: staff all of them, HR (whose PIN opens the export only) the export. */
export function tabsFor(role: StaffRole): readonly TabId[] {
  return role === 'hr' ? ['export'] : TABS;
}

/** The tab to show: the one chosen if the role may open it, else the role's first. */
export function shownTab(role: StaffRole, chosen: TabId): TabId {
  const tabs = tabsFor(role);
  return tabs.includes(chosen) ? chosen : tabs[0]!;
}

/** Also the console root's data-console attribute. */
export type ConsoleView = 'pin' | 'set-pin' | TabId;

/** Why the PIN pad shows again: only a lock nobody asked for is explained. */
export type LockNotice = 'inactivity' | null;
