// `kiosk eval sim`'s accuracy part: the kiosk's engine on the physical simulator, per sensor and
// distance band, before and after a simulated site calibration with volunteers. Every person is a
// real FDA subject's face temperatures (their own oral temperature for normal people; shifted to a
// fever by the data's own slope for febrile ones) drawn onto a face and seen through the sensor's
// optics (native-mocks/optics): nothing here tells the engine where a canthus is.
import { sensorCapability, type SensorCapability } from '../core/estimation/optics-correction.js';
import {
  fitSiteCalibration,
  type SiteCalibration,
  type VolunteerPair,
} from '../core/estimation/site-calibration.js';
import {
  SENSOR_KINDS,
  SINGLE_POINT_RANGE_M,
  type SensorKind,
  type SensorKindId,
} from '../../native-mocks/optics/sensor-kinds.js';
import { createRng, gaussian } from '../../native-mocks/prng.js';
import { febrilePerson, normalPerson, SimulatedKiosk, type Outcome } from './accuracy-kiosk.js';
import { profileOfKind } from './kind-profile.js';

export type { SensorKindId };
/** Every simulated sensor kind, in the order they are reported. */
export const SENSOR_KIND_IDS = Object.keys(SENSOR_KINDS) as SensorKindId[];

/** Where the targets apply (32×24, m). */
export const TARGET_BAND: readonly [number, number] = [0.35, 0.6];
const ARRAY_BANDS: readonly (readonly [number, number])[] = [
  [0.25, 0.35],
  TARGET_BAND,
  [0.6, 0.8],
  [0.8, 1.0],
];
/** A clinical thermometer's own error (1σ, °C): good oral thermometers are within ±0.1–0.2 °C. */
const THERMOMETER_SD_C = 0.1;
const THRESHOLD_C = 37.5;

export interface AccuracyOptions {
  seed: number;
  /** Compliant people per sensor and distance band. */
  peoplePerBand: number;
  kinds: readonly SensorKindId[];
  /** Distance bands (m) for arrays; a single point is always leaned into (2–5 cm). */
  bands?: readonly (readonly [number, number])[];
  volunteers: number;
  feverShare: number;
}

export interface BandFigures {
  fromM: number;
  toM: number;
  people: number;
  /** Of the compliant people who got pass or refer: mean |estimate − body|, and the mean error. */
  mae: number | null;
  bias: number | null;
  /** Febrile (body ≥ 38.0 °C) referred; normal (≤ 37.0 °C) passed; any compliant person retried. */
  febrileReferred: number | null;
  /** Febrile people who got a pass: the miss that matters (the rest of the unreferred retried). */
  febrilePassed: number | null;
  normalPassed: number | null;
  retries: number;
  /** Compliant people's retries by reason (share of all in the band). */
  retryReasons: Record<string, number>;
}

export interface KindAccuracy {
  kind: SensorKindId;
  label: string;
  capability: SensorCapability;
  before: BandFigures[];
  /** null when the simulated site calibration did not pass its checks (see `siteProblems`). */
  after: BandFigures[] | null;
  site: SiteCalibration | null;
  siteProblems: string[];
}

function bandsOf(kind: SensorKind, o: AccuracyOptions): (readonly [number, number])[] {
  return kind.width * kind.height === 1 ? [SINGLE_POINT_RANGE_M] : [...(o.bands ?? ARRAY_BANDS)];
}

