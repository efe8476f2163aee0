// The screen speaks the staff's default language (or the page's own ?lang) between people: it is
// set from the first snapshot, again each time the screen goes back to idle, and at once when staff
// change it. A worker's choice on the switch therefore lasts for their visit only.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, homeLanguage } from '.';
import { useKioskStore } from '../store/kiosk-store';

export function useIdleLanguage(): void {
  // react-i18next hands out a new i18n object on each language change: subscribing once, through
  // a ref, keeps a worker's choice from re-running the start-up check below and undoing it.
  const { i18n } = useTranslation();
  const latest = useRef(i18n);
  useEffect(() => {
    latest.current = i18n;
  }, [i18n]);

  useEffect(() => {
    const goHome = (): void => {
      const home = homeLanguage(useKioskStore.getState().settings.language);
      if (currentLanguage(latest.current) !== home) void latest.current.changeLanguage(home);
    };
    // The settings are the defaults until a snapshot arrives (mode is set by it).
    if (useKioskStore.getState().mode !== null) goHome();
    return useKioskStore.subscribe((s, previous) => {
      const firstSnapshot = previous.mode === null && s.mode !== null;
      const backToIdle = s.state.screen === 'idle' && previous.state.screen !== 'idle';
      const newDefault = s.settings.language !== previous.settings.language;
      if (firstSnapshot || backToIdle || newDefault) goHome();
    });
  }, []);
}
