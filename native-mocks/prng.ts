// The core's seeded PRNG, plus what only the simulator needs.
import { createRng } from '../electron/core/prng.js';

export { createRng };

/** Standard normal deviate (Box-Muller) from a uniform source. */
export function gaussian(rng: () => number): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}
