// The frames the latency bench writes on the serial line, and the screen each one should leave
// the kiosk on: people walk up one after another (some febrile, some asked to retry), each leaving
// soon after their verdict. The screens are predicted by running the kiosk's own decoder and
// engine (shipped settings, the staff's defaults) on the same bytes, so the bench knows which
// frame causes each screen change before it writes it.
import { DEFAULT_SETTINGS } from '../../electron/contract/settings.js';
import { defaultEngineSettings } from '../../electron/core/estimation/engine-settings.js';
import { Estimator } from '../../electron/core/estimation/estimator.js';
import type { ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import { PROTOCOLS } from '../../electron/core/sensor/protocols/index.js';
import { applyKioskSettings } from '../../electron/core/settings/engine-from-settings.js';
import { SIMULATED } from '../../native-mocks/encoders/index.js';
import { planCrowd } from '../../native-mocks/people.js';
import { createRng } from '../../native-mocks/prng.js';
import type { SceneSpec } from '../../native-mocks/scene.js';
import { renderSensorImage } from '../../native-mocks/sensor-image.js';
import { personTimeline, roomForSeed, STEP_FRAMES } from '../../native-mocks/walkthrough.js';

/** The demo's sensor: a GY-MCU90640 (32×24, binary frames), the one whose real pace is 8 Hz. */
export const PROTOCOL: ProtocolId = 'gy-mcu90640';
export const FRAME_MS = 125;

/** personTimeline's parts: stepping in, holding still, leaving (each STEP_FRAMES), then empty. */
const HOLD_FRAMES = 24;
/** Frames a person stays after their verdict before turning to leave. */
const STAY_AFTER_VERDICT = 2;
/** Empty frames after each person: 4 end the visit (clearFrames), 2 more keep idle visible. */
const EMPTY_AFTER = 6;
/** Empty room after the last person, so the link never stalls between this run and the next. */
const EMPTY_AT_END = 8;

export interface ScriptFrame {
  bytes: Buffer;
  /** The screen the kiosk shows after this frame, predicted. */
  screen: string;
  /** Whether this frame changes the screen (the prediction). */
  changes: boolean;
  /** False for the warm-up person's frames: the kiosk has seen more empty frames than the
   * prediction (it opened the port earlier), which can move that first verdict by a few frames. */
  measured: boolean;
}

export interface LatencyScript {
  /** Empty room, to write until the page shows idle and the kiosk's background has settled. */
  warmup: Buffer[];
  frames: ScriptFrame[];
  people: number;
}

export function latencyScript(people: number, warmupFrames: number, seed = 1): LatencyScript {
  const room = roomForSeed(seed);
  const renderRng = createRng(seed + 1);
  const timelineRng = createRng(seed + 2);
  const encode = (spec: SceneSpec): Buffer =>
    Buffer.from(SIMULATED[PROTOCOL].encode(renderSensorImage(spec, renderRng, PROTOCOL)));
  const empty: SceneSpec = { ...room, heads: [], noiseC: 0.08 };
  const predict = predictor();

  const warmup = Array.from({ length: warmupFrames }, () => encode(empty));
  let shown = 'idle';
  for (const bytes of warmup) shown = predict(bytes) ?? shown;

  const frames: ScriptFrame[] = [];
  let measured = false;
  const write = (spec: SceneSpec): string => {
    const bytes = encode(spec);
    const screen = predict(bytes) ?? shown;
    frames.push({ bytes, screen, changes: screen !== shown, measured });
    shown = screen;
    return screen;
  };
  // One more person first, unmeasured: after them the kiosk and the prediction agree.
  const plans = planCrowd({ people: people + 1, feverRate: 0.25, retryRate: 0.1, seed });
  for (const [i, plan] of plans.entries()) {
    measured = i > 0;
    const timeline = personTimeline(plan, timelineRng);
    let stay = -1;
    for (const heads of timeline.slice(0, STEP_FRAMES + HOLD_FRAMES)) {
      const screen = write({ ...room, heads, noiseC: 0.08 });
      if (stay < 0 && screen !== 'measuring' && screen !== 'idle') stay = STAY_AFTER_VERDICT;
      if (stay >= 0 && stay-- === 0) break;
    }
    const leaving = timeline.slice(STEP_FRAMES + HOLD_FRAMES, 2 * STEP_FRAMES + HOLD_FRAMES);
    for (const heads of leaving) write({ ...room, heads, noiseC: 0.08 });
    for (let i = 0; i < EMPTY_AFTER; i++) write(empty);
  }
  for (let i = 0; i < EMPTY_AT_END; i++) write(empty);
  return { warmup, frames, people };
}

/** Empty-room frames for the idle run (a fresh noise draw each, as the sensor gives). */
export function emptyRoomFrames(count: number, seed = 1): Buffer[] {
  const room = roomForSeed(seed);
  const rng = createRng(seed + 3);
  const empty: SceneSpec = { ...room, heads: [], noiseC: 0.08 };
  return Array.from({ length: count }, () =>
    Buffer.from(SIMULATED[PROTOCOL].encode(renderSensorImage(empty, rng, PROTOCOL))),
  );
}

/** The kiosk's decoder and engine as a fresh `start` runs them: bytes in, the screen out (null
 * when the bytes held no complete frame). Frame times are the 8 Hz pace. */
function predictor(): (bytes: Buffer) => string | null {
  const decoder = PROTOCOLS[PROTOCOL].createDecoder();
  const today = new Date().toISOString().slice(0, 10);
  const estimator = new Estimator(
    applyKioskSettings(defaultEngineSettings(today), DEFAULT_SETTINGS),
  );
  let at = 0;
  return (bytes) => {
    let screen: string | null = null;
    at += FRAME_MS;
    for (const frame of decoder.push(bytes, at)) {
      const step = estimator.process(
        frame.seq,
        frame.width,
        frame.height,
        frame.pixels,
        frame.ambient,
        at,
      );
      screen = step.state.screen;
    }
    return screen;
  };
}
