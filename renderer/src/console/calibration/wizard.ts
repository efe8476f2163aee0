// The calibration wizard's state and its transitions, kept apart from React so every rule (what
// a change invalidates, when a step may be left, when a result may be accepted) is testable.
import type { ApiError } from '@contract/api.js';
import type {
  CalibrationInfo,
  CalibrationPoint,
  CalibrationResult,
  Region,
} from '@contract/staff.js';
import { regionInside, type Size } from '../thermal/geometry.js';
import { checkSetPoint, defaultSecondSetPoint, initialSetPoint } from './set-point.js';

export const WIZARD_STEPS = ['region', 'setpoint', 'capture', 'result', 'done'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
export type PointCount = 1 | 2;
export type CalibrationPoints = [CalibrationPoint] | [CalibrationPoint, CalibrationPoint];
export type BusyWith = 'capture' | 'capture-2' | 'evaluate' | 'accept';

export interface WizardState {
  step: WizardStep;
  region: Region | null;
  /** Staff have drawn or typed a region: the kiosk's current one no longer replaces it. */
  regionChosen: boolean;
  /** Set points in °C; null while the input holds something unusable. */
  setC: number | null;
  setC2: number | null;
  setPointChosen: boolean;
  pointCount: PointCount;
  first: CalibrationPoint | null;
  second: CalibrationPoint | null;
  result: CalibrationResult | null;
  /** The calibration in use (from the status, then from the last accept). */
  current: CalibrationInfo | null;
  busy: BusyWith | null;
  /** The last failed call. */
  error: ApiError | null;
  /** The last attempt was discarded: say that nothing changed. */
  discarded: boolean;
}

export type WizardAction =
  | {
      type: 'status';
      region: Region | null;
      setC: number | null;
      calibration: CalibrationInfo;
    }
  | { type: 'region'; region: Region | null }
  | { type: 'set-point'; setC: number | null }
  | { type: 'set-point-2'; setC: number | null }
  | { type: 'point-count'; count: PointCount }
  | { type: 'go'; step: WizardStep }
  | { type: 'start'; busy: BusyWith }
  | { type: 'captured'; which: 1 | 2; point: CalibrationPoint }
  | { type: 'evaluated'; result: CalibrationResult }
  | { type: 'accepted'; info: CalibrationInfo }
  | { type: 'failed'; error: ApiError }
  | { type: 'discard' };

export const initialWizard: WizardState = {
  step: 'region',
  region: null,
  regionChosen: false,
  setC: initialSetPoint(null),
  setC2: null,
  setPointChosen: false,
  pointCount: 1,
  first: null,
  second: null,
  result: null,
  current: null,
  busy: null,
  error: null,
  discarded: false,
};

/** Anything captured or evaluated no longer matches: drop it. */
const NOTHING_MEASURED = { first: null, second: null, result: null } as const;

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'status':
      return {
        ...state,
        current: action.calibration,
        region: state.regionChosen ? state.region : action.region,
        setC: state.setPointChosen ? state.setC : initialSetPoint(action.setC),
      };
    case 'region':
      return {
        ...state,
        ...NOTHING_MEASURED,
        region: action.region,
        regionChosen: true,
        discarded: false,
      };
    case 'set-point':
      return { ...state, ...NOTHING_MEASURED, setC: action.setC, setPointChosen: true };
    case 'set-point-2':
      return { ...state, setC2: action.setC, second: null, result: null };
    case 'point-count':
      return { ...state, pointCount: action.count, second: null, result: null };
    case 'go':
      return {
        ...state,
        step: action.step,
        error: null,
        discarded: action.step === 'region' ? state.discarded : false,
        // Entering the result step evaluates afresh.
        result: action.step === 'result' ? null : state.result,
      };
    case 'start':
      return { ...state, busy: action.busy, error: null };
    case 'captured':
      if (action.which === 1) {
        const keep2 = checkSetPoint(state.setC2, action.point.setC) === null;
        return {
          ...state,
          ...NOTHING_MEASURED,
          first: action.point,
          setC2: keep2 ? state.setC2 : defaultSecondSetPoint(action.point.setC),
          busy: null,
        };
      }
      return { ...state, second: action.point, result: null, busy: null };
    case 'evaluated':
      return { ...state, result: action.result, busy: null };
    case 'accepted':
      return { ...state, ...NOTHING_MEASURED, current: action.info, step: 'done', busy: null };
    case 'failed':
      return { ...state, error: action.error, busy: null };
    case 'discard':
      return {
        ...state,
        ...NOTHING_MEASURED,
        step: 'region',
        busy: null,
        error: null,
        discarded: true,
      };
  }
}

/** The region, when it lies inside the image (unknown size: not yet). */
export function usableRegion(state: WizardState, image: Size | null): Region | null {
  return state.region && image && regionInside(state.region, image) ? state.region : null;
}

export function setPointReady(state: WizardState): boolean {
  return checkSetPoint(state.setC) === null;
}

export function secondSetPointReady(state: WizardState): boolean {
  return state.first !== null && checkSetPoint(state.setC2, state.first.setC) === null;
}

/** The captured points, once as many as chosen have been taken. */
export function capturedPoints(state: WizardState): CalibrationPoints | null {
  if (!state.first) return null;
  if (state.pointCount === 1) return [state.first];
  return state.second ? [state.first, state.second] : null;
}

export function canAccept(state: WizardState): boolean {
  return (
    state.busy === null &&
    state.region !== null &&
    state.result !== null &&
    state.result.problems.length === 0 &&
    capturedPoints(state) !== null
  );
}