function scoreBand(
  kind: SensorKind,
  site: SiteCalibration | null,
  band: readonly [number, number],
  o: AccuracyOptions,
  seed: number,
): BandFigures {
  const rng = createRng(seed);
  const kiosk = new SimulatedKiosk(kind, site, createRng(seed ^ 0x9e37));
  const results: { body: number; r: Outcome }[] = [];
  for (let i = 0; i < o.peoplePerBand; i++) {
    const person = rng() < o.feverShare ? febrilePerson(rng) : normalPerson(rng);
    const distanceM = band[0] + (band[1] - band[0]) * rng();
    results.push({ body: person.bodyC, r: kiosk.visit({ person, distanceM }, rng) });
  }
  const decided = results.filter((x) => x.r.outcome === 'pass' || x.r.outcome === 'refer');
  const errors = decided.map((x) => x.r.estimateC! - x.body);
  const share = (xs: typeof results, outcome: string) =>
    xs.length ? xs.filter((x) => x.r.outcome === outcome).length / xs.length : null;
  return {
    fromM: band[0],
    toM: band[1],
    people: results.length,
    mae: errors.length ? mean(errors.map(Math.abs)) : null,
    bias: errors.length ? mean(errors) : null,
    febrileReferred: share(
      results.filter((x) => x.body >= 38),
      'refer',
    ),
    febrilePassed: share(
      results.filter((x) => x.body >= 38),
      'pass',
    ),
    normalPassed: share(
      results.filter((x) => x.body <= 37),
      'pass',
    ),
    retries:
      results.filter((x) => x.r.outcome === 'retry' || x.r.outcome === 'none').length /
      results.length,
    retryReasons: results.reduce<Record<string, number>>((counts, x) => {
      if (x.r.outcome === 'pass' || x.r.outcome === 'refer') return counts;
      const key = x.r.reason ?? 'none';
      counts[key] = (counts[key] ?? 0) + 1 / results.length;
      return counts;
    }, {}),
  };
}

/** Staff read `n` volunteers at the install distance: each read by the kiosk, then a thermometer. */
function simulatedSiteCalibration(
  kind: SensorKind,
  o: AccuracyOptions,
  seed: number,
): { site: SiteCalibration | null; problems: string[] } {
  const rng = createRng(seed);
  const kiosk = new SimulatedKiosk(kind, null, createRng(seed ^ 0x51e));
  // Volunteers stand where this sensor can screen: the install band, within its usable range.
  const usable = sensorCapability(profileOfKind(kind)).usableM ?? { min: 0, max: Infinity };
  const hi = Math.min(TARGET_BAND[1], usable.max);
  const band: readonly [number, number] =
    kind.width * kind.height === 1
      ? SINGLE_POINT_RANGE_M
      : [Math.max(usable.min, Math.min(TARGET_BAND[0], hi - 0.05)), hi];
  const pairs: VolunteerPair[] = [];
  for (let tries = 0; pairs.length < o.volunteers && tries < o.volunteers * 4; tries++) {
    const person = normalPerson(rng);
    const distanceM = band[0] + (band[1] - band[0]) * rng();
    const r = kiosk.visit({ person, distanceM }, rng);
    if (r.faceC === null) continue; // a retry: the volunteer steps up again
    pairs.push({
      kioskFaceC: r.faceC,
      clinicalC: Math.round((person.bodyC + THERMOMETER_SD_C * gaussian(rng)) * 10) / 10,
      distanceM: r.distanceM,
    });
  }
  const fit = fitSiteCalibration(pairs, {
    sensor: sensorCapability(profileOfKind(kind)).sensor,
    date: '2026-11-30',
    thresholdC: THRESHOLD_C,
    borderlineK: 1,
    readingUncertaintyC: 0.1,
  });
  return { site: fit.problems.length === 0 ? fit.calibration : null, problems: fit.problems };
}

export function evaluateAccuracy(o: AccuracyOptions): KindAccuracy[] {
  return o.kinds.map((id, k) => {
    const kind = SENSOR_KINDS[id];
    const seed = (o.seed * 7919 + k * 104729) >>> 0;
    const bands = bandsOf(kind, o);
    const before = bands.map((b, i) => scoreBand(kind, null, b, o, seed + i));
    const { site, problems } = simulatedSiteCalibration(kind, o, seed ^ 0xca1);
    const after = site ? bands.map((b, i) => scoreBand(kind, site, b, o, seed + i)) : null;
    return {
      kind: id,
      label: kind.label,
      capability: sensorCapability(profileOfKind(kind)),
      before,
      after,
      site,
      siteProblems: problems,
    };
  });
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}
