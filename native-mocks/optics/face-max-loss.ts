// How much a sensor under-reads the face maximum: true face maximum (the hottest 1 mm point,
// what the FDA study's close-up cameras report as T_Max) − the sensor's face maximum (the mean
// of its two hottest pixels, the kiosk's rule; the one value of a single-point sensor), on
// noise-free frames of one person in front of the wall, the face centre placed at a random
// sub-pixel offset from the optical axis (on the axis for a single point). Includes skin's emissivity (0.98: a blackbody-
// referenced sensor reads large skin areas ~0.25 °C low in a 22 °C room).
import type { SimPerson } from './face.js';
import { renderClean } from './render.js';
import type { SensorKind } from './sensor-kinds.js';

/** The kiosk's face maximum of a frame with one person and nothing hotter: two hottest pixels. */
export function sensorFaceMaxC(pixels: ArrayLike<number>): number {
  let first = -Infinity;
  let second = -Infinity;
  for (let i = 0; i < pixels.length; i++) {
    const v = pixels[i]!;
    if (v > first) {
      second = first;
      first = v;
    } else if (v > second) second = v;
  }
  return second === -Infinity ? first : (first + second) / 2;
}

export interface LossSummary {
  kind: string;
  distanceM: number;
  n: number;
  medianC: number;
  sdC: number;
}

/**
 * The loss for each person, sensor and distance, summarised over the people. People are the
 * outer loop: each person's radiance tables are drawn once (person-layers.ts keeps a few).
 */
export function faceMaxLoss(
  kinds: readonly SensorKind[],
  distancesM: readonly number[],
  people: readonly SimPerson[],
  roomC: number,
  rng: () => number,
): LossSummary[] {
  const losses = kinds.map(() => distancesM.map((): number[] => []));
  for (const person of people) {
    kinds.forEach((kind, k) => {
      const U = Math.tan((kind.hfovDeg * Math.PI) / 360);
      const V = Math.tan((kind.vfovDeg * Math.PI) / 360);
      // A single point is aimed at the face: no offset.
      const jitter = kind.width * kind.height > 1 ? 1 : 0;
      distancesM.forEach((d, j) => {
        const xM = jitter * (rng() - 0.5) * ((2 * U) / kind.width) * d;
        const yM = jitter * (rng() - 0.5) * ((2 * V) / kind.height) * d;
        const scene = { roomC, people: [{ person, distanceM: d, xM, yM }], blackbody: null };
        losses[k]![j]!.push(person.trueFaceMaxC - sensorFaceMaxC(renderClean(scene, kind)));
      });
    });
  }
  return kinds.flatMap((kind, k) =>
    distancesM.map((distanceM, j) => {
      const xs = [...losses[k]![j]!].sort((a, b) => a - b);
      const n = xs.length;
      const mean = xs.reduce((s, x) => s + x, 0) / n;
      const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
      const median = n % 2 ? xs[n >> 1]! : (xs[n / 2 - 1]! + xs[n / 2]!) / 2;
      return { kind: kind.id, distanceM, n, medianC: median, sdC: sd };
    }),
  );
}
