// The per-frame pipeline on simulated sensor frames at 8×8, 32×24 and 80×62: empty rooms, pairs,
// standing people read against their true face maximum, and a whole walk-through.
import { describe, expect, it } from 'vitest';
import { FrameAnalyzer } from '../../electron/core/estimation/frame-analyzer.js';
import type { FrameAnalysis } from '../../electron/core/estimation/observation.js';
import { opticsCorrection } from '../../electron/core/estimation/optics-correction.js';
import { profileFor, scaleBlackbody } from '../../electron/core/estimation/pipeline-settings.js';
import { DEFAULT_BLACKBODY } from '../../electron/core/estimation/settings.js';
import type { ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import { PROTOCOLS } from '../../electron/core/sensor/protocols/index.js';
import { planPerson, planSequence } from '../../native-mocks/people.js';
import { createRng } from '../../native-mocks/prng.js';
import { roomEffectC, type Head, type SceneSpec } from '../../native-mocks/scene.js';
import { renderSensorImage } from '../../native-mocks/sensor-image.js';
import { roomForSeed, walkthroughScenes } from '../../native-mocks/walkthrough.js';
import { copy, H, S, W } from '../support/analyzer-frames.js';

describe('simulator frames', () => {
  const sensors: Array<[ProtocolId, string]> = [
    ['adafruit-amg88xx', '8×8'],
    ['gy-mcu90640', '32×24'],
    ['mi48', '80×62'],
  ];

  /** An analyzer for the protocol, with the blackbody region where the simulator puts it. */
  function forProtocol(protocol: ProtocolId): FrameAnalyzer {
    const { width, height } = PROTOCOLS[protocol];
    const bb = scaleBlackbody(DEFAULT_BLACKBODY, { width: W, height: H }, { width, height });
    return new FrameAnalyzer({ ...S, blackbody: bb }, profileFor(width, height));
  }

  const room = { roomC: 21.7, driftC: 0.6, blackbodyC: 35 };
  const spec = (heads: Head[]): SceneSpec => ({ ...room, heads, noiseC: 0.08 });
  const close = (canthusC: number, col = 16): Head => ({ col, row: 9, radius: 5, canthusC });

  /**
   * An 8×8 pixel averages 4×3 scene pixels: it cannot resolve the 3×3 blackbody (a 9/16-covered
   * pixel reads ~30 °C), so 8×8 scenes have none in view and, uncorrectable, no drift.
   */
  const forSensor = (protocol: ProtocolId, s: SceneSpec): SceneSpec =>
    protocol === 'adafruit-amg88xx' ? { ...s, blackbodyC: null, driftC: 0 } : s;

  function run(protocol: ProtocolId, specs: SceneSpec[], seed = 1): FrameAnalysis[] {
    const fa = forProtocol(protocol);
    const rng = createRng(seed);
    return specs.map((s) => {
      const img = renderSensorImage(forSensor(protocol, s), rng, protocol);
      return copy(fa.analyse(img.pixels, img.ambientC));
    });
  }

  const empty = (n: number): SceneSpec[] => Array.from({ length: n }, () => spec([]));
  const mlx = profileFor(32, 24);
  /** The person's true face maximum: the head's, in this room (native-mocks/scene.ts). */
  const trueFaceMaxC = (s: SceneSpec): number =>
    Math.max(...s.heads.map((h) => h.canthusC + roomEffectC(s.roomC)));
  /** The face maximum with the optics' loss at the estimated distance added back (32×24). */
  const corrected = (r: FrameAnalysis): number =>
    r.face!.maxC + opticsCorrection(mlx, r.face!.distanceM)!.lossC;
  const spreadAt = (r: FrameAnalysis): number => opticsCorrection(mlx, r.face!.distanceM)!.spreadC;

  for (const [protocol, label] of sensors) {
    it(`${label}: an empty room is nobody, frame after frame`, () => {
      const out = run(protocol, empty(40));
      expect(out.every((r) => r.presence === 'none')).toBe(true);
    });

    it(`${label}: a pair side by side is 'multiple'`, () => {
      const pair: Head[] = [
        { col: 9, row: 9.5, radius: 4.5, canthusC: 35.5 },
        { col: 23, row: 9.5, radius: 4.5, canthusC: 35.4 },
      ];
      const out = run(protocol, [...empty(10), ...Array.from({ length: 10 }, () => spec(pair))]);
      expect(out.slice(10).every((r) => r.presence === 'multiple')).toBe(true);
    });
  }

  for (const [protocol, label] of sensors.slice(1)) {
    it(`${label}: a standing person's face maximum, with the optics loss added back, reads their true face maximum within 3σ of the model's spread across people, drift cancelled`, () => {
      const plan = planPerson('normal', createRng(11));
      const standing = Array.from({ length: 20 }, (_, f) =>
        spec([close(plan.canthusC, 16 + 0.3 * Math.sin(f))]),
      );
      const out = run(protocol, [...empty(10), ...standing]).slice(10);
      const profile = profileFor(PROTOCOLS[protocol].width, PROTOCOLS[protocol].height);
      for (const r of out) {
        expect(r.presence).toBe('one');
        expect(r.blackbody.status).toBe('ok');
        // The lens blur's tail pulls the region's edge pixels a little toward the room.
        expect(Math.abs(r.blackbody.correctionC + room.driftC)).toBeLessThan(0.15);
        expect(r.face!.distance).toBe('ok');
        // The sensor alone reads low (size of source) ...
        expect(plan.canthusC - r.face!.maxC).toBeGreaterThan(0.3);
        // ... by what the optics model says at the distance the kiosk estimates.
        const { lossC, spreadC } = opticsCorrection(profile, r.face!.distanceM)!;
        expect(Math.abs(r.face!.maxC + lossC - plan.canthusC)).toBeLessThan(3 * spreadC);
      }
      expect(out.at(-1)!.moving).toBe(false);
    });
  }

  it('8×8: a standing person is one face, reading the hottest box-averaged pixels', () => {
    // An 8×8 pixel cannot resolve the canthus either: the expectation is the noise-free 8×8
    // image's two hottest pixels.
    const canthusC = 35.6;
    const head = close(canthusC);
    const clean = renderSensorImage(
      { ...forSensor('adafruit-amg88xx', spec([head])), noiseC: 0 },
      createRng(1),
      'adafruit-amg88xx',
    );
    const hottest = Array.from(clean.pixels).sort((a, b) => b - a);
    const expected = (hottest[0]! + hottest[1]!) / 2;
    const out = run('adafruit-amg88xx', [...empty(10), ...Array(10).fill(spec([head]))]);
    for (const r of out.slice(10)) {
      expect(r.presence).toBe('one');
      expect(r.blackbody.status).toBe('not-configured');
      expect(r.face!.distance).toBe('too-far'); // no distance will do at 8×8 (optics model)
      expect(Math.abs(r.face!.maxC - expected)).toBeLessThan(0.15); // noise 0.08 °C
    }
    expect(canthusC - expected).toBeGreaterThan(1); // what the engine's uncertainty must carry
  });

  it('32×24: a far person is too far; one from the cold is found', () => {
    const far: Head = { col: 16, row: 11.4, radius: 2.6, canthusC: 35.5 };
    const cold: Head = close(31);
    const out = run('gy-mcu90640', [
      ...empty(10),
      ...Array(5).fill(spec([far])),
      ...empty(3),
      ...Array(5).fill(spec([cold])),
    ]);
    for (const r of out.slice(10, 15)) {
      expect(r.presence).toBe('one');
      expect(r.face!.distance).toBe('too-far');
    }
    const coldC = trueFaceMaxC(spec([cold]));
    for (const r of out.slice(18)) {
      expect(r.presence).toBe('one');
      expect(r.face!.distance).toBe('ok');
      expect(Math.abs(corrected(r) - coldC)).toBeLessThan(3 * spreadAt(r));
    }
  });

  it('32×24 walk-through: each kind of visitor gets the right observation while holding', () => {
    const plans = planSequence('normal,far,pair,cold,fever', 5);
    const specs = [...walkthroughScenes(plans, roomForSeed(5), 5)];
    const out = run('gy-mcu90640', specs, 5);
    // Layout: 10 empty, then per person 4 step-in, 24 hold, 4 step-out, 10 empty.
    const hold = (k: number): FrameAnalysis[] => out.slice(10 + 42 * k + 4, 10 + 42 * k + 28);
    const last = (k: number): FrameAnalysis[] => hold(k).slice(8); // after settling
    for (const k of [0, 3, 4]) {
      last(k).forEach((r, j) => {
        expect(r.presence).toBe('one');
        expect(r.face!.distance).toBe('ok');
        const truth = trueFaceMaxC(specs[10 + 42 * k + 4 + 8 + j]!);
        expect(Math.abs(corrected(r) - truth)).toBeLessThan(3 * spreadAt(r));
      });
    }
    expect(hold(1).every((r) => r.presence === 'one' && r.face!.distance === 'too-far')).toBe(true);
    expect(hold(2).every((r) => r.presence === 'multiple')).toBe(true);
    for (let k = 0; k < plans.length; k++) {
      const gap = out.slice(10 + 42 * k + 32, 10 + 42 * k + 42);
      expect(gap.every((r) => r.presence === 'none')).toBe(true);
    }
  });
});
