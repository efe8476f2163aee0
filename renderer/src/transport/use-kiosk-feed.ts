// Where the page learns of each verdict and state change: the kiosk's events (state, verdict,
// sensor, counts, settings, …) go into the store (store/kiosk-store.ts) as they come, and a full
// snapshot on every (re)open of the link, since events sent while it was down are gone. Failures
// land in the staff line.
import { useEffect } from 'react';
import type { ApiSource } from './api-source';
import { useKioskStore } from '../store/kiosk-store';

// Without a snapshot the screen cannot leave "Starting…", so a failed one is asked for again.
const SNAPSHOT_RETRY_MS = 5000;

export function useKioskFeed(source: ApiSource): void {
  useEffect(() => {
    const store = useKioskStore.getState();
    if (source.kind !== 'ready') {
      store.setConnection('lost');
      return;
    }
    const { api, link } = source;
    let active = true;
    let generation = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;

    const refresh = async (): Promise<void> => {
      clearTimeout(retryTimer);
      const mine = ++generation;
      const result = await api.call('getSnapshot', {});
      // A reply for an older connection, or after unmount, would overwrite newer state.
      if (!active || mine !== generation) return;
      if (result.ok) {
        store.applySnapshot(result.value);
        store.setLastError(null);
      } else {
        store.setLastError(result.error.message);
        // A closed link is retried by the reconnect instead (it reports 'open' again).
        if (useKioskStore.getState().connection === 'open') {
          retryTimer = setTimeout(() => void refresh(), SNAPSHOT_RETRY_MS);
        }
      }
    };

    const stops = [
      api.on('state', store.applyState),
      api.on('verdict', store.applyVerdict),
      api.on('sensor', store.applySensor),
      api.on('counts', store.applyCounts),
      api.on('room', store.applyRoom),
      api.on('settings', store.applySettings),
      api.on('staff', store.applyStaffInfo),
      api.on('physicalModelOnly', store.applyPhysicalModelOnly),
      api.on('pendingReferrals', store.applyPendingReferrals),
      api.on('calibrationOverdue', store.applyCalibrationOverdue),
      link.watch((connection) => {
        store.setConnection(connection);
        if (connection === 'open') void refresh();
      }),
    ];
    return () => {
      active = false;
      clearTimeout(retryTimer);
      for (const stop of stops) stop();
    };
  }, [source]);
}
