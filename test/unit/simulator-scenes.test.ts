import { describe, expect, it } from 'vitest';
import { encodeGy90640Frame } from '../../native-mocks/encoders/gy-mcu90640.js';
import { planCrowd, planSequence } from '../../native-mocks/people.js';
import { createRng } from '../../native-mocks/prng.js';
import { renderScene } from '../../native-mocks/scene.js';
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
