// Synthetic 32x24 thermal scenes: a room, the reference blackbody, and zero or more heads.
import { DEFAULT_BLACKBODY } from '../electron/core/estimation/settings.js';
import { gaussian } from './prng.js';

export const SCENE_WIDTH = 32;
export const SCENE_HEIGHT = 24;

export interface Head {
  /** Centre, in pixels from the viewer's left / the top. */
  col: number;
  row: number;
  /** Horizontal radius in pixels: ~5 at the screening distance, ~2.5 when too far. */
  radius: number;
  /** Skin temperature at the inner canthus, the face's hottest point. */
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

export function renderScene(spec: SceneSpec, rng: () => number): Float32Array {
  const px = new Float32Array(SCENE_WIDTH * SCENE_HEIGHT);
  for (let row = 0; row < SCENE_HEIGHT; row++) {
    for (let col = 0; col < SCENE_WIDTH; col++) {
      // A faint vertical gradient: ceilings are warmer than floors.
      px[row * SCENE_WIDTH + col] = spec.roomC + 0.6 * (1 - row / SCENE_HEIGHT);
    }
  }
  for (const head of spec.heads)
    paintPerson(px, { ...head, canthusC: head.canthusC + roomEffectC(spec.roomC) }, spec.roomC);
  if (spec.blackbodyC !== null) {
    const bb = spec.blackbodyRegion ?? DEFAULT_BLACKBODY;
    for (let row = bb.row; row < bb.row + bb.height; row++) {
      for (let col = bb.col; col < bb.col + bb.width; col++)
        px[row * SCENE_WIDTH + col] = spec.blackbodyC;
    }
  }
  for (let i = 0; i < px.length; i++) px[i] = px[i]! + spec.driftC + spec.noiseC * gaussian(rng);
  return px;
}

/**
 * Skin runs a little cooler in a cooler room: −0.0565 °C of face maximum per °C below 24.2 °C
 * reversed, i.e. the ambient slope the FDA data show (see the shipped calibration).
 */
export function roomEffectC(roomC: number): number {
  return 0.0565 * (roomC - 24.2);
}

function paintPerson(px: Float32Array, head: Head, roomC: number): void {
  const rx = head.radius;
  const ry = head.radius * 1.25;
  for (let row = 0; row < SCENE_HEIGHT; row++) {
    for (let col = 0; col < SCENE_WIDTH; col++) {
      const dx = (col + 0.5 - head.col) / rx;
      const dy = (row + 0.5 - head.row) / ry;
      const i = row * SCENE_WIDTH + col;
      if (dx * dx + dy * dy <= 1) {
        // Hair on top is cooler; cheeks and forehead sit 1-1.5 °C below the canthus.
        px[i] = dy < -0.6 ? roomC + 5 : head.canthusC - 1.2 - 0.4 * Math.abs(dx);
      } else if (dy > 1 && Math.abs(dx) < 1.6) {
        px[i] = roomC + 1.5; // clothed shoulders: barely warmer than the room
      }
    }
  }
  // The two inner canthi, just above the centre on either side of the nose.
  const eyeRow = Math.floor(head.row - 0.15 * ry);
  for (const side of [-1, 1]) {
    const col = Math.floor(head.col + side * 0.3 * rx);
    if (eyeRow >= 0 && eyeRow < SCENE_HEIGHT && col >= 0 && col < SCENE_WIDTH) {
      px[eyeRow * SCENE_WIDTH + col] = head.canthusC;
    }
  }
}
