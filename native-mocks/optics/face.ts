// Simulated people: each one a real FDA subject's regional face temperatures (fda-face-subjects.json)
// on the anatomy of face-geometry.ts, with traits the data do not cover drawn from stated ranges.
//
// Shift rules (fda-face-stats.json, from the FLIR subjects' least-squares fit
// T_Max = a + b·oral + c·room):
// - fever / another body temperature: every skin region rises by b × (body − the subject's oral)
//   (b ≈ 0.80: the face maximum follows the body temperature at 0.8 °C per °C in these data);
// - another room: every skin region rises by c × (room − the subject's room) (c ≈ 0.059).
// Hair, cloth and coverings follow through their factors (face-geometry.ts).
//
// The person's true face maximum (trueFaceMaxC) is what an FDA-style camera sees close up: the
// hottest 1 mm cell of the bare face, the subject's T_Max after the shifts.
import stats from './fda-face-stats.json' with { type: 'json' };
import subjects from './fda-face-subjects.json' with { type: 'json' };
import { buildFaceTemplate } from './face-geometry.js';
import type { FaceRegionsRel, FaceTemplate, FaceTraits, FaceVariant } from './face-types.js';
import type { SubjectColumn } from './fda-face-csv.js';
import { gaussian } from '../prng.js';

export type { FaceRegionsRel, FaceTraits, FaceVariant };

export interface SimPerson {
  /** The face pattern's identity (subject, traits, variant): equal ids share one drawn map. */
  id: string;
  /** Core (oral-equivalent) temperature, °C. */
  bodyC: number;
  /** Hottest 1 mm point of the bare face (the FDA study's T_Max), °C. */
  trueFaceMaxC: number;
  /** Hottest 1 mm point of skin left visible by glasses, hat or mask, °C. */
  visibleFaceMaxC: number;
  faceWidthMm: number;
  variant: FaceVariant;
  /** Skin temperature of each region, °C (absolute). */
  regions: Record<keyof FaceRegionsRel, number>;
  /** The same, relative to trueFaceMaxC: what the map is drawn from. */
  rel: FaceRegionsRel;
  traits: FaceTraits;
  /** Where the temperatures come from, e.g. "FDA FLIR subject #12". */
  source: string;
}

/** Skin rises this much per °C of body temperature (fda-face-stats.json). */
export const FEVER_SHIFT_FACTOR: number = stats.feverShiftFactor;
/** Skin rises this much per °C of room temperature (fda-face-stats.json). */
export const ROOM_SHIFT_FACTOR: number = stats.roomShiftFactor;

/** Default traits: a 150 mm face; surfaces between skin and room as the ranges' middles. */
export const DEFAULT_TRAITS: FaceTraits = {
  widthMm: 150,
  noseDropC: 1.5,
  cheekDropC: 0.7,
  earDropC: 1.5,
  hairFactor: 0.5,
  clothingFactor: 0.2,
  coverFactor: 0,
};

/** Glasses read near the room (lenses are opaque in LWIR), a mask well above it (breath). */
const COVER_RANGE: Record<FaceVariant, [number, number]> = {
  bare: [0, 0],
  glasses: [0.15, 0.3],
  hat: [0.2, 0.4],
  mask: [0.4, 0.7],
};

interface Subject {
  index: number;
  oral: number;
  room: number;
  tMax: number;
  rel: FaceRegionsRel;
}

