// The calibrated engine end to end on simulated walk-throughs (in-process, no worker).
import { describe, expect, it } from 'vitest';
import type { VerdictEvent } from '../../electron/contract/schemas.js';
import { defaultEngineSettings } from '../../electron/core/estimation/engine-settings.js';
import { Estimator } from '../../electron/core/estimation/estimator.js';
import {
  planPerson,
  planSequence,
  type PersonKind,
  type PersonPlan,
} from '../../native-mocks/people.js';
import { createRng } from '../../native-mocks/prng.js';
import type { SceneSpec } from '../../native-mocks/scene.js';
import {
  roomForSeed,
  walkthroughScenes,
  type RoomConditions,
} from '../../native-mocks/walkthrough.js';
import { runEngine } from '../support/engine-run.js';

type Expected = Pick<VerdictEvent, 'outcome'> & { reason?: string };
const expected: Record<PersonKind, Expected> = {
  normal: { outcome: 'pass' },
  fever: { outcome: 'refer' },
  cold: { outcome: 'retry', reason: 'too-cold' },
  far: { outcome: 'retry', reason: 'too-far' },
  pair: { outcome: 'retry', reason: 'one-person' },
};

describe.each([['gy-mcu90640'], ['mi48']] as const)('calibrated engine at %s', (protocol) => {
  for (const kind of Object.keys(expected) as PersonKind[]) {
    it(`${kind} -> ${expected[kind].outcome}${expected[kind].reason ? ` (${expected[kind].reason})` : ''}, then idle`, () => {
      const run = runEngine(walkthroughScenes(planSequence(kind, 11), roomForSeed(11), 11), {
        protocol,
      });
      expect(run.verdicts).toHaveLength(1);
      expect(run.verdicts[0]).toMatchObject(expected[kind]);
      expect(run.screens.at(-1)).toEqual({ screen: 'idle' });
    });
  }

  it('estimates body temperature within 0.3 °C for people who hold still', () => {
    const rng = createRng(4);
    const plans = Array.from({ length: 12 }, (_, i) => planPerson(i % 3 ? 'normal' : 'fever', rng));
    const run = runEngine(walkthroughScenes(plans, roomForSeed(4), 4), { protocol });
    expect(run.readings).toHaveLength(12);
    run.readings.forEach((r, i) =>
      expect(Math.abs(r.estimateC - plans[i]!.bodyC)).toBeLessThan(0.3),
    );
  });
});

