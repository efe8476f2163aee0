// The size-of-source correction: a low-resolution pixel averages the hot inner canthus with the
// cooler skin around it, so the face maximum reads low by an amount that grows with distance.
// The loss and its spread across people, per sensor and measured distance, come from the
// physical simulator over a population shaped like the FDA data (`kiosk calibrate optics` writes
// optics-table.json). The kiosk adds the loss back before the skin-to-body offset, and counts the
// spread in each reading's uncertainty; where the spread is too large, it asks people closer.
import type { SensorProfile } from './observation.js';
import table from './optics-table.json' with { type: 'json' };

export interface OpticsPoint {
  /**
   * The kiosk's raw distance estimate from the width of the face it finds (a face-hot region
   * narrower than the whole face at low resolution, so it overestimates), median, m; null for
   * a single point.
   */
  rawDistanceM: number | null;
  /** The true distance of the simulated people behind that estimate, median, m. */
  distanceM: number;
  /** True face maximum − the kiosk's face maximum: median over the simulated people, °C. */
  lossC: number;
  /** Spread of that loss across people (1σ, robust), °C. */
  spreadC: number;
  /** Simulated readings behind the point. */
  n: number;
}

export interface OpticsCurve {
  sensor: string;
  label: string;
  width: number;
  height: number;
  hfovDeg: number;
  singlePoint: boolean;
  /** Ascending distance. A single-point sensor has one point: its mark. */
  points: OpticsPoint[];
}

export interface OpticsTable {
  source: string;
  version: 1;
  /** A distance whose spread exceeds this cannot screen: the person is asked closer. */
  maxSpreadC: number;
  curves: OpticsCurve[];
}

export const OPTICS_TABLE = table as OpticsTable;

/** The name a sensor's optics go by in tables and calibration records, e.g. "32x24@55". */
export function sensorKey(profile: Pick<SensorProfile, 'width' | 'height' | 'hfovDeg'>): string {
  return `${profile.width}x${profile.height}@${Number(profile.hfovDeg.toFixed(1))}`;
}

/**
 * The distance behind a raw estimate (m), read off the curve (the sensor's lens via `curveFor`);
 * beyond the curve's ends, in proportion to the nearest point; the raw estimate itself when the
 * table does not model this sensor. Built once per sensor: the returned function allocates
 * nothing (it runs on every frame).
 */
export function distanceCalibrator(
  profile: SensorProfile,
  t: OpticsTable = OPTICS_TABLE,
): (rawM: number) => number {
  const found = curveFor(profile, t);
  const points = found?.curve.points.filter((p) => p.rawDistanceM !== null) ?? [];
  if (!found || profile.singlePoint || points.length === 0) return (rawM) => rawM;
  const raws = points.map((p) => p.rawDistanceM!);
  const trues = points.map((p) => p.distanceM);
  const scale = found.scale;
  const last = raws.length - 1;
  return (rawM) => {
    const raw = rawM * scale;
    let d: number;
    if (raw <= raws[0]!) d = (raw * trues[0]!) / raws[0]!;
    else if (raw >= raws[last]!) d = (raw * trues[last]!) / raws[last]!;
    else {
      let i = 1;
      while (raws[i]! < raw) i++;
      const f = (raw - raws[i - 1]!) / (raws[i]! - raws[i - 1]!);
      d = trues[i - 1]! + f * (trues[i]! - trues[i - 1]!);
    }
    return d / scale;
  };
}

export interface Correction {
  lossC: number;
  spreadC: number;
}

/**
 * The curve for this sensor. A lens the table does not list uses the same resolution's curve at
 * the distance where a face covers as many pixels: d × tan(hfov/2) / tan(hfov_curve/2).
 */
function curveFor(
  profile: SensorProfile,
  t: OpticsTable,
): { curve: OpticsCurve; scale: number } | null {
  const same = t.curves.filter(
    (c) =>
      c.width === profile.width &&
      c.height === profile.height &&
      c.singlePoint === profile.singlePoint,
  );
  if (same.length === 0) return null;
  const tan = (deg: number) => Math.tan((deg * Math.PI) / 360);
  let best = same[0]!;
  for (const c of same) {
    if (Math.abs(c.hfovDeg - profile.hfovDeg) < Math.abs(best.hfovDeg - profile.hfovDeg)) best = c;
  }
  return { curve: best, scale: profile.singlePoint ? 1 : tan(profile.hfovDeg) / tan(best.hfovDeg) };
}

/**
 * The loss to add back and its spread, at the kiosk's (calibrated) distance estimate (null for a
 * single-point sensor: its mark). null when the table has no curve for this sensor or the distance lies
 * outside the simulated range.
 */
export function opticsCorrection(
  profile: SensorProfile,
  distanceM: number | null,
  t: OpticsTable = OPTICS_TABLE,
): Correction | null {
  const found = curveFor(profile, t);
  if (!found) return null;
  const { points } = found.curve;
  if (profile.singlePoint || distanceM === null) {
    return points.length === 1 ? { lossC: points[0]!.lossC, spreadC: points[0]!.spreadC } : null;
  }
  const d = distanceM * found.scale;
  if (d < points[0]!.distanceM || d > points.at(-1)!.distanceM) return null;
  let i = 1;
  while (i < points.length - 1 && points[i]!.distanceM < d) i++;
  const a = points[i - 1]!;
  const b = points[i]!;
  const f = b.distanceM === a.distanceM ? 0 : (d - a.distanceM) / (b.distanceM - a.distanceM);
  return {
    lossC: a.lossC + f * (b.lossC - a.lossC),
    spreadC: a.spreadC + f * (b.spreadC - a.spreadC),
  };
}

export interface SensorCapability {
  sensor: string;
  /** Whether the table models this sensor at all. */
  modelled: boolean;
  /** Whether any distance (a single-point sensor: its mark) keeps the spread within the limit. */
  canScreen: boolean;
  /** Kiosk-estimated distances (m) at which the spread is within the limit; null: none. */
  usableM: { min: number; max: number } | null;
  /** The smallest spread across people at any distance, °C (null: not modelled). */
  bestSpreadC: number | null;
  /** Loss at the nearest usable distance, °C. */
  lossC: number | null;
}

/** What this sensor can screen: the distance range where the optics spread stays within limit. */
export function sensorCapability(
  profile: SensorProfile,
  t: OpticsTable = OPTICS_TABLE,
): SensorCapability {
  const found = curveFor(profile, t);
  const sensor = sensorKey(profile);
  if (!found)
    return {
      sensor,
      modelled: false,
      canScreen: false,
      usableM: null,
      bestSpreadC: null,
      lossC: null,
    };
  const ok = found.curve.points.filter((p) => p.spreadC <= t.maxSpreadC);
  const bestSpreadC = Math.min(...found.curve.points.map((p) => p.spreadC));
  if (ok.length === 0) {
    return { sensor, modelled: true, canScreen: false, usableM: null, bestSpreadC, lossC: null };
  }
  const toKiosk = (d: number) => Number((d / found.scale).toFixed(2));
  return {
    sensor,
    modelled: true,
    canScreen: true,
    usableM: profile.singlePoint
      ? null
      : { min: toKiosk(ok[0]!.distanceM), max: toKiosk(ok.at(-1)!.distanceM) },
    bestSpreadC,
    lossC: ok[0]!.lossC,
  };
}
