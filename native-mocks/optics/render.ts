// Physical thermal scenes: people (face.ts) and a blackbody of real size at real distances in
// front of a room-temperature wall, seen by a sensor kind through its optics (view-integrator.ts):
// every pixel is the radiance it collects, turned back into a temperature, plus the camera's
// drift and noise. Nothing here knows where a canthus is: a low-resolution sensor reads a face
// low because its pixels are large, as a real one does.
import { gaussian } from '../prng.js';
import type { SimPerson } from './face.js';
import { discLayer, type Layer } from './layer.js';
import { personLayers } from './person-layers.js';
import { radianceOf, temperatureOf } from './radiance.js';
import { pixelFootprintMm, type SensorKind } from './sensor-kinds.js';
import { integrateView } from './view-integrator.js';

export { pixelFootprintMm };

export interface PlacedPerson {
  person: SimPerson;
  distanceM: number;
  /** offset of the face centre from the optical axis, m (x right, y down) */
  xM: number;
  yM: number;
}

export interface BlackbodyPlacement {
  diameterMm: number;
  distanceM: number;
  /** Centre of the aperture from the optical axis, m (x right, y down). */
  xM: number;
  yM: number;
}

export interface PhysicalScene {
  roomC: number;
  driftC: number;
  noiseC: number;
  people: PlacedPerson[];
  blackbody: ({ c: number } & BlackbodyPlacement) | null;
}

/**
 * The wall behind everything: the room, with a faint vertical gradient (ceilings are warmer
 * than floors): +0.6 °C at the top of a 35° view down to +0 at its bottom, clamped beyond.
 */
export function wallC(roomC: number, v: number): number {
  const t = Math.min(1, Math.max(0, 0.5 - v / (2 * Math.tan((17.5 * Math.PI) / 180))));
  return roomC + 0.6 * t;
}

let lastDisc: { key: string; layer: Layer } | null = null;

function blackbodyLayer(bb: NonNullable<PhysicalScene['blackbody']>): Layer {
  const key = `${bb.c}|${bb.diameterMm}|${bb.distanceM}|${bb.xM}|${bb.yM}`;
  if (lastDisc?.key !== key) {
    lastDisc = { key, layer: discLayer(bb.c, bb.diameterMm, bb.distanceM, bb.xM, bb.yM) };
  }
  return lastDisc.layer;
}

/** Every layer of the scene (people and blackbody), in no particular order. */
export function sceneLayers(scene: Omit<PhysicalScene, 'driftC' | 'noiseC'>): Layer[] {
  const layers: Layer[] = [];
  for (const p of scene.people)
    layers.push(...personLayers(p.person, scene.roomC, p.distanceM, p.xM, p.yM));
  if (scene.blackbody) layers.push(blackbodyLayer(scene.blackbody));
  return layers;
}

/** The scene's true radiometric image: no drift, no noise. °C, row-major. */
export function renderClean(
  scene: Omit<PhysicalScene, 'driftC' | 'noiseC'>,
  kind: SensorKind,
): Float64Array {
  const room = scene.roomC;
  const wallCache = new Map<number, number>();
  const wall = (v: number): number => {
    let l = wallCache.get(v);
    if (l === undefined) {
      l = radianceOf(wallC(room, v));
      wallCache.set(v, l);
    }
    return l;
  };
  const radiance = integrateView(kind, sceneLayers(scene), wall);
  for (let i = 0; i < radiance.length; i++) radiance[i] = temperatureOf(radiance[i]!);
  return radiance;
}

export function renderPhysical(
  scene: PhysicalScene,
  kind: SensorKind,
  rng: () => number,
): Float32Array {
  const clean = renderClean(scene, kind);
  const out = new Float32Array(clean.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = clean[i]! + scene.driftC + scene.noiseC * gaussian(rng);
  }
  return out;
}

/**
 * Where a blackbody must stand, and how large its aperture must be, to cover a region of the
 * sensor's pixels (col/row/width/height, fractions allowed) at `distanceM`: a disc around the
 * region's rectangle grown by `marginPx` on every side (default 2σ of the lens blur, so the
 * region's pixels read the source, not its blurred edge).
 */
export function blackbodyCovering(
  kind: SensorKind,
  region: { col: number; row: number; width: number; height: number },
  distanceM: number,
  marginPx = 2 * kind.blurSigmaPx,
): BlackbodyPlacement {
  const U = Math.tan((kind.hfovDeg * Math.PI) / 360);
  const V = Math.tan((kind.vfovDeg * Math.PI) / 360);
  const du = (2 * U) / kind.width;
  const dv = (2 * V) / kind.height;
  const u0 = -U + (region.col - marginPx) * du;
  const u1 = -U + (region.col + region.width + marginPx) * du;
  const v0 = -V + (region.row - marginPx) * dv;
  const v1 = -V + (region.row + region.height + marginPx) * dv;
  const diagonalM = Math.hypot((u1 - u0) * distanceM, (v1 - v0) * distanceM);
  return {
    // 0.1 % larger, so the region's corners sit inside the disc's rasterised edge.
    diameterMm: diagonalM * 1000 * 1.001,
    distanceM,
    xM: ((u0 + u1) / 2) * distanceM,
    yM: ((v0 + v1) / 2) * distanceM,
  };
}
