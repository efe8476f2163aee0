// Locks an unlocked console after the staff's auto-lock minutes without input. Input also tells
// the kiosk (at most every 20 s), whose own session timer would otherwise lock it first.
import { useCallback, useEffect, useRef } from 'react';
import { useKioskStore } from '../../store/kiosk-store';
import { useStaffCall } from '../shared/staff-api';

export const KEEP_ALIVE_EVERY_MS = 20_000;

/** Returns the function to call on every staff input. */
export function useAutoLock(onIdle: () => void): () => void {
  const session = useKioskStore((s) => s.session);
  const minutes = useKioskStore((s) => s.settings.autoLockMinutes);
  const staffCall = useStaffCall();
  const lastKeepAlive = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  const arm = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onIdleRef.current(), minutes * 60_000);
  }, [minutes]);

  // A fresh session was just touched by the unlock itself.
  useEffect(() => {
    lastKeepAlive.current = Date.now();
  }, [session]);

  useEffect(() => {
    if (!session) return;
    arm();
    return () => clearTimeout(timer.current);
  }, [session, arm]);

  return useCallback(() => {
    if (!useKioskStore.getState().session) return;
    arm();
    const now = Date.now();
    if (now - lastKeepAlive.current < KEEP_ALIVE_EVERY_MS) return;
    lastKeepAlive.current = now;
    void staffCall('staffKeepAlive', {});
  }, [arm, staffCall]);
}
