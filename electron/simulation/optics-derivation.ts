// `kiosk calibrate optics`: derives the size-of-source correction table (optics-table.json) from
// the physical simulator. For each sensor kind, simulated people (real FDA subjects' regional
// temperatures on a drawn face, native-mocks/optics) stand at distances across the kiosk's range;
// the kiosk's own frame analyser finds the face, its maximum and its distance estimate; the loss
// is the person's true face maximum (what the FDA cameras call T_Max) − the kiosk's face maximum.
// Grouped by the kiosk's distance estimate (it is all the kiosk knows), each group gives the
// median loss and its spread across people. Deterministic: same seed, same table.
import { DEFAULT_PIPELINE_SETTINGS } from '../core/estimation/pipeline-settings.js';
import { FrameAnalyzer } from '../core/estimation/frame-analyzer.js';
import {
  sensorKey,
  type OpticsCurve,
  type OpticsPoint,
  type OpticsTable,
} from '../core/estimation/optics-correction.js';
import { samplePerson } from '../../native-mocks/optics/face.js';
import {
  renderClean,
  renderPhysical,
  type PhysicalScene,
} from '../../native-mocks/optics/render.js';
import {
  FOREHEAD_ABOVE_MIDDLE_M,
  SENSOR_KINDS,
  SINGLE_POINT_RANGE_M,
  type SensorKind,
} from '../../native-mocks/optics/sensor-kinds.js';
import { createRng, gaussian } from '../../native-mocks/prng.js';
import { profileOfKind } from './kind-profile.js';

export interface DerivationOptions {
  seed: number;
  /** Simulated people per sensor kind. */
  people: number;
  /** A distance whose loss spreads more than this across people cannot screen. */
  maxSpreadC: number;
}

export const DEFAULT_DERIVATION: DerivationOptions = { seed: 1, people: 2000, maxSpreadC: 0.3 };

/** Distances people stand at (m): arrays over the kiosk's whole range; a single point is leaned into. */
const ARRAY_RANGE_M = [0.2, 1.2] as const;
/** Frame noise while deriving (1σ, °C): the MLX90640's at 8 Hz; its upward bias on the maximum is real. */
const NOISE_C = 0.1;
/** Groups with fewer readings than this are too thin to trust. */
const MIN_GROUP = 25;
/** About this many distance groups per array. */
const GROUPS = 16;

interface Sample {
  /** The kiosk's raw estimate from the face's width (null: a single point cannot tell). */
  rawDistanceM: number | null;
  distanceM: number;
  lossC: number;
}

/** One simulated reading per person: the kiosk's face maximum and distance estimate. */
function sampleKind(kind: SensorKind, o: DerivationOptions): Sample[] {
  const profile = profileOfKind(kind);
  const rng = createRng(o.seed ^ hash(kind.id));
  const noise = createRng(o.seed ^ hash(kind.id) ^ 0x9e37);
  const settings = { ...DEFAULT_PIPELINE_SETTINGS, blackbody: null };
  const samples: Sample[] = [];
  for (let i = 0; i < o.people; i++) {
    const roomC = 18.5 + 5.5 * rng();
    const person = samplePerson(rng, { roomC });
    const [lo, hi] = profile.singlePoint ? SINGLE_POINT_RANGE_M : ARRAY_RANGE_M;
    const distanceM = lo + (hi - lo) * rng();
    const scale = person.faceWidthMm / 150;
    // Arrays: the face near the middle of the view, anywhere within a pixel (sampling phase).
    // A single point: aimed at the forehead's centre (55 mm above the face's middle).
    const pixelM = (2 * distanceM * Math.tan((kind.hfovDeg * Math.PI) / 360)) / kind.width;
    const jitter = profile.singlePoint ? 0.005 : pixelM;
    const xM = jitter * (rng() - 0.5);
    const yM =
      (profile.singlePoint ? -FOREHEAD_ABOVE_MIDDLE_M * scale : 0) + jitter * (rng() - 0.5);
    const empty: PhysicalScene = { roomC, driftC: 0, noiseC: NOISE_C, people: [], blackbody: null };
    // A fresh analyser per person: it learns the room from a few empty frames first.
    const analyzer = new FrameAnalyzer(settings, profile);
    const room = renderClean(empty, kind);
    const frame0 = new Float32Array(room.length);
    for (let f = 0; f < 10; f++) {
      for (let k = 0; k < room.length; k++) frame0[k] = room[k]! + NOISE_C * gaussian(noise);
      analyzer.analyse(frame0, null);
    }
    const frame = renderPhysical(
      { ...empty, people: [{ person, distanceM, xM, yM }] },
      kind,
      noise,
    );
    const a = analyzer.analyse(frame, null);
    if (a.presence !== 'one' || !a.face) continue;
    samples.push({
      rawDistanceM: analyzer.rawDistanceM,
      distanceM,
      lossC: person.trueFaceMaxC - a.face.maxC,
    });
  }
  return samples;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 ? sorted[n >> 1]! : (sorted[(n >> 1) - 1]! + sorted[n >> 1]!) / 2;
}

