import { describe, expect, it } from 'vitest';
import type { CalibrationPoint } from '../../electron/contract/staff.js';
import {
  checkSetPoint,
  defaultSecondSetPoint,
  initialSetPoint,
} from '../../renderer/src/console/calibration/set-point.js';
import {
  canAccept,
  capturedPoints,
  initialWizard,
  secondSetPointReady,
  usableRegion,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from '../../renderer/src/console/calibration/wizard.js';

const image = { width: 32, height: 24 };
const region = { col: 26, row: 2, width: 4, height: 3 };
const calibration = {
  kind: 'shipped' as const,
  date: null,
  ageDays: null,
  stale: false,
  site: null,
  optics: null,
  physicalModelOnly: false,
};
const point = (setC: number, measuredC = setC - 0.4): CalibrationPoint => ({
  setC,
  measuredC,
  uncertaintyC: 0.05,
  frames: 40,
});
const ok = { gain: 1, offset: 0.4, uncertaintyC: 0.12, problems: [] };

const run = (...actions: WizardAction[]): WizardState =>
  actions.reduce(wizardReducer, initialWizard);

describe('blackbody set points', () => {
  it('must be within 20–50 °C', () => {
    expect(checkSetPoint(35)).toBeNull();
    expect(checkSetPoint(20)).toBeNull();
    expect(checkSetPoint(50)).toBeNull();
    expect(checkSetPoint(19.9)).toBe('range');
    expect(checkSetPoint(50.1)).toBe('range');
    expect(checkSetPoint(null)).toBe('range');
    expect(checkSetPoint(Number.NaN)).toBe('range');
  });

  it('must be at least 2 °C apart for a 2-point calibration (°F rounding tolerated)', () => {
    expect(checkSetPoint(38, 33)).toBeNull();
    expect(checkSetPoint(34.5, 33)).toBe('apart');
    expect(checkSetPoint(31, 33)).toBeNull();
    // 3.6 °F typed is 1.9999… °C once converted.
    expect(checkSetPoint(33 + ((3.6 - 1e-12) * 5) / 9, 33)).toBeNull();
  });

  it('suggest a reachable second point and start from the kiosk’s own when usable', () => {
    expect(defaultSecondSetPoint(33)).toBe(38);
    expect(defaultSecondSetPoint(48)).toBe(43);
    expect(initialSetPoint(36.5)).toBe(36.5);
    expect(initialSetPoint(null)).toBe(35);
    expect(initialSetPoint(70)).toBe(35);
  });
});

describe('calibration wizard', () => {
  it('starts from the kiosk’s current region and set point', () => {
    const s = run({ type: 'status', region, setC: 36, calibration });
    expect(s.region).toEqual(region);
    expect(s.setC).toBe(36);
    expect(s.current).toEqual(calibration);
    expect(s.step).toBe('region');
  });

  it('does not let a late status overwrite what staff already chose', () => {
    const mine = { col: 1, row: 1, width: 2, height: 2 };
    const s = run(
      { type: 'region', region: mine },
      { type: 'set-point', setC: 33 },
      { type: 'status', region, setC: 36, calibration },
    );
    expect(s.region).toEqual(mine);
    expect(s.setC).toBe(33);
  });

  it('leaves the region step only with a region inside the image', () => {
    expect(usableRegion(run(), image)).toBeNull();
    expect(usableRegion(run({ type: 'region', region }), null)).toBeNull();
    expect(usableRegion(run({ type: 'region', region }), image)).toEqual(region);
    const outside = { col: 30, row: 0, width: 4, height: 1 };
    expect(usableRegion(run({ type: 'region', region: outside }), image)).toBeNull();
  });

  it('runs a 1-point calibration to the end', () => {
    let s = run(
      { type: 'region', region },
      { type: 'go', step: 'setpoint' },
      { type: 'set-point', setC: 35 },
      { type: 'go', step: 'capture' },
      { type: 'start', busy: 'capture' },
    );
    expect(canAccept(s)).toBe(false);
    s = wizardReducer(s, { type: 'captured', which: 1, point: point(35) });
    expect(s.busy).toBeNull();
    expect(capturedPoints(s)).toEqual([point(35)]);
    s = run(
      ...([
        { type: 'region', region },
        { type: 'captured', which: 1, point: point(35) },
        { type: 'go', step: 'result' },
        { type: 'start', busy: 'evaluate' },
        { type: 'evaluated', result: ok },
      ] as WizardAction[]),
    );
    expect(s.step).toBe('result');
    expect(canAccept(s)).toBe(true);
    const info = {
      kind: 'one-point' as const,
      date: '2026-03-05',
      ageDays: 0,
      stale: false,
      site: null,
      optics: null,
      physicalModelOnly: false,
    };
    s = wizardReducer(s, { type: 'accepted', info });
    expect(s.step).toBe('done');
    expect(s.current).toEqual(info);
  });

  it('needs both points for a 2-point calibration, suggesting the second set point', () => {
    let s = run(
      { type: 'region', region },
      { type: 'set-point', setC: 33 },
      { type: 'point-count', count: 2 },
      { type: 'captured', which: 1, point: point(33) },
    );
    expect(s.setC2).toBe(38);
    expect(secondSetPointReady(s)).toBe(true);
    expect(capturedPoints(s)).toBeNull();
    s = wizardReducer(s, { type: 'set-point-2', setC: 34 });
    expect(secondSetPointReady(s)).toBe(false);
    s = wizardReducer(s, { type: 'set-point-2', setC: 38 });
    s = wizardReducer(s, { type: 'captured', which: 2, point: point(38) });
    expect(capturedPoints(s)).toEqual([point(33), point(38)]);
    s = wizardReducer(s, { type: 'point-count', count: 1 });
    expect(capturedPoints(s)).toEqual([point(33)]);
  });

  it('drops captured points when what they were taken with changes', () => {
    const captured = run(
      { type: 'region', region },
      { type: 'captured', which: 1, point: point(35) },
      { type: 'evaluated', result: ok },
    );
    expect(wizardReducer(captured, { type: 'region', region: { ...region, col: 0 } }).first).toBe(
      null,
    );
    const moved = wizardReducer(captured, { type: 'set-point', setC: 36 });
    expect(moved.first).toBeNull();
    expect(moved.result).toBeNull();
    // Capturing the first point again invalidates the second.
    const two = run(
      { type: 'region', region },
      { type: 'point-count', count: 2 },
      { type: 'captured', which: 1, point: point(33) },
      { type: 'captured', which: 2, point: point(38) },
      { type: 'captured', which: 1, point: point(33, 32.5) },
    );
    expect(two.second).toBeNull();
  });

  it('never accepts a result with problems, nor while busy', () => {
    const base = run({ type: 'region', region }, { type: 'captured', which: 1, point: point(35) });
    expect(
      canAccept(
        wizardReducer(base, {
          type: 'evaluated',
          result: { ...ok, problems: ['The blackbody reading is noisy.'] },
        }),
      ),
    ).toBe(false);
    const evaluated = wizardReducer(base, { type: 'evaluated', result: ok });
    expect(canAccept(wizardReducer(evaluated, { type: 'start', busy: 'accept' }))).toBe(false);
  });

  it('discards back to the region step, keeping region and set point, saving nothing', () => {
    const s = run(
      { type: 'status', region, setC: 35, calibration },
      { type: 'captured', which: 1, point: point(35) },
      { type: 'go', step: 'result' },
      { type: 'evaluated', result: ok },
      { type: 'discard' },
    );
    expect(s.step).toBe('region');
    expect(s.discarded).toBe(true);
    expect(s.first).toBeNull();
    expect(s.result).toBeNull();
    expect(s.current).toEqual(calibration);
    expect(s.region).toEqual(region);
    // The notice goes once staff move on.
    expect(wizardReducer(s, { type: 'go', step: 'setpoint' }).discarded).toBe(false);
  });

  it('keeps a failed call’s error until the next step or call, and ends busy', () => {
    const error = { code: 'rejected' as const, message: 'blackbody not in view' };
    const failed = run({ type: 'start', busy: 'capture' }, { type: 'failed', error });
    expect(failed.busy).toBeNull();
    expect(failed.error).toEqual(error);
    expect(wizardReducer(failed, { type: 'start', busy: 'capture' }).error).toBeNull();
    expect(wizardReducer(failed, { type: 'go', step: 'setpoint' }).error).toBeNull();
  });
});
