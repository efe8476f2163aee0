// Polls the latest thermal frame: one call at a time, then at least POLL_GAP_MS before the next
// (≤ 10 Hz, above the sensor's useful rate for a preview), paused while the page is hidden and
// stopped on unmount. A frame whose seq has not changed is not passed on, so nothing redraws.
import { useEffect, useState } from 'react';
import type { ApiError } from '@contract/api.js';
import type { ThermalView } from '@contract/staff.js';
import { useStaffCall } from '../shared/staff-api';

export const POLL_GAP_MS = 100;
/** After a failure: slower, so a kiosk that is down is not hammered. */
export const ERROR_GAP_MS = 1000;

export interface ThermalFeed {
  /** The latest frame; null before the first one and after a failed call (never a stale image). */
  view: ThermalView | null;
  /** Why the last call failed, or null. */
  error: ApiError | null;
}

const NOTHING: ThermalFeed = { view: null, error: null };

export function useThermalView(enabled = true): ThermalFeed {
  const call = useStaffCall();
  const [feed, setFeed] = useState<ThermalFeed>(NOTHING);

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wake: (() => void) | null = null;
    // Resolves after `ms`, or (ms null) only when woken: by the page showing again or by unmount.
    const pause = (ms: number | null) =>
      new Promise<void>((resolve) => {
        wake = () => {
          clearTimeout(timer);
          wake = null;
          resolve();
        };
        if (ms !== null) timer = setTimeout(wake, ms);
      });
    const onVisibility = () => {
      if (!document.hidden) wake?.();
    };
    document.addEventListener('visibilitychange', onVisibility);

    void (async () => {
      let lastSeq: number | null = null;
      while (!stopped) {
        if (document.hidden) {
          await pause(null);
          continue;
        }
        const result = await call('getThermalView', {});
        if (stopped) return;
        if (!result.ok) {
          lastSeq = null;
          const { error } = result;
          setFeed((f) =>
            f.view === null && f.error?.code === error.code && f.error.message === error.message
              ? f
              : { view: null, error },
          );
        } else if (result.value === null) {
          lastSeq = null;
          setFeed((f) => (f.view === null && f.error === null ? f : NOTHING));
        } else if (result.value.seq !== lastSeq) {
          lastSeq = result.value.seq;
          setFeed({ view: result.value, error: null });
        }
        await pause(result.ok ? POLL_GAP_MS : ERROR_GAP_MS);
      }
    })();

    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibility);
      wake?.();
    };
  }, [call, enabled]);

  return enabled ? feed : NOTHING;
}
