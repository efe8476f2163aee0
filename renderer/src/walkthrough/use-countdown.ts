// The time left until the kiosk is ready (its `readyAt`, ms since 1970 on the kiosk's clock, which
// is this machine's: the page is served from 127.0.0.1), as m:ss, redrawn when the seconds change.
// Used by the paused screen's warm-up countdown and the staff console's Status tab.
import { useEffect, useState } from 'react';
import { formatCountdown } from './countdown-format';

const secondsUntil = (at: number): number => Math.max(0, Math.ceil((at - Date.now()) / 1000));

/** The time left until `readyAt` (m:ss), or null when there is none or it has passed. */
export function useCountdown(readyAt: number | null | undefined): string | null {
  const [left, setLeft] = useState<{ at: number; seconds: number } | null>(null);
  useEffect(() => {
    if (!readyAt) return;
    // Checked 4 times a second; the state (and the screen) changes only with the whole seconds.
    const update = (): void => {
      const seconds = secondsUntil(readyAt);
      setLeft((l) => (l?.at === readyAt && l.seconds === seconds ? l : { at: readyAt, seconds }));
    };
    const first = setTimeout(update, 0);
    const timer = setInterval(update, 250);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [readyAt]);
  return readyAt && left?.at === readyAt && left.seconds > 0 ? formatCountdown(left.seconds) : null;
}
