/**
 * Reconnect delays: exponential from `baseMs`, capped at `maxMs`, with ±`jitter` so that several
 * kiosks on one hub do not retry in lockstep.
 */
export function backoffDelay(
  attempt: number,
  random: () => number = Math.random,
  baseMs = 250,
  maxMs = 5000,
  jitter = 0.2,
): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(raw * (1 - jitter + 2 * jitter * random()));
}