function pointOf(group: readonly Sample[]): OpticsPoint {
  const losses = group.map((s) => s.lossC);
  const n = losses.length;
  const mean = losses.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(losses.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  const raw = group.map((s) => s.rawDistanceM).filter((d): d is number => d !== null);
  return {
    rawDistanceM: raw.length ? round(median(raw), 3) : null,
    distanceM: round(median(group.map((s) => s.distanceM)), 3),
    lossC: round(median(losses), 3),
    spreadC: round(sd, 3),
    n,
  };
}

/**
 * Consecutive groups of at least `size` readings in order of the raw estimate, cut only where
 * the estimate changes (it takes a few discrete values: one per face width in pixels).
 */
function groupsByEstimate(samples: Sample[], size: number): Sample[][] {
  const sorted = [...samples].sort((a, b) => a.rawDistanceM! - b.rawDistanceM!);
  const groups: Sample[][] = [];
  let current: Sample[] = [];
  for (const s of sorted) {
    if (current.length >= size && s.rawDistanceM !== current.at(-1)!.rawDistanceM) {
      groups.push(current);
      current = [];
    }
    current.push(s);
  }
  if (current.length >= MIN_GROUP) groups.push(current);
  else if (groups.length > 0) groups.at(-1)!.push(...current);
  return groups;
}

/**
 * The points up to where the true distance stops growing with the estimate: beyond, a face is
 * so small that its width no longer tells how far it is, and the kiosk must not read there.
 */
function increasing(points: OpticsPoint[]): OpticsPoint[] {
  const end = points.findIndex((p, i) => i > 0 && p.distanceM <= points[i - 1]!.distanceM);
  return end < 0 ? points : points.slice(0, end);
}

/** The curve of one sensor kind: one point per distance estimate the kiosk can make. */
export function deriveCurve(kind: SensorKind, o: DerivationOptions): OpticsCurve {
  const profile = profileOfKind(kind);
  const samples = sampleKind(kind, o);
  const points = profile.singlePoint
    ? [pointOf(samples)]
    : increasing(
        groupsByEstimate(samples, Math.max(MIN_GROUP, Math.round(samples.length / GROUPS))).map(
          pointOf,
        ),
      );
  return {
    sensor: sensorKey(profile),
    label: kind.label,
    width: kind.width,
    height: kind.height,
    hfovDeg: kind.hfovDeg,
    singlePoint: profile.singlePoint,
    points,
  };
}

export function deriveOpticsTable(o: DerivationOptions = DEFAULT_DERIVATION): OpticsTable {
  return {
    source: `Written by \`npm run -s kiosk -- calibrate optics --seed ${o.seed} --people ${o.people} --out electron/core/estimation/optics-table.json\`: the physical simulator (native-mocks/optics: real FDA subjects' regional temperatures on a drawn face, radiance integrated over each pixel's footprint through a Gaussian lens blur) read by the kiosk's own frame analyser; ${o.people} people per sensor in rooms of 18.5–24 °C, arrays at 0.2–1.2 m, a single point at 2–5 cm from the forehead, noise ${NOISE_C} °C. Do not edit by hand: rerun the command.`,
    version: 1,
    maxSpreadC: o.maxSpreadC,
    curves: Object.values(SENSOR_KINDS).map((kind) => deriveCurve(kind, o)),
  };
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function round(x: number, digits: number): number {
  return Number(x.toFixed(digits)) + 0;
}
