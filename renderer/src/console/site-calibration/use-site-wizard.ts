// The site-calibration wizard's state as the kiosk holds it (polled, so a reading the kiosk takes
// shows at once, and the session survives switching tabs), the calls that move it on, and the
// kiosk's refusals: next to the value they concern, or for the whole step.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, CallResult, Result } from '@contract/api.js';
import type { SiteWizardState } from '@contract/site-calibration.js';
import type { CalibrationInfo } from '@contract/staff.js';
import { useStaffCall } from '../shared/staff-api';

/** While a volunteer waits for the kiosk's reading, ask often; otherwise now and then. */
const POLL_WAITING_MS = 400;
const POLL_MS = 1500;

export type SiteBusy = 'start' | 'read' | 'value' | 'remove' | 'fit' | 'accept' | 'discard';

export interface SiteControls {
  state: SiteWizardState | null;
  /** The calibration in use (for the line at the top), from the kiosk's status. */
  inUse: CalibrationInfo | null;
  /** The last refusal not tied to one volunteer's value. */
  error: ApiError | null;
  /** The kiosk's refusal of a volunteer's value, by volunteer. */
  valueErrors: ReadonlyMap<number, ApiError>;
  busy: SiteBusy | null;
  /** Staff went back from a fit to change the values. */
  editing: boolean;
  start: () => Promise<void>;
  readNext: () => Promise<void>;
  /** Resolves true when the kiosk took the value. */
  enterValue: (slot: number, clinicalC: number) => Promise<boolean>;
  remove: (slot: number, what: 'value' | 'volunteer') => Promise<void>;
  fit: () => Promise<void>;
  accept: () => Promise<void>;
  discard: () => Promise<void>;
  edit: () => void;
}

type WizardCall = Result<CallResult<'siteCalibrationState'>>;

export function useSiteWizard(): SiteControls {
  const call = useStaffCall();
  const [state, setState] = useState<SiteWizardState | null>(null);
  const [inUse, setInUse] = useState<CalibrationInfo | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [valueErrors, setValueErrors] = useState<ReadonlyMap<number, ApiError>>(new Map());
  const [busy, setBusy] = useState<SiteBusy | null>(null);
  const [editing, setEditing] = useState(false);
  // Bumped by every action: a poll answered from before it must not undo what it did.
  const generation = useRef(0);
  const alive = useRef(true);
  const waiting = state?.volunteers.some((v) => v.reading === 'waiting') ?? false;

  const refreshInUse = useCallback(async () => {
    const r = await call('getStaffStatus', {});
    if (alive.current && r.ok) setInUse(r.value.calibration);
  }, [call]);

  useEffect(() => {
    alive.current = true;
    void refreshInUse();
    return () => {
      alive.current = false;
    };
  }, [refreshInUse]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let active = true;
    const poll = async (): Promise<void> => {
      const mine = generation.current;
      const r = await call('siteCalibrationState', {});
      if (!active) return;
      if (r.ok && mine === generation.current) setState(r.value);
      timer = setTimeout(() => void poll(), waiting ? POLL_WAITING_MS : POLL_MS);
    };
    void poll();
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [call, waiting]);

  /** Runs one call; its answer (the new state, or the refusal) replaces what was shown. */
  const act = useCallback(
    async (what: SiteBusy, run: () => Promise<WizardCall>): Promise<WizardCall | null> => {
      generation.current++;
      setBusy(what);
      const r = await run();
      if (!alive.current) return null;
      generation.current++;
      setBusy(null);
      if (r.ok) {
        setState(r.value);
        setError(null);
      } else if (what !== 'value') setError(r.error);
      return r;
    },
    [],
  );

  const setValueError = (slot: number, e: ApiError | null) =>
    setValueErrors((m) => {
      const next = new Map(m);
      if (e) next.set(slot, e);
      else next.delete(slot);
      return next;
    });

  return {
    state,
    inUse,
    error,
    valueErrors,
    busy,
    editing,
    start: async () => {
      setValueErrors(new Map());
      setEditing(false);
      await act('start', () => call('siteCalibrationStart', {}));
    },
    readNext: async () => {
      await act('read', () => call('siteCalibrationReadNext', {}));
    },
    enterValue: async (slot, clinicalC) => {
      const r = await act('value', () => call('siteCalibrationEnterValue', { slot, clinicalC }));
      if (!r) return false;
      setValueError(slot, r.ok ? null : r.error);
      return r.ok;
    },
    remove: async (slot, what) => {
      setValueError(slot, null);
      await act('remove', () => call('siteCalibrationRemove', { slot, what }));
    },
    fit: async () => {
      const r = await act('fit', () => call('siteCalibrationFit', {}));
      if (r?.ok) setEditing(false);
    },
    accept: async () => {
      const r = await act('accept', () => call('siteCalibrationAccept', {}));
      if (r?.ok) void refreshInUse();
    },
    discard: async () => {
      setValueErrors(new Map());
      await act('discard', () => call('siteCalibrationDiscard', {}));
    },
    edit: () => setEditing(true),
  };
}