describe('calibrated engine', () => {
  it('goes idle -> measuring -> verdict -> idle, and the verdict says why', () => {
    const run = runEngine(walkthroughScenes(planSequence('normal', 2), roomForSeed(2), 2));
    const order = run.screens.map((s) => s.screen).filter((s, i, all) => s !== all[i - 1]);
    expect(order).toEqual(['idle', 'measuring', 'pass', 'idle']);
    expect(run.verdicts).toEqual([{ outcome: 'pass', reason: 'below-threshold' }]);
  });

  it('cancels camera drift with the blackbody (a +0.8 °C drift still passes a 37.0 °C person)', () => {
    const room: RoomConditions = { roomC: 22, driftC: 0.8, blackbodyC: 35 };
    const plan = { ...planPerson('normal', createRng(1)), bodyC: 37.0 };
    plan.canthusC = 37.0 - 0.94;
    const run = runEngine(walkthroughScenes([plan], room, 3));
    expect(run.verdicts).toEqual([{ outcome: 'pass', reason: 'below-threshold' }]);
  });

  it('pauses within 1 s (8 frames at 8 Hz) when the blackbody is removed, and resumes by itself', () => {
    const room = roomForSeed(5);
    const specs: SceneSpec[] = [
      ...Array.from({ length: 20 }, () => ({ ...room, heads: [], noiseC: 0.08 })),
      ...Array.from({ length: 20 }, () => ({ ...room, blackbodyC: null, heads: [], noiseC: 0.08 })),
      ...Array.from({ length: 20 }, () => ({ ...room, heads: [], noiseC: 0.08 })),
    ];
    const run = runEngine(specs);
    const pausedAt = run.perFrame.findIndex((s) => s.screen === 'paused');
    expect(run.perFrame[pausedAt]).toEqual({ screen: 'paused', reason: 'blackbody-missing' });
    expect(pausedAt - 20).toBeLessThan(8);
    expect(run.perFrame.at(-1)).toEqual({ screen: 'idle' });
  });

  it('gives no verdict while the blackbody is out of view', () => {
    const room: RoomConditions = { ...roomForSeed(4), blackbodyC: null };
    expect(runEngine(walkthroughScenes(planSequence('fever', 4), room, 4)).verdicts).toEqual([]);
  });

  it('is deterministic: the same frames give the same verdicts and readings', () => {
    const plans = Array.from({ length: 6 }, (_, i) =>
      planPerson(i % 2 ? 'fever' : 'normal', createRng(i)),
    );
    const a = runEngine(walkthroughScenes(plans, roomForSeed(9), 9), { seed: 3 });
    const b = runEngine(walkthroughScenes(plans, roomForSeed(9), 9), { seed: 3 });
    expect(a).toEqual(b);
  });

  it('runs the running-baseline mode when configured', () => {
    const settings = {
      ...defaultEngineSettings('2026-11-23'),
      decision: { mode: 'baseline' as const },
    };
    // Eight people at 36.6–36.8 °C seed the baseline; then 37.4 °C: under the fixed 37.5 °C
    // threshold, but above the baseline + 0.5 °C.
    const person = (kind: PersonKind, bodyC: number): PersonPlan => ({
      kind,
      bodyC,
      canthusC: bodyC - 0.94,
    });
    const plans = [
      ...Array.from({ length: 8 }, (_, i) => person('normal', 36.6 + (i % 3) * 0.1)),
      person('fever', 37.4),
    ];
    const run = runEngine(walkthroughScenes(plans, roomForSeed(8), 8), { settings });
    expect(run.verdicts.slice(0, 8).every((v) => v.outcome === 'pass')).toBe(true);
    expect(run.verdicts[8]).toEqual({ outcome: 'refer', reason: 'above-baseline' });
  });

  it('reports a room outside 18–24 °C (from the sensor ambient, less its die offset)', () => {
    const estimator = new Estimator(defaultEngineSettings('2026-11-23'));
    const frame = (): Float32Array => new Float32Array(768).fill(16);
    // A GY-MCU90640 die runs ~6 °C above the room: 22 °C on the die is a 16 °C room.
    expect(estimator.process(0, 32, 24, frame(), 22, 0).observation.ambient).toBe('cold');
    expect(estimator.process(1, 32, 24, frame(), 27, 125).observation.ambient).toBe('ok');
    expect(estimator.process(2, 32, 24, frame(), null, 250).observation.ambient).toBe('unknown');
  });

  it('rejects a frame whose pixel count does not match its size', () => {
    const estimator = new Estimator(defaultEngineSettings('2026-11-23'));
    expect(() => estimator.process(7, 32, 24, new Float32Array(10), null, 0)).toThrow(
      /frame 7: 10 pixels for 32x24/,
    );
  });

  it('warns once when the camera calibration is stale', () => {
    const settings = {
      ...defaultEngineSettings('2026-11-23'),
      camera: {
        date: '2026-01-01',
        low: { setC: 30, measuredC: 30 },
        high: { setC: 37, measuredC: 37 },
      },
    };
    const estimator = new Estimator(settings);
    const frame = (): Float32Array => new Float32Array(768).fill(22);
    expect(estimator.process(0, 32, 24, frame(), null, 0).warnings[0]).toMatch(
      /2026-01-01 is 326 days old \(limit 90\)/,
    );
    expect(estimator.process(1, 32, 24, frame(), null, 125).warnings).toEqual([]);
  });
});
