// Discreet referral: the worker's screen looks like a pass, so the console (when open) is where
// staff learn of a refer. A quiet chime each time the waiting count rises while it is open, and
// the panel made prominent until nothing waits; only with the discreet-referral setting on.
import { useEffect, useState } from 'react';
import { useKioskStore } from '../../store/kiosk-store';
import { playCue } from '../../sound/cues';

/** Whether the panel should stand out (a discreet refer came while the console was open). */
export function usePendingChime(): boolean {
  const pending = useKioskStore((s) => s.pendingReferrals);
  const discreet = useKioskStore((s) => s.settings.discreetReferral);
  const [rose, setRose] = useState(false);

  useEffect(
    () =>
      useKioskStore.subscribe((s, previous) => {
        if (s.pendingReferrals <= previous.pendingReferrals) return;
        if (!s.settings.discreetReferral) return;
        setRose(true);
        // The staff's volume and mute as they are now.
        void playCue('referral', s.settings.sound);
      }),
    [],
  );

  return rose && discreet && pending > 0;
}