const SUBJECTS: Subject[] = subjects.rows.map((row, index) => {
  const v = (c: SubjectColumn): number => row[subjects.columns.indexOf(c)]!;
  const tMax = v('tMax');
  // The canthus peaks: the subject's right/left maxima, raised together so the hotter one is
  // the extended-canthi maximum (canthiMax), their region means with them.
  const lift = v('canthiMax') - Math.max(v('canthusRightMax'), v('canthusLeftMax'));
  const rel: FaceRegionsRel = {
    canthusRightMax: v('canthusRightMax') + lift - tMax,
    canthusLeftMax: v('canthusLeftMax') + lift - tMax,
    canthusRightMean: v('canthusRightMean') + lift - tMax,
    canthusLeftMean: v('canthusLeftMean') + lift - tMax,
    foreheadCentre: v('foreheadCentre') - tMax,
    foreheadRight: v('foreheadRight') - tMax,
    foreheadLeft: v('foreheadLeft') - tMax,
    foreheadBottom: v('foreheadBottom') - tMax,
    foreheadTop: v('foreheadTop') - tMax,
    foreheadMax: v('foreheadMax') - tMax,
    mouthMean: v('mouthMean') - tMax,
    mouthMax: v('mouthMax') - tMax,
  };
  // T_Max lies in none of the regions (12 % of subjects): the hottest region's peak takes it.
  const peaks: (keyof FaceRegionsRel)[] = [
    'canthusRightMax',
    'canthusLeftMax',
    'foreheadMax',
    'mouthMax',
  ];
  const hottest = peaks.reduce((a, b) => (rel[b] > rel[a] ? b : a));
  const gap = -rel[hottest];
  if (gap > 0) {
    rel[hottest] = 0;
    if (hottest === 'canthusRightMax') rel.canthusRightMean += gap;
    if (hottest === 'canthusLeftMax') rel.canthusLeftMean += gap;
  }
  return { index, oral: v('oral'), room: v('room'), tMax, rel };
});

/** How many real subjects the population resamples. */
export const SUBJECT_COUNT = SUBJECTS.length;

const templates = new Map<string, FaceTemplate>();
const TEMPLATE_CACHE = 16;

/** The person's drawn anatomy (cached by id). */
export function faceTemplateOf(
  person: Pick<SimPerson, 'id' | 'rel' | 'traits' | 'variant'>,
): FaceTemplate {
  let t = templates.get(person.id);
  if (t) {
    templates.delete(person.id);
  } else {
    t = buildFaceTemplate(person.rel, person.traits, person.variant);
    if (templates.size >= TEMPLATE_CACHE) templates.delete(templates.keys().next().value!);
  }
  templates.set(person.id, t);
  return t;
}

function idOf(source: string, traits: FaceTraits, variant: FaceVariant): string {
  const t = Object.values(traits).map((x) => x.toFixed(4));
  return `${source}|${variant}|${t.join(',')}`;
}

/**
 * A person from a relative face description (°C relative to the face maximum, its hottest peak
 * at 0 as for the FDA subjects), with its face maximum and body temperature.
 */
export function makePerson(options: {
  rel: FaceRegionsRel;
  traits: FaceTraits;
  variant: FaceVariant;
  trueFaceMaxC: number;
  bodyC: number;
  source: string;
}): SimPerson {
  const { rel, traits, variant, trueFaceMaxC, bodyC, source } = options;
  const id = `${idOf(source, traits, variant)}|${Object.values(rel)
    .map((x) => x.toFixed(4))
    .join(',')}`;
  // The hottest bare cell is the hottest region's peak, 0 by construction (a unit test checks it
  // on drawn maps); only a covering needs the map drawn to know what stays visible.
  const peak = Math.min(
    0,
    Math.max(rel.canthusRightMax, rel.canthusLeftMax, rel.foreheadMax, rel.mouthMax),
  );
  const visibleRel =
    variant === 'bare' ? peak : faceTemplateOf({ id, rel, traits, variant }).maxVisibleRel;
  const regions = {} as Record<keyof FaceRegionsRel, number>;
  for (const key of Object.keys(rel) as (keyof FaceRegionsRel)[])
    regions[key] = trueFaceMaxC + rel[key];
  return {
    id,
    bodyC,
    trueFaceMaxC: trueFaceMaxC + peak,
    visibleFaceMaxC: trueFaceMaxC + visibleRel,
    faceWidthMm: traits.widthMm,
    variant,
    regions,
    rel,
    traits,
    source,
  };
}

/** The same person with every skin region `deltaC` warmer (same face pattern, same id). */
export function shiftPerson(person: SimPerson, deltaC: number, bodyC = person.bodyC): SimPerson {
  const regions = { ...person.regions };
  for (const key of Object.keys(regions) as (keyof FaceRegionsRel)[]) regions[key] += deltaC;
  return {
    ...person,
    bodyC,
    trueFaceMaxC: person.trueFaceMaxC + deltaC,
    visibleFaceMaxC: person.visibleFaceMaxC + deltaC,
    regions,
  };
}

