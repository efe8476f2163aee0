// `kiosk eval sim`: scripted scenes with known ground truth through the full per-frame pipeline
// and session, at 8×8, 32×24 and 80×62: accuracy, decisions, retries, latency, and how fast
// screening pauses when the blackbody goes.
import { defaultEngineSettings, type EngineSettings } from '../core/estimation/engine-settings.js';
import { Estimator } from '../core/estimation/estimator.js';
import type { ProtocolId } from '../core/sensor/protocol-ids.js';
import { planPerson, type PersonKind, type PersonPlan } from '../../native-mocks/people.js';
import { createRng } from '../../native-mocks/prng.js';
import type { SceneSpec } from '../../native-mocks/scene.js';
import { renderSensorImage } from '../../native-mocks/sensor-image.js';
import { personTimeline, STEP_FRAMES } from '../../native-mocks/walkthrough.js';

export const EVAL_RATE_HZ = 8;

export interface SimEvalOptions {
  protocol: ProtocolId;
  seed: number;
  /** Compliant people (normal and febrile); non-compliant ones come on top. */
  people: number;
  feverShare: number;
  /** Override the engine's good frames per reading (the accuracy/latency sweep). */
  readingFrames?: number;
}

export interface SimEvalResult {
  resolution: string;
  compliant: number;
  mae: number;
  bias: number;
  sensitivity: number;
  /** Share of febrile people who got a pass (target ≤ 0.05). */
  febrilePassed: number;
  specificity: number;
  /** Share of compliant people who got a retry instead of a verdict (target ≤ 0.10). */
  compliantRetryRate: number;
  /** Seconds from holding still to the verdict, at 8 Hz: median and worst. */
  verdictSeconds: { median: number; max: number };
  /** Share of two-people visits answered with "one person at a time". */
  twoPeopleRetry: number;
  /** Share of too-far visits answered with "step closer". */
  tooFarRetry: number;
  /** Share of just-came-in-from-the-cold visits answered with "please wait". */
  coldRetry: number;
  /** Seconds from the blackbody leaving the view to `paused`, at 8 Hz (null: no blackbody possible). */
  pauseSeconds: number | null;
  /** What compliant people got, by outcome (and retry reason). */
  compliantOutcomes: Record<string, number>;
}

/** An 8×8 array cannot resolve a 3×3 source at 32×24 scale: its blackbody must fill a pixel. */
const BIG_BLACKBODY = { col: 28, row: 0, width: 4, height: 4 };

