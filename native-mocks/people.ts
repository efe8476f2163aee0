// Who walks past the simulated sensor: scripted sequences or a seeded random crowd.
import { createRng, gaussian } from './prng.js';

export const PERSON_KINDS = ['normal', 'fever', 'cold', 'far', 'pair'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export interface PersonPlan {
  kind: PersonKind;
  /** True core (oral-equivalent) temperature. */
  bodyC: number;
  /**
   * The face's true maximum (the inner canthus, as an FDA-style close-up sees it) in a 24.2 °C
   * room. What a sensor reads of it depends on its pixels and the distance (scene.ts, optics/).
   */
  canthusC: number;
}

/**
 * The face's hottest point (the inner canthus) reads this much below oral temperature in a
 * 24.2 °C room: the whole-face maximum's offset in the FDA data (T_Max, 0.94 °C; the canthus
 * *mean* reads 1.2–1.3 °C below, DESIGN.md). scene.ts adds the room's effect on skin.
 */
export const SKIN_BELOW_CORE_C = 0.94;

export function planPerson(kind: PersonKind, rng: () => number): PersonPlan {
  const normal = clamp(36.75 + 0.25 * gaussian(rng), 36.1, 37.2);
  const bodyC = kind === 'fever' ? clamp(38.5 + 0.4 * gaussian(rng), 37.9, 39.8) : normal;
  // Someone who just came in from the cold has skin far below what their core implies.
  const chill = kind === 'cold' ? 4 + rng() : 0;
  return { kind, bodyC, canthusC: bodyC - SKIN_BELOW_CORE_C - chill };
}

export interface CrowdOptions {
  people: number;
  feverRate: number;
  /** Share of people who get a retry (too far, from the cold, two at once). */
  retryRate: number;
  seed: number;
}

export function planCrowd(options: CrowdOptions): PersonPlan[] {
  const rng = createRng(options.seed);
  const retryKinds: PersonKind[] = ['far', 'cold', 'pair'];
  return Array.from({ length: options.people }, () => {
    const r = rng();
    const kind: PersonKind =
      r < options.feverRate
        ? 'fever'
        : r < options.feverRate + options.retryRate
          ? retryKinds[Math.floor(rng() * retryKinds.length)]!
          : 'normal';
    return planPerson(kind, rng);
  });
}

/** Parses `normal,fever,far` into plans; unknown names are an error that lists the valid ones. */
export function planSequence(spec: string, seed: number): PersonPlan[] {
  const rng = createRng(seed);
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((name) => {
      if (!(PERSON_KINDS as readonly string[]).includes(name)) {
        throw new Error(`unknown person "${name}" in --sequence; use ${PERSON_KINDS.join(', ')}`);
      }
      return planPerson(name as PersonKind, rng);
    });
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
