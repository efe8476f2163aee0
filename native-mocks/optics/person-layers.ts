// A simulated person as layers for the renderer: the drawn anatomy (face-geometry.ts) turned
// into radiance at the person's temperatures and the room's, as summed-area tables. Drawing the
// radiance costs ~1 ms, so it is drawn per (person, room) at a reference face maximum on a 2 °C
// grid (the nearest even °C: the same for every run, whatever was drawn before, so renders are
// deterministic), with the radiance's first and second derivatives: the person at their own
// face maximum, at most 1 °C away, is the same tables shifted (layer.ts), exact to ~0.0001 °C.
// The walk-through's frame-to-frame jitter costs nothing; moving a person is free.
import { EMPTY, SKIN, type CellMap } from './face-types.js';
import { faceTemplateOf, type SimPerson } from './face.js';
import { summedArea, type Layer } from './layer.js';
import { SKIN_EMISSIVITY, radianceOf, skinRadiance } from './radiance.js';

type Raster = Omit<Layer, 'distanceM' | 'leftM' | 'topM' | 'shift'> & {
  leftMm: number;
  topMm: number;
  satSlope: Float64Array;
  satCurvature: Float64Array;
};

interface Rasters {
  faceMaxC: number;
  face: Raster;
  body: Raster;
}

const cache = new Map<string, Rasters>();
const CACHE_SIZE = 8;
/** Reference face maxima are multiples of this, °C. */
const REFERENCE_STEP_C = 2;
/** The body's plane sits this far behind the face's, so the neck is drawn over the shoulders. */
const BODY_BEHIND_M = 1e-4;
/** Step of the central differences for the radiance's derivatives, °C. */
const H = 0.5;

function evaluate(map: CellMap, faceMaxC: number, roomC: number): Raster {
  const n = map.cols * map.rows;
  const radiance = new Float64Array(n);
  const slope = new Float64Array(n);
  const curvature = new Float64Array(n);
  const coverage = new Float32Array(n);
  const d = faceMaxC - roomC;
  for (let k = 0; k < n; k++) {
    const kind = map.kind[k]!;
    if (kind === EMPTY) continue;
    const f = map.factor[k]!;
    const c = roomC + f * (d + map.rel[k]!);
    const lo = radianceOf(c - H);
    const mid = radianceOf(c);
    const hi = radianceOf(c + H);
    // A skin-wide shift δ moves this cell by f·δ.
    const e = kind === SKIN ? SKIN_EMISSIVITY : 1;
    radiance[k] = kind === SKIN ? skinRadiance(c, roomC) : mid;
    slope[k] = (e * f * (hi - lo)) / (2 * H);
    curvature[k] = (e * f * f * (hi - 2 * mid + lo)) / (H * H);
    coverage[k] = 1;
  }
  const { cols, rows } = map;
  return {
    cols,
    rows,
    cellM: map.cellMm / 1000,
    leftMm: map.leftMm,
    topMm: map.topMm,
    satRadiance: summedArea(radiance, cols, rows),
    satCoverage: summedArea(coverage, cols, rows),
    satSlope: summedArea(slope, cols, rows),
    satCurvature: summedArea(curvature, cols, rows),
  };
}

function rastersOf(person: SimPerson, roomC: number, referenceC: number | undefined): Rasters {
  const faceMaxC =
    referenceC ?? REFERENCE_STEP_C * Math.round(person.trueFaceMaxC / REFERENCE_STEP_C);
  const key = `${person.id}|${roomC}|${faceMaxC}`;
  let r = cache.get(key);
  if (r) {
    cache.delete(key);
  } else {
    const t = faceTemplateOf(person);
    r = {
      faceMaxC,
      face: evaluate(t.face, faceMaxC, roomC),
      body: evaluate(t.body, faceMaxC, roomC),
    };
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, r);
  return r;
}

/**
 * The person's face and body layers, the face centre at (xM, yM) on a plane distanceM away.
 * `referenceC`: draw the tables at this face maximum instead of the nearest even °C (tests).
 */
export function personLayers(
  person: SimPerson,
  roomC: number,
  distanceM: number,
  xM: number,
  yM: number,
  referenceC?: number,
): Layer[] {
  const r = rastersOf(person, roomC, referenceC);
  const shiftC = person.trueFaceMaxC - r.faceMaxC;
  const place = (x: Raster, d: number): Layer => ({
    distanceM: d,
    leftM: xM + x.leftMm / 1000,
    topM: yM + x.topMm / 1000,
    cellM: x.cellM,
    cols: x.cols,
    rows: x.rows,
    satRadiance: x.satRadiance,
    satCoverage: x.satCoverage,
    shift: { shiftC, satSlope: x.satSlope, satCurvature: x.satCurvature },
  });
  return [place(r.face, distanceM), place(r.body, distanceM + BODY_BEHIND_M)];
}
