// The simulator's scene description (heads in the pixels of a reference 32×24, 55° view, the
// room, the camera's drift, the blackbody) and its physical meaning: each head is a person at a
// real distance (optics/face.ts: a typical FDA face, 150 mm wide, shifted so that its true face
// maximum is the head's canthusC plus the room's effect), the blackbody a real disc covering the
// configured region. optics/render.ts then renders it for any sensor: low-resolution sensors see
// the face maximum low, as real ones do.
import { DEFAULT_BLACKBODY } from '../electron/core/estimation/settings.js';
import { defaultPerson, shiftPerson, type SimPerson } from './optics/face.js';
import {
  blackbodyCovering,
  renderPhysical,
  type PhysicalScene,
  type PlacedPerson,
} from './optics/render.js';
import {
  FOREHEAD_ABOVE_MIDDLE_M,
  SENSOR_KINDS,
  SINGLE_POINT_MARK_M,
  type SensorKind,
} from './optics/sensor-kinds.js';

export const SCENE_WIDTH = 32;
export const SCENE_HEIGHT = 24;

export interface Head {
  /** Centre, in pixels of the reference 32×24 view from the viewer's left / the top. */
  col: number;
  row: number;
  /**
   * Half the face's width in reference pixels: ~5 at the screening distance (0.46 m), ~2.6
   * when too far (0.89 m). The face is 150 mm wide, so this sets the person's distance.
   */
  radius: number;
  /** The face's true maximum (an FDA-style close-up's T_Max) in a 24.2 °C room. */
  canthusC: number;
}

export interface SceneSpec {
  roomC: number;
  /** Added to every pixel: the camera's uncorrected drift, which the blackbody reveals. */
  driftC: number;
  /** Blackbody temperature, or null when it is out of view. */
  blackbodyC: number | null;
  heads: Head[];
  noiseC: number;
  /** Where the blackbody stands (32×24 pixels); the default installation when absent. */
  blackbodyRegion?: { col: number; row: number; width: number; height: number };
}

/** The view the heads' pixels refer to: the kiosk's default sensor, an MLX90640 at 55°×35°. */
export const REFERENCE_KIND: SensorKind = SENSOR_KINDS['mlx90640-55'];
const TAN_H = Math.tan((REFERENCE_KIND.hfovDeg * Math.PI) / 360);
const TAN_V = Math.tan((REFERENCE_KIND.vfovDeg * Math.PI) / 360);
/** The legacy heads' face width, m. */
export const HEAD_FACE_WIDTH_M = 0.15;
/** The blackbody's aperture, mm: it stands as close as it must to cover the region. */
export const BLACKBODY_APERTURE_MM = 60;
/**
 * The aperture covers the region plus this share of the lens blur's σ on every side: more would
 * spill warm partial pixels beyond the kiosk's excluded margin around the region.
 */
const BLACKBODY_MARGIN_SIGMAS = 1;

/**
 * Skin runs a little cooler in a cooler room: the face maximum moves 0.0565 °C per °C of room
 * temperature from 24.2 °C (the shipped calibration's ambient term; the FDA FLIR data's own
 * slope is 0.059, optics/fda-face-stats.json).
 */
export function roomEffectC(roomC: number): number {
  return 0.0565 * (roomC - 24.2);
}

/** The distance at which a 150 mm face spans 2 × radius pixels of the reference view. */
export function headDistanceM(radius: number): number {
  const r = Math.max(0.25, radius);
  return (HEAD_FACE_WIDTH_M * SCENE_WIDTH) / (4 * r * TAN_H);
}

let base: SimPerson | null = null;

/** The person a head stands for, where it stands. */
export function placeHead(head: Head, roomC: number): PlacedPerson {
  base ??= defaultPerson();
  const d = headDistanceM(head.radius);
  return {
    person: shiftPerson(base, head.canthusC + roomEffectC(roomC) - base.trueFaceMaxC),
    distanceM: d,
    xM: ((2 * head.col) / SCENE_WIDTH - 1) * TAN_H * d,
    yM: ((2 * head.row) / SCENE_HEIGHT - 1) * TAN_V * d,
  };
}

/**
 * The scene as physics for one sensor. The blackbody region (32×24 pixels) is taken to the
 * sensor's pixels as the kiosk does (the same share of the view), and a 60 mm disc placed to
 * cover it; a single-point sensor has no blackbody.
 */
export function physicalScene(spec: SceneSpec, kind: SensorKind): PhysicalScene {
  let blackbody: PhysicalScene['blackbody'] = null;
  if (spec.blackbodyC !== null && kind.width * kind.height > 1) {
    const bb = spec.blackbodyRegion ?? DEFAULT_BLACKBODY;
    const sx = kind.width / SCENE_WIDTH;
    const sy = kind.height / SCENE_HEIGHT;
    const region = {
      col: bb.col * sx,
      row: bb.row * sy,
      width: bb.width * sx,
      height: bb.height * sy,
    };
    const margin = BLACKBODY_MARGIN_SIGMAS * kind.blurSigmaPx;
    // The covering diameter grows in proportion to the distance: solve for the aperture.
    const atOneMetre = blackbodyCovering(kind, region, 1, margin);
    const distanceM = BLACKBODY_APERTURE_MM / atOneMetre.diameterMm;
    blackbody = { c: spec.blackbodyC, ...blackbodyCovering(kind, region, distanceM, margin) };
  }
  return {
    roomC: spec.roomC,
    driftC: spec.driftC,
    noiseC: spec.noiseC,
    people: spec.heads.map((h) =>
      kind.width * kind.height === 1 ? leanIn(placeHead(h, spec.roomC)) : placeHead(h, spec.roomC),
    ),
    blackbody,
  };
}

/**
 * A single point is leaned into, forehead first: a head at the arrays' screening distance stands
 * at the mark, a farther one proportionally farther; sideways offsets scale the same way.
 */
function leanIn(p: PlacedPerson): PlacedPerson {
  const k = SINGLE_POINT_MARK_M / headDistanceM(5);
  const scale = p.person.faceWidthMm / 150;
  return {
    ...p,
    distanceM: p.distanceM * k,
    xM: p.xM * k,
    yM: -FOREHEAD_ABOVE_MIDDLE_M * scale,
  };
}

/** The scene through the reference 32×24 sensor (°C, row-major), with drift and noise. */
export function renderScene(spec: SceneSpec, rng: () => number): Float32Array {
  return renderPhysical(physicalScene(spec, REFERENCE_KIND), REFERENCE_KIND, rng);
}
