// Turns people into a frame-by-frame timeline: empty room, step in, hold still, leave.
import { createRng } from './prng.js';
import type { PersonPlan } from './people.js';
import { renderScene, type Head, type SceneSpec } from './scene.js';

export interface RoomConditions {
  roomC: number;
  driftC: number;
  blackbodyC: number | null;
}

export function roomForSeed(seed: number): RoomConditions {
  const rng = createRng(seed ^ 0x5eed);
  return { roomC: 21 + 2 * rng(), driftC: -0.4 + 0.8 * rng(), blackbodyC: 35 };
}

const EMPTY_FRAMES = 10;
/** Frames of stepping in before a person holds still. */
export const STEP_FRAMES = 4;
const HOLD_FRAMES = 24;
const CLOSE_RADIUS = 5;
/** Sideways step per frame while stepping in, reference pixels (~13 mm at 0.46 m). */
const SIDE_STEP_PX = 0.8;
const FAR_RADIUS = 2.6;

/** The head positions, frame by frame, for one person's pass in front of the sensor. */
export function personTimeline(plan: PersonPlan, rng: () => number): Head[][] {
  const frames: Head[][] = [];
  const jitter = (): number => 0.3 * (rng() - 0.5);
  const target = plan.kind === 'far' ? FAR_RADIUS : plan.kind === 'pair' ? 4.5 : CLOSE_RADIUS;
  const centres = plan.kind === 'pair' ? [9, 23] : [16];
  const head = (col: number, radius: number, canthusC: number): Head => ({
    col,
    row: 9 + (CLOSE_RADIUS - radius),
    radius,
    canthusC,
  });
  // People step in from a little to the side: the last steps, already at a usable distance,
  // still move (the screen says "hold still" until they settle).
  for (let f = 1; f <= STEP_FRAMES; f++) {
    const r = 2 + ((target - 2) * f) / STEP_FRAMES;
    const side = SIDE_STEP_PX * (STEP_FRAMES - f);
    frames.push(centres.map((c) => head(c + side + jitter(), r, plan.canthusC)));
  }
  for (let f = 0; f < HOLD_FRAMES; f++) {
    frames.push(
      centres.map((c) =>
        head(c + jitter(), target + jitter(), plan.canthusC + 0.1 * (rng() - 0.5)),
      ),
    );
  }
  for (let f = 1; f <= STEP_FRAMES; f++) {
    const r = target - ((target - 2) * f) / STEP_FRAMES;
    frames.push(centres.map((c) => head(c + 4 * f, r, plan.canthusC)));
  }
  for (let f = 0; f < EMPTY_FRAMES; f++) frames.push([]);
  return frames;
}

/** Every frame of a walk-through, as scene specs ready to render. */
export function* walkthroughScenes(
  plans: readonly PersonPlan[],
  room: RoomConditions,
  seed: number,
): Generator<SceneSpec> {
  const rng = createRng(seed);
  const empty = (): SceneSpec => ({ ...room, heads: [], noiseC: 0.08 });
  for (let f = 0; f < EMPTY_FRAMES; f++) yield empty();
  for (const plan of plans) {
    for (const heads of personTimeline(plan, rng)) yield { ...room, heads, noiseC: 0.08 };
  }
}

/** Nobody there: the room and the blackbody, for ever. */
export function* emptyRoomScenes(room: RoomConditions): Generator<SceneSpec> {
  for (;;) yield { ...room, heads: [], noiseC: 0.08 };
}

/** One person standing still at the screening distance, for ever (diagnostics). */
export function* standingPersonScenes(
  room: RoomConditions,
  plan: PersonPlan,
  seed: number,
): Generator<SceneSpec> {
  const rng = createRng(seed);
  for (;;) {
    const head: Head = {
      col: 16 + 0.3 * (rng() - 0.5),
      row: 9,
      radius: CLOSE_RADIUS,
      canthusC: plan.canthusC,
    };
    yield { ...room, heads: [head], noiseC: 0.08 };
  }
}

export { renderScene };
