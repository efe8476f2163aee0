import { describe, expect, it } from 'vitest';
import { encodeGy90640Frame } from '../../native-mocks/encoders/gy-mcu90640.js';
import { planCrowd, planSequence } from '../../native-mocks/people.js';
import { createRng } from '../../native-mocks/prng.js';
import {
  headDistanceM,
  placeHead,
  renderScene,
  roomEffectC,
  type SceneSpec,
} from '../../native-mocks/scene.js';
import { renderImageAt, renderSensorImage } from '../../native-mocks/sensor-image.js';
import { roomForSeed, walkthroughScenes } from '../../native-mocks/walkthrough.js';

function streamBytes(seed: number): Buffer {
  const plans = planCrowd({ people: 5, feverRate: 0.3, retryRate: 0.2, seed });
  const noise = createRng(seed);
  const frames = [...walkthroughScenes(plans, roomForSeed(seed), seed)].map((spec) =>
    encodeGy90640Frame(renderScene(spec, noise), 28),
  );
  return Buffer.concat(frames);
}

describe('simulated sensor', () => {
  it('is deterministic for a given seed and differs between seeds', () => {
    expect(streamBytes(9).equals(streamBytes(9))).toBe(true);
    expect(streamBytes(9).equals(streamBytes(10))).toBe(false);
  });

  it('puts a warm head in the middle of the image when someone holds still', () => {
    const specs = [...walkthroughScenes(planSequence('normal', 1), roomForSeed(1), 1)];
    const holding = specs.find((s) => s.heads.length === 1 && s.heads[0]!.radius >= 4.9)!;
    const px = renderScene(holding, createRng(1));
    expect(px[10 * 32 + 16]).toBeGreaterThan(33);
    expect(px[20 * 32 + 2]).toBeLessThan(26);
  });

  it('rejects an unknown person in a sequence, listing the known ones', () => {
    expect(() => planSequence('normal,ghost', 1)).toThrow(
      /unknown person "ghost".*normal, fever, cold, far, pair/,
    );
  });
});

describe('heads are people at a distance (physical renderer underneath)', () => {
  const roomC = 22;

  it('a head’s radius is its distance: 5 px ≈ 0.46 m, 2.6 px ≈ 0.89 m (150 mm face at 55°)', () => {
    expect(headDistanceM(5)).toBeCloseTo(0.461, 3);
    expect(headDistanceM(2.6)).toBeCloseTo(0.887, 3);
    const placed = placeHead({ col: 16, row: 12, radius: 5, canthusC: 35.6 }, roomC);
    expect(placed.xM).toBeCloseTo(0, 9);
    expect(placed.yM).toBeCloseTo(0, 9);
    expect(placed.person.faceWidthMm).toBe(150);
  });

  it('canthusC is the true face maximum (plus the room’s effect on skin)', () => {
    const placed = placeHead({ col: 16, row: 9, radius: 5, canthusC: 35.6 }, roomC);
    expect(placed.person.trueFaceMaxC).toBeCloseTo(35.6 + roomEffectC(roomC), 9);
  });

  it('a low-resolution sensor reads the face maximum low, more so with larger pixels', () => {
    const spec: SceneSpec = {
      roomC,
      driftC: 0,
      noiseC: 0,
      blackbodyC: null,
      heads: [{ col: 16, row: 9, radius: 5, canthusC: 35.6 }],
    };
    const trueMax = 35.6 + roomEffectC(roomC);
    const faceMax = (pixels: Float32Array) => {
      const s = Array.from(pixels).sort((a, b) => b - a);
      return (s[0]! + s[1]!) / 2;
    };
    const loss = (w: number, h: number) =>
      trueMax - faceMax(renderImageAt(spec, createRng(1), w, h, null).pixels);
    expect(loss(8, 8)).toBeGreaterThan(loss(32, 24));
    expect(loss(32, 24)).toBeGreaterThan(loss(80, 62));
    expect(loss(80, 62)).toBeGreaterThan(0.2);
    // The protocol's board and the resolution's default sensor are the same optics.
    expect(renderSensorImage(spec, createRng(1), 'mi48').pixels).toEqual(
      renderImageAt(spec, createRng(1), 80, 62, null).pixels,
    );
  });
});
