// The physical renderer as a whole: a person rendered by shifting tables drawn at another skin
// temperature (Taylor, layer.ts) renders as if redrawn, the wall shows its faint gradient, a
// single-point sensor falls off with distance (rendering speed is in `npm run bench`).
import { describe, expect, it } from 'vitest';
import { samplePerson } from '../../native-mocks/optics/face.js';
import { personLayers } from '../../native-mocks/optics/person-layers.js';
import { radianceOf, temperatureOf } from '../../native-mocks/optics/radiance.js';
import { renderClean, renderPhysical, wallC } from '../../native-mocks/optics/render.js';
import { SENSOR_KINDS } from '../../native-mocks/optics/sensor-kinds.js';
import { integrateView } from '../../native-mocks/optics/view-integrator.js';
import { createRng } from '../../native-mocks/prng.js';

const ROOM_C = 22;
const at = (person: ReturnType<typeof samplePerson>, distanceM: number) => ({
  roomC: ROOM_C,
  people: [{ person, distanceM, xM: 0.01, yM: -0.02 }],
  blackbody: null,
});

describe('physical renderer', () => {
  it('a person up to 1 °C off the drawn tables renders as if redrawn (within 0.001 °C)', () => {
    const p = samplePerson(createRng(2), { roomC: ROOM_C, subjectIndex: 3 });
    const wall = radianceOf(ROOM_C);
    for (const kind of [SENSOR_KINDS['mlx90640-55'], SENSOR_KINDS.mi48]) {
      for (const delta of [0.05, -0.6, 1]) {
        const view = (referenceC: number) =>
          integrateView(kind, personLayers(p, ROOM_C, 0.5, 0.01, -0.02, referenceC), () => wall);
        const shifted = view(p.trueFaceMaxC + delta); // drawn elsewhere, shifted by −delta
        const exact = view(p.trueFaceMaxC); // drawn at the person's own face maximum
        let worst = 0;
        for (let i = 0; i < exact.length; i++) {
          worst = Math.max(worst, Math.abs(temperatureOf(shifted[i]!) - temperatureOf(exact[i]!)));
        }
        expect(worst).toBeLessThan(0.001);
      }
    }
  });

  it('an empty room is the wall: the room, up to 0.6 °C warmer towards the ceiling', () => {
    const img = renderClean(
      { roomC: ROOM_C, people: [], blackbody: null },
      SENSOR_KINDS['mlx90640-55'],
    );
    expect(img[0]!).toBeGreaterThan(img[23 * 32]!);
    for (const v of img) {
      expect(v).toBeGreaterThanOrEqual(ROOM_C - 1e-3);
      expect(v).toBeLessThanOrEqual(ROOM_C + 0.6 + 1e-3);
    }
    expect(wallC(ROOM_C, -10)).toBeCloseTo(ROOM_C + 0.6, 9);
    expect(wallC(ROOM_C, 10)).toBeCloseTo(ROOM_C, 9);
  });

  it('a single-point sensor reads less of the face the farther the person', () => {
    const p = samplePerson(createRng(4), { roomC: ROOM_C });
    const read = (d: number) => renderClean(at(p, d), SENSOR_KINDS.mlx90614)[0]!;
    expect(read(0.05)).toBeGreaterThan(read(0.3));
    expect(read(0.3)).toBeGreaterThan(read(1));
    expect(read(1)).toBeGreaterThan(ROOM_C);
    expect(read(0.05)).toBeLessThan(p.trueFaceMaxC);
  });

  it('adds drift and noise, deterministically for a seed', () => {
    const p = samplePerson(createRng(4), { roomC: ROOM_C });
    const scene = { ...at(p, 0.5), driftC: 0.5, noiseC: 0.1 };
    const kind = SENSOR_KINDS['mlx90640-55'];
    const a = renderPhysical(scene, kind, createRng(9));
    expect(renderPhysical(scene, kind, createRng(9))).toEqual(a);
    const clean = renderClean(scene, kind);
    const diffs = Array.from(a, (v, i) => v - clean[i]!);
    const mean = diffs.reduce((s, x) => s + x, 0) / diffs.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });
});
