// Asks the kiosk again and again while mounted: the next request starts a set time after the last
// answer, so a slow kiosk is never asked twice at once.
import { useEffect, useState } from 'react';
import type { ApiError, Result } from '@contract/api.js';

export interface Polled<T> {
  value: T | null;
  error: ApiError | null;
}

export function usePoll<T>(ask: () => Promise<Result<T>>, everyMs: number): Polled<T> {
  const [polled, setPolled] = useState<Polled<T>>({ value: null, error: null });
  useEffect(() => {
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (): Promise<void> => {
      const result = await ask();
      if (!active) return;
      // The last good value stays up beside an error, so a hiccup does not blank the page.
      setPolled((p) =>
        result.ok ? { value: result.value, error: null } : { value: p.value, error: result.error },
      );
      timer = setTimeout(() => void poll(), everyMs);
    };
    void poll();
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [ask, everyMs]);
  return polled;
}
