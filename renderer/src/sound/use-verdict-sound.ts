// One sound cue per verdict the kiosk announces (the store counts them), at the staff's volume.
// Retries stay silent: the screen tells the person what to change. A discreet referral plays the
// pass's cue.
import { useEffect } from 'react';
import { playCue, unlockAudioOnGesture } from './cues';
import { useKioskStore } from '../store/kiosk-store';

export function useVerdictSound(): void {
  useEffect(() => {
    const stopUnlock = unlockAudioOnGesture();
    const stopListening = useKioskStore.subscribe((s, previous) => {
      if (s.verdictCount === previous.verdictCount || !s.lastVerdict) return;
      const { outcome } = s.lastVerdict;
      // A discreet referral sounds like a pass (the staff console chimes instead).
      const cue = outcome === 'refer' && s.settings.discreetReferral ? 'pass' : outcome;
      if (cue === 'pass' || cue === 'refer') void playCue(cue, s.settings.sound);
    });
    return () => {
      stopUnlock();
      stopListening();
    };
  }, []);
}
