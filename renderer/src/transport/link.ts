// The page's link to the kiosk, whatever carries the API. 'open' is reported on every fresh
// connection, which is when the page must refetch the snapshot (events may have been missed).
import type { Unsubscribe } from '@contract/api.js';

export type LinkState = 'connecting' | 'open' | 'lost';

export interface Link {
  /** Calls back with the current state at once, then on every change. */
  watch(listener: (state: LinkState) => void): Unsubscribe;
}

/** Electron IPC has no connection to lose: the preload is either there or not. */
export const alwaysOpenLink: Link = {
  watch(listener) {
    listener('open');
    return () => {};
  },
};
