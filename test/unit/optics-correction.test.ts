// The size-of-source correction on simulated faces at several distances: the kiosk's own face
// maximum, with the loss the optics table gives at the distance the kiosk estimates added back,
// reads people's true face maximum (the FDA cameras' T_Max) with no bias beyond what the table's
// own sampling allows, and a spread within the table's.
import { describe, expect, it } from 'vitest';
import { FrameAnalyzer } from '../../electron/core/estimation/frame-analyzer.js';
import { opticsCorrection } from '../../electron/core/estimation/optics-correction.js';
import {
  DEFAULT_PIPELINE_SETTINGS,
  profileFor,
} from '../../electron/core/estimation/pipeline-settings.js';
import { samplePerson } from '../../native-mocks/optics/face.js';
import { renderPhysical } from '../../native-mocks/optics/render.js';
import { SENSOR_KINDS } from '../../native-mocks/optics/sensor-kinds.js';
import { createRng } from '../../native-mocks/prng.js';

function errorsAt(kindId: 'mlx90640-55' | 'mi48', distanceM: number, people: number) {
  const kind = SENSOR_KINDS[kindId];
  const profile = profileFor(kind.width, kind.height);
  const rng = createRng(Math.round(distanceM * 1000));
  const raw: number[] = [];
  const corrected: number[] = [];
  for (let i = 0; i < people; i++) {
    const person = samplePerson(rng, { roomC: 21 });
    const analyzer = new FrameAnalyzer({ ...DEFAULT_PIPELINE_SETTINGS, blackbody: null }, profile);
    const empty = { roomC: 21, driftC: 0, noiseC: 0.1, people: [], blackbody: null };
    for (let f = 0; f < 10; f++) analyzer.analyse(renderPhysical(empty, kind, rng), null);
    const placed = { person, distanceM, xM: 0.01 * (rng() - 0.5), yM: 0.01 * (rng() - 0.5) };
    const a = analyzer.analyse(renderPhysical({ ...empty, people: [placed] }, kind, rng), null);
    if (a.presence !== 'one') continue;
    const c = opticsCorrection(profile, a.face!.distanceM);
    if (!c) continue;
    raw.push(a.face!.maxC - person.trueFaceMaxC);
    corrected.push(a.face!.maxC + c.lossC - person.trueFaceMaxC);
  }
  const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[xs.length >> 1]!;
  return { n: corrected.length, raw: median(raw), corrected: median(corrected) };
}

describe('optics correction on simulated faces', () => {
  for (const kind of ['mlx90640-55', 'mi48'] as const) {
    it(`${kind}: reads low without it, and true with it, at 0.3, 0.45 and 0.6 m`, () => {
      let previousLoss = 0;
      for (const d of [0.3, 0.45, 0.6]) {
        const e = errorsAt(kind, d, 40);
        expect(e.n).toBeGreaterThanOrEqual(30);
        expect(e.raw).toBeLessThan(-0.4); // the sensor alone reads the face low …
        expect(-e.raw).toBeGreaterThan(previousLoss - 0.1); // … more so (roughly) farther away
        previousLoss = -e.raw;
        expect(Math.abs(e.corrected)).toBeLessThan(0.15); // … and the correction puts it back
      }
    });
  }
});
