// The kiosk that `kiosk eval sim`'s accuracy part walks simulated people up to: the real engine
// (Estimator) fed by the physical simulator (native-mocks/optics), one person at a time, with the
// room, the camera's drift and a blackbody in view where the sensor can resolve one.
import { defaultEngineSettings, type EngineSettings } from '../core/estimation/engine-settings.js';
import { Estimator, REFERENCE_VIEW } from '../core/estimation/estimator.js';
import { scaleBlackbody, sensorDefaultsFor } from '../core/estimation/pipeline-settings.js';
import { DEFAULT_BLACKBODY } from '../core/estimation/settings.js';
import type { SiteCalibration } from '../core/estimation/site-calibration.js';
import { samplePerson, type SimPerson } from '../../native-mocks/optics/face.js';
import {
  blackbodyCovering,
  renderClean,
  renderPhysical,
  type PhysicalScene,
} from '../../native-mocks/optics/render.js';
import {
  FOREHEAD_ABOVE_MIDDLE_M,
  type SensorKind,
} from '../../native-mocks/optics/sensor-kinds.js';
import { gaussian } from '../../native-mocks/prng.js';
import { profileOfKind } from './kind-profile.js';

export const EVAL_RATE_HZ = 8;
const BLACKBODY_DISTANCE_M = 0.6;

export interface Visit {
  person: SimPerson;
  distanceM: number;
}

export interface Outcome {
  outcome: 'pass' | 'refer' | 'retry' | 'none';
  /** Why a retry (too-far, uncertain, …). */
  reason: string | null;
  estimateC: number | null;
  faceC: number | null;
  distanceM: number | null;
}

/** One kiosk (engine and room) that people walk up to, one at a time. */
export class SimulatedKiosk {
  private readonly estimator: Estimator;
  private readonly blackbody: PhysicalScene['blackbody'];
  private seq = 0;

  constructor(
    private readonly kind: SensorKind,
    site: SiteCalibration | null,
    private readonly noise: () => number,
  ) {
    const base = defaultEngineSettings('2026-11-30');
    // Staff set the lens's field of view (`--fov`) when it is not the resolution's default.
    const settings: EngineSettings = { ...base, site, profile: { hfovDeg: kind.hfovDeg } };
    this.estimator = new Estimator(settings);
    const profile = profileOfKind(kind);
    const region = profile.singlePoint
      ? null
      : scaleBlackbody(DEFAULT_BLACKBODY, REFERENCE_VIEW, profile);
    this.blackbody = region
      ? { c: region.temperatureC, ...blackbodyCovering(kind, region, BLACKBODY_DISTANCE_M) }
      : null;
  }

  visit(v: Visit, rng: () => number): Outcome {
    const roomC = 18.5 + 5.5 * rng();
    // The camera drifts between visits; only a blackbody in view can correct that.
    const driftC = this.blackbody ? -0.5 + rng() : 0;
    const noiseC = 0.06 + 0.08 * rng();
    const scene: PhysicalScene = { roomC, driftC, noiseC, people: [], blackbody: this.blackbody };
    const ambient = roomC - sensorDefaultsFor(this.kind.width, this.kind.height).dieOffsetC;
    const room = renderClean(scene, this.kind);
    const empty = (): Float32Array => {
      const px = new Float32Array(room.length);
      for (let i = 0; i < px.length; i++) px[i] = room[i]! + driftC + noiseC * gaussian(this.noise);
      return px;
    };
    const feed = (px: Float32Array) =>
      this.estimator.process(
        this.seq,
        this.kind.width,
        this.kind.height,
        px,
        ambient,
        (this.seq++ * 1000) / EVAL_RATE_HZ,
      );
    for (let f = 0; f < 8; f++) feed(empty());
    const single = this.kind.width * this.kind.height === 1;
    const aimY = single ? -FOREHEAD_ABOVE_MIDDLE_M * (v.person.faceWidthMm / 150) : 0;
    let result: Outcome = {
      outcome: 'none',
      reason: null,
      estimateC: null,
      faceC: null,
      distanceM: null,
    };
    const frames = 3 + 40;
    for (let f = 0; f < frames && result.outcome === 'none'; f++) {
      // Three frames of stepping in, then holding still (a few millimetres of sway).
      const d = f < 3 ? v.distanceM * (1 + (3 - f) * 0.25) : v.distanceM;
      const sway = single ? 0.002 : 0.004;
      const people = [
        {
          person: v.person,
          distanceM: d,
          xM: sway * (rng() - 0.5),
          yM: aimY + sway * (rng() - 0.5),
        },
      ];
      const step = feed(renderPhysical({ ...scene, people }, this.kind, this.noise));
      if (!step.verdict) continue;
      result = {
        outcome: step.verdict.outcome,
        reason: step.verdict.outcome === 'retry' ? step.verdict.reason : null,
        estimateC: step.reading?.estimateC ?? null,
        faceC: step.reading?.faceC ?? null,
        distanceM: step.reading?.distanceM ?? null,
      };
    }
    for (let f = 0; f < 8; f++) feed(empty());
    return result;
  }
}

export function normalPerson(rng: () => number): SimPerson {
  for (;;) {
    const p = samplePerson(rng);
    if (p.bodyC <= 37.2) return p;
  }
}

export function febrilePerson(rng: () => number): SimPerson {
  return samplePerson(rng, { bodyC: 38 + 1.5 * rng() });
}
