// The kiosk API for the staff console: calls that need the unlocked session get it added here,
// and a refused session ('unauthorized': expired, locked, or the kiosk restarted) locks the
// console again instead of failing silently.
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { CallArgs, CallName, CallResult, KioskApi, Result } from '@contract/api.js';
import { useKioskStore } from '../../store/kiosk-store';

const ApiContext = createContext<KioskApi | null>(null);

export function KioskApiProvider({ api, children }: { api: KioskApi | null; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The API, or null when the page cannot reach the kiosk (no token). */
export function useKioskApi(): KioskApi | null {
  return useContext(ApiContext);
}

/** Calls whose arguments carry the staff session. */
export type StaffCallName = {
  [N in CallName]: CallArgs<N> extends { session: string } ? N : never;
}[CallName];

export type StaffCallArgs<N extends StaffCallName> = Omit<CallArgs<N>, 'session'>;

const NOT_UNLOCKED: Result<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'the staff console is locked' },
};
const NO_API: Result<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'the kiosk cannot be reached' },
};

/** A function that makes a staff call with the current session. */
export function useStaffCall(): <N extends StaffCallName>(
  name: N,
  args: StaffCallArgs<N>,
) => Promise<Result<CallResult<N>>> {
  const api = useKioskApi();
  return useCallback(
    async <N extends StaffCallName>(name: N, args: StaffCallArgs<N>) => {
      if (!api) return NO_API;
      const { session, setSession } = useKioskStore.getState();
      if (!session) return NOT_UNLOCKED;
      const result = await api.call(name, { ...args, session } as CallArgs<N>);
      if (!result.ok && result.error.code === 'unauthorized') setSession(null);
      return result;
    },
    [api],
  );
}
