// A low-resolution sensor reads a face's maximum low, more so the farther the person and the
// larger the pixels; glasses (opaque in the thermal infrared) hide the canthi and lower it too.
import { describe, expect, it } from 'vitest';
import { samplePerson, type SimPerson } from '../../native-mocks/optics/face.js';
import { faceMaxLoss } from '../../native-mocks/optics/face-max-loss.js';
import { renderClean } from '../../native-mocks/optics/render.js';
import { SENSOR_KINDS, type SensorKind } from '../../native-mocks/optics/sensor-kinds.js';
import { createRng } from '../../native-mocks/prng.js';

const ROOM_C = 22;

/** The sensor's face maximum: the mean of its two hottest pixels (the kiosk's rule). */
function sensorFaceMax(person: SimPerson, kind: SensorKind, distanceM: number): number {
  const img = renderClean(
    { roomC: ROOM_C, people: [{ person, distanceM, xM: 0, yM: 0 }], blackbody: null },
    kind,
  );
  const hottest = Array.from(img).sort((a, b) => b - a);
  return kind.width * kind.height === 1 ? hottest[0]! : (hottest[0]! + hottest[1]!) / 2;
}

function medianLoss(people: SimPerson[], kind: SensorKind, distanceM: number): number {
  const losses = people
    .map((p) => p.trueFaceMaxC - sensorFaceMax(p, kind, distanceM))
    .sort((a, b) => a - b);
  return losses[losses.length >> 1]!;
}

describe('face-maximum loss', () => {
  const rng = createRng(5);
  const people = Array.from({ length: 15 }, () => samplePerson(rng, { roomC: ROOM_C }));
  const distances = [0.3, 0.5, 0.7, 1.0];
  const kinds = [SENSOR_KINDS.amg8833, SENSOR_KINDS['mlx90640-55'], SENSOR_KINDS.mi48];
  const table = kinds.map((kind) => distances.map((d) => medianLoss(people, kind, d)));

  it('grows with distance for every sensor', () => {
    for (const row of table) {
      for (let i = 1; i < row.length; i++) expect(row[i]!).toBeGreaterThan(row[i - 1]!);
    }
  });

  it('is larger for 8×8 than for 32×24 at 55° than for 80×62, at every distance', () => {
    distances.forEach((_, i) => {
      expect(table[0]![i]!).toBeGreaterThan(table[1]![i]!);
      expect(table[1]![i]!).toBeGreaterThan(table[2]![i]!);
    });
  });

  it('is never negative: no sensor reads above the true face maximum', () => {
    for (const row of table) for (const loss of row) expect(loss).toBeGreaterThan(0);
  });

  it('faceMaxLoss summarises the same losses over people', () => {
    const [row] = faceMaxLoss([SENSOR_KINDS['mlx90640-55']], [0.5], people, ROOM_C, createRng(1));
    expect(row!.n).toBe(people.length);
    // A random sub-pixel offset instead of the axis: close to the table's centred value.
    expect(Math.abs(row!.medianC - table[1]![1]!)).toBeLessThan(0.25);
    expect(row!.sdC).toBeGreaterThan(0);
  });

  it('a single-point sensor at kiosk distance sees mostly the room', () => {
    expect(medianLoss(people, SENSOR_KINDS.mlx90614, 0.5)).toBeGreaterThan(table[0]![1]!);
  });
});

describe('face variants', () => {
  it('glasses lower the sensor’s face maximum when the canthi are the hottest part', () => {
    let checked = 0;
    for (let subjectIndex = 0; checked < 5; subjectIndex++) {
      const options = { roomC: ROOM_C, subjectIndex };
      const bare = samplePerson(createRng(1), options);
      const r = bare.regions;
      const canthus = Math.max(r.canthusLeftMax, r.canthusRightMax);
      const glasses = samplePerson(createRng(1), { ...options, variant: 'glasses' });
      expect(glasses.trueFaceMaxC).toBeCloseTo(bare.trueFaceMaxC, 9);
      expect(glasses.visibleFaceMaxC).toBeLessThanOrEqual(bare.visibleFaceMaxC);
      for (const kind of [SENSOR_KINDS['mlx90640-55'], SENSOR_KINDS.mi48]) {
        // Never higher; clearly lower when nothing else on the face comes near the canthi.
        const withGlasses = sensorFaceMax(glasses, kind, 0.4);
        expect(withGlasses).toBeLessThanOrEqual(sensorFaceMax(bare, kind, 0.4) + 1e-6);
        if (canthus - Math.max(r.foreheadMax, r.mouthMax) > 0.4) {
          expect(withGlasses).toBeLessThan(sensorFaceMax(bare, kind, 0.4) - 0.1);
        }
      }
      if (canthus - Math.max(r.foreheadMax, r.mouthMax) > 0.4) checked++;
    }
  });

  it('glasses hide the canthi: the hottest visible point is elsewhere', () => {
    for (let subjectIndex = 0; subjectIndex < 200; subjectIndex += 10) {
      const p = samplePerson(createRng(3), { subjectIndex, variant: 'glasses' });
      const canthus = Math.max(p.regions.canthusLeftMax, p.regions.canthusRightMax);
      if (canthus === p.trueFaceMaxC) expect(p.visibleFaceMaxC).toBeLessThan(p.trueFaceMaxC);
      expect(p.visibleFaceMaxC).toBeCloseTo(Math.max(p.regions.foreheadMax, p.regions.mouthMax), 1);
    }
  });

  it('a hat leaves the canthi, a mask hides the mouth', () => {
    for (let subjectIndex = 0; subjectIndex < 200; subjectIndex += 10) {
      const hat = samplePerson(createRng(3), { subjectIndex, variant: 'hat' });
      const canthus = Math.max(hat.regions.canthusLeftMax, hat.regions.canthusRightMax);
      expect(hat.visibleFaceMaxC).toBeGreaterThanOrEqual(canthus - 1e-6);
      const mask = samplePerson(createRng(3), { subjectIndex, variant: 'mask' });
      expect(mask.visibleFaceMaxC).toBeCloseTo(Math.max(canthus, mask.regions.foreheadMax), 1);
    }
  });
});
