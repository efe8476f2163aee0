// One sound cue per verdict the kiosk announces (the store counts them), at the staff's volume.
// Retries stay silent: the screen tells the person what to change.
import { useEffect } from 'react';
import { playCue, unlockAudioOnGesture } from './cues';
import { useKioskStore } from '../store/kiosk-store';

export function useVerdictSound(): void {
  useEffect(() => {
    const stopUnlock = unlockAudioOnGesture();
    const stopListening = useKioskStore.subscribe((s, previous) => {
      if (s.verdictCount === previous.verdictCount || !s.lastVerdict) return;
      const { outcome } = s.lastVerdict;
      if (outcome === 'pass' || outcome === 'refer') void playCue(outcome, s.settings.sound);
    });
    return () => {
      stopUnlock();
      stopListening();
    };
  }, []);
}
