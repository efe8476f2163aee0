// The wizard's state plus the calls that move it on: the kiosk's current blackbody set-up on
// open, capturing points, evaluating and accepting. A reply that arrives after the tab closed
// is dropped.
import { useEffect, useReducer, useRef } from 'react';
import { useStaffCall } from '../shared/staff-api';
import {
  capturedPoints,
  initialWizard,
  secondSetPointReady,
  setPointReady,
  wizardReducer,
  type WizardAction,
  type WizardState,
  type WizardStep,
} from './wizard';

export interface WizardControls {
  state: WizardState;
  dispatch: (action: WizardAction) => void;
  go: (step: WizardStep) => void;
  capture: (which: 1 | 2) => Promise<void>;
  /** Moves to the result step and evaluates the captured points. */
  evaluate: () => Promise<void>;
  accept: () => Promise<void>;
  discard: () => void;
}

export function useCalibrationWizard(): WizardControls {
  const call = useStaffCall();
  const [state, dispatch] = useReducer(wizardReducer, initialWizard);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    let cancelled = false;
    void call('getStaffStatus', {}).then((r) => {
      if (cancelled) return;
      if (r.ok) {
        const { blackbody, calibration } = r.value;
        dispatch({ type: 'status', region: blackbody.region, setC: blackbody.setC, calibration });
      } else dispatch({ type: 'failed', error: r.error });
    });
    return () => {
      cancelled = true;
    };
  }, [call]);

  const settle = (action: WizardAction) => {
    if (alive.current) dispatch(action);
  };

  return {
    state,
    dispatch,
    go: (step) => dispatch({ type: 'go', step }),
    capture: async (which) => {
      const ready = which === 1 ? setPointReady(state) : secondSetPointReady(state);
      const setC = which === 1 ? state.setC : state.setC2;
      if (!ready || !state.region || setC === null || state.busy) return;
      dispatch({ type: 'start', busy: which === 1 ? 'capture' : 'capture-2' });
      const r = await call('captureCalibrationPoint', { region: state.region, setC });
      settle(
        r.ok ? { type: 'captured', which, point: r.value } : { type: 'failed', error: r.error },
      );
    },
    evaluate: async () => {
      const points = capturedPoints(state);
      if (!points || state.busy) return;
      dispatch({ type: 'go', step: 'result' });
      dispatch({ type: 'start', busy: 'evaluate' });
      const r = await call('evaluateCalibration', { points });
      settle(r.ok ? { type: 'evaluated', result: r.value } : { type: 'failed', error: r.error });
    },
    accept: async () => {
      const points = capturedPoints(state);
      if (!points || !state.region || state.busy) return;
      dispatch({ type: 'start', busy: 'accept' });
      const r = await call('acceptCalibration', {
        region: state.region,
        setC: points[0].setC,
        points,
      });
      settle(r.ok ? { type: 'accepted', info: r.value } : { type: 'failed', error: r.error });
    },
    discard: () => dispatch({ type: 'discard' }),
  };
}