export function evaluateSimulated(options: SimEvalOptions): SimEvalResult {
  const rng = createRng(options.seed);
  const lowRes = options.protocol === 'adafruit-amg88xx';
  const base = defaultEngineSettings('2026-11-23');
  const settings: EngineSettings = {
    ...base,
    pipeline: lowRes
      ? { ...base.pipeline, blackbody: { ...base.pipeline.blackbody!, ...BIG_BLACKBODY } }
      : base.pipeline,
    reading: options.readingFrames
      ? { ...base.reading, frames: options.readingFrames }
      : base.reading,
  };
  const estimator = new Estimator(settings);
  const noise = createRng(options.seed ^ 0x9e37);
  let seq = 0;
  const feed = (spec: SceneSpec) => {
    const image = renderSensorImage(spec, noise, options.protocol);
    return estimator.process(
      seq,
      image.width,
      image.height,
      image.pixels,
      image.ambientC,
      (seq++ * 1000) / EVAL_RATE_HZ,
    );
  };

  type Visit = {
    plan: PersonPlan;
    outcome: string | null;
    estimateC: number | null;
    framesToVerdict: number | null;
  };
  const visits: Visit[] = [];
  const kinds: PersonKind[] = [];
  for (let i = 0; i < options.people; i++)
    kinds.push(rng() < options.feverShare ? 'fever' : 'normal');
  const extra = Math.max(5, Math.round(options.people / 10));
  for (const kind of ['far', 'pair', 'cold'] as const)
    for (let i = 0; i < extra; i++) kinds.push(kind);
  shuffle(kinds, rng);

  for (const kind of kinds) {
    // Conditions change between visitors: the room (18.5–24 °C), the camera's drift, the noise.
    const room = { roomC: 18.5 + 5.5 * rng(), driftC: -0.5 + rng(), blackbodyC: 35 };
    const noiseC = 0.06 + 0.08 * rng();
    const scene = (heads: SceneSpec['heads']): SceneSpec => ({
      ...room,
      heads,
      noiseC,
      ...(lowRes ? { blackbodyRegion: BIG_BLACKBODY } : {}),
    });
    const plan = planPerson(kind, rng);
    for (let f = 0; f < 12; f++) feed(scene([]));
    const visit: Visit = { plan, outcome: null, estimateC: null, framesToVerdict: null };
    personTimeline(plan, rng).forEach((heads, f) => {
      const step = feed(scene(heads));
      if (!step.verdict || visit.outcome !== null) return;
      visit.outcome =
        step.verdict.outcome === 'retry' ? `retry:${step.verdict.reason}` : step.verdict.outcome;
      visit.estimateC = step.reading?.estimateC ?? null;
      visit.framesToVerdict = f - STEP_FRAMES + 1;
    });
    visits.push(visit);
  }

  // The blackbody is taken away from an empty, settled room.
  const room = { roomC: 22, driftC: 0, blackbodyC: 35 };
  const empty = (blackbodyC: number | null): SceneSpec => ({
    ...room,
    blackbodyC,
    heads: [],
    noiseC: 0.08,
    ...(lowRes ? { blackbodyRegion: BIG_BLACKBODY } : {}),
  });
  for (let f = 0; f < 30; f++) feed(empty(35));
  let pauseFrames = 0;
  while (feed(empty(null)).state.screen !== 'paused' && pauseFrames < 80) pauseFrames++;

  const compliant = visits.filter((v) => v.plan.kind === 'normal' || v.plan.kind === 'fever');
  const decided = compliant.filter((v) => v.outcome === 'pass' || v.outcome === 'refer');
  const errors = decided.map((v) => v.estimateC! - v.plan.bodyC);
  const febrile = compliant.filter((v) => v.plan.kind === 'fever');
  const normal = compliant.filter((v) => v.plan.kind === 'normal');
  const share = (xs: Visit[], outcome: string): number =>
    xs.length ? xs.filter((v) => v.outcome === outcome).length / xs.length : 0;
  const latencies = decided.map((v) => v.framesToVerdict! / EVAL_RATE_HZ).sort((a, b) => a - b);
  return {
    resolution: resolutionOf(options.protocol),
    compliant: compliant.length,
    mae: mean(errors.map(Math.abs)),
    bias: mean(errors),
    sensitivity: share(febrile, 'refer'),
    febrilePassed: share(febrile, 'pass'),
    specificity: share(normal, 'pass'),
    compliantRetryRate:
      compliant.filter((v) => v.outcome?.startsWith('retry')).length / compliant.length,
    verdictSeconds: {
      median: latencies[latencies.length >> 1] ?? NaN,
      max: latencies.at(-1) ?? NaN,
    },
    twoPeopleRetry: share(
      visits.filter((v) => v.plan.kind === 'pair'),
      'retry:one-person',
    ),
    tooFarRetry: share(
      visits.filter((v) => v.plan.kind === 'far'),
      'retry:too-far',
    ),
    coldRetry: share(
      visits.filter((v) => v.plan.kind === 'cold'),
      'retry:too-cold',
    ),
    pauseSeconds: options.protocol === 'gy-mcu90614' ? null : (pauseFrames + 1) / EVAL_RATE_HZ,
    compliantOutcomes: compliant.reduce<Record<string, number>>((counts, v) => {
      const key = v.outcome ?? 'none';
      counts[key] = (counts[key] ?? 0) + 1;
      return counts;
    }, {}),
  };
}

function resolutionOf(protocol: ProtocolId): string {
  if (protocol === 'adafruit-amg88xx') return '8×8';
  if (protocol === 'mi48') return '80×62';
  return protocol === 'gy-mcu90614' ? '1×1' : '32×24';
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN;
}

function shuffle<T>(xs: T[], rng: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
}
