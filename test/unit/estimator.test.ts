import { describe, expect, it } from 'vitest';
import type { ScreeningState, VerdictEvent } from '../../electron/contract/schemas.js';
import { Estimator } from '../../electron/core/estimation/estimator.js';
import { planPerson, planSequence, type PersonKind } from '../../native-mocks/people.js';
import { createRng } from '../../native-mocks/prng.js';
import {
  renderScene,
  SCENE_HEIGHT,
  SCENE_WIDTH,
  type SceneSpec,
} from '../../native-mocks/scene.js';
import {
  roomForSeed,
  walkthroughScenes,
  type RoomConditions,
} from '../../native-mocks/walkthrough.js';

function run(
  specs: Iterable<SceneSpec>,
  seed = 1,
): { verdicts: VerdictEvent[]; screens: ScreeningState[] } {
  const estimator = new Estimator();
  const rng = createRng(seed);
  const verdicts: VerdictEvent[] = [];
  const screens: ScreeningState[] = [];
  let seq = 0;
  for (const spec of specs) {
    const reply = estimator.process(seq++, SCENE_WIDTH, SCENE_HEIGHT, renderScene(spec, rng));
    if (reply.type !== 'result')
      throw new Error(reply.type === 'error' ? reply.message : 'no result');
    if (reply.verdict) verdicts.push(reply.verdict);
    if (JSON.stringify(reply.state) !== JSON.stringify(screens.at(-1))) screens.push(reply.state);
  }
  return { verdicts, screens };
}

const expected: Record<PersonKind, VerdictEvent> = {
  normal: { outcome: 'pass' },
  fever: { outcome: 'refer' },
  cold: { outcome: 'retry', reason: 'too-cold' },
  far: { outcome: 'retry', reason: 'too-far' },
  pair: { outcome: 'retry', reason: 'one-person' },
};

describe('first estimator on simulated walk-throughs', () => {
  for (const kind of Object.keys(expected) as PersonKind[]) {
    it(`${kind} -> ${JSON.stringify(expected[kind])}, then back to idle`, () => {
      const { verdicts, screens } = run(
        walkthroughScenes(planSequence(kind, 11), roomForSeed(11), 11),
      );
      expect(verdicts).toEqual([expected[kind]]);
      expect(screens.at(-1)).toEqual({ screen: 'idle' });
    });
  }

  it('goes idle -> measuring -> verdict -> idle in that order', () => {
    const { screens } = run(walkthroughScenes(planSequence('normal', 2), roomForSeed(2), 2));
    const order = screens.map((s) => s.screen).filter((s, i, all) => s !== all[i - 1]);
    expect(order).toEqual(['idle', 'measuring', 'pass', 'idle']);
  });

  it('gives one verdict per person over a mixed crowd, matching who they are', () => {
    const rng = createRng(5);
    const kinds: PersonKind[] = [
      'normal',
      'fever',
      'far',
      'normal',
      'cold',
      'pair',
      'fever',
      'normal',
    ];
    const plans = kinds.map((k) => planPerson(k, rng));
    const { verdicts } = run(walkthroughScenes(plans, roomForSeed(5), 5));
    expect(verdicts).toEqual(kinds.map((k) => expected[k]));
  });

  it('uses the blackbody to cancel camera drift (a +0.9 °C drift still passes a normal person)', () => {
    const room: RoomConditions = { roomC: 22, driftC: 0.9, blackbodyC: 35 };
    const plans = [planPerson('normal', createRng(1))];
    plans[0]!.canthusC = 37.2 - 1.25; // 37.2 °C: 0.9 °C of uncorrected drift would refer
    expect(run(walkthroughScenes(plans, room, 3)).verdicts).toEqual([{ outcome: 'pass' }]);
  });

  it('pauses when the blackbody leaves the view, and gives no verdict while paused', () => {
    const room: RoomConditions = { roomC: 22, driftC: 0, blackbodyC: null };
    const { verdicts, screens } = run(walkthroughScenes(planSequence('fever', 4), room, 4));
    expect(verdicts).toEqual([]);
    expect(screens.at(-1)).toEqual({ screen: 'paused', reason: 'blackbody-missing' });
  });

  it('pauses when the blackbody reads out of tolerance', () => {
    const room: RoomConditions = { roomC: 22, driftC: 0, blackbodyC: 33 };
    const { screens } = run(walkthroughScenes([], room, 4));
    expect(screens.at(-1)).toEqual({ screen: 'paused', reason: 'blackbody-out-of-tolerance' });
  });

  it('rejects a frame whose pixel count does not match its size', () => {
    const reply = new Estimator().process(7, 32, 24, new Float32Array(10));
    expect(reply).toMatchObject({ type: 'error', seq: 7 });
  });
});