export interface SampleOptions {
  /** Body temperature; default: the subject's own oral temperature. */
  bodyC?: number;
  /** The room the person stands in; default: the subject's own room. */
  roomC?: number;
  variant?: FaceVariant;
  /** Use this FDA subject (0 … SUBJECT_COUNT − 1) instead of a random one. */
  subjectIndex?: number;
}

const uniform = (rng: () => number, [lo, hi]: readonly [number, number]): number =>
  lo + (hi - lo) * rng();

/** Random traits within the stated ranges (face width N(150, 7.5) mm within 135–165). */
export function sampleTraits(rng: () => number, variant: FaceVariant): FaceTraits {
  return {
    widthMm: Math.min(165, Math.max(135, 150 + 7.5 * gaussian(rng))),
    noseDropC: uniform(rng, [0.5, 2.5]),
    cheekDropC: uniform(rng, [0.3, 1.2]),
    earDropC: uniform(rng, [1, 2.5]),
    hairFactor: uniform(rng, [0.3, 0.7]),
    clothingFactor: uniform(rng, [0.1, 0.4]),
    coverFactor: uniform(rng, COVER_RANGE[variant]),
  };
}

function fromSubject(
  subject: Subject,
  traits: FaceTraits,
  variant: FaceVariant,
  bodyC: number | undefined,
  roomC: number | undefined,
): SimPerson {
  const body = bodyC ?? subject.oral;
  const room = roomC ?? subject.room;
  const faceMax =
    subject.tMax +
    FEVER_SHIFT_FACTOR * (body - subject.oral) +
    ROOM_SHIFT_FACTOR * (room - subject.room);
  return makePerson({
    rel: subject.rel,
    traits,
    variant,
    trueFaceMaxC: faceMax,
    bodyC: body,
    source: `FDA ${subjects.camera} subject #${subject.index}`,
  });
}

/** One person of the population: a random real subject (resampled), random traits. */
export function samplePerson(rng: () => number, options: SampleOptions = {}): SimPerson {
  const variant = options.variant ?? 'bare';
  const subject = SUBJECTS[options.subjectIndex ?? Math.floor(rng() * SUBJECTS.length)]!;
  return fromSubject(subject, sampleTraits(rng, variant), variant, options.bodyC, options.roomC);
}

let typical: Subject | null = null;

/**
 * Among the subjects whose face maximum is an inner canthus (the commonest case, 57 %), the one
 * closest to the population's median in every region (distance in units of each region's median
 * absolute deviation).
 */
function typicalSubject(): Subject {
  if (typical) return typical;
  const keys = Object.keys(SUBJECTS[0]!.rel) as (keyof FaceRegionsRel)[];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const centre = keys.map((k) => median(SUBJECTS.map((s) => s.rel[k])));
  const spread = keys.map(
    (k, i) => median(SUBJECTS.map((s) => Math.abs(s.rel[k] - centre[i]!))) || 1,
  );
  let bestD = Infinity;
  for (const s of SUBJECTS) {
    if (Math.max(s.rel.canthusRightMax, s.rel.canthusLeftMax) < 0) continue;
    const d = keys.reduce((sum, k, i) => sum + ((s.rel[k] - centre[i]!) / spread[i]!) ** 2, 0);
    if (d < bestD) {
      bestD = d;
      typical = s;
    }
  }
  return typical!;
}

/**
 * A typical face with the default traits: the face the legacy head API (scene.ts) shifts to
 * each head's temperature.
 */
export function defaultPerson(variant: FaceVariant = 'bare'): SimPerson {
  const coverFactor = (COVER_RANGE[variant][0] + COVER_RANGE[variant][1]) / 2;
  return fromSubject(
    typicalSubject(),
    { ...DEFAULT_TRAITS, coverFactor },
    variant,
    undefined,
    undefined,
  );
}
