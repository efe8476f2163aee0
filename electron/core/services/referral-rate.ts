// Is the kiosk referring about as many people as its calibration says it should? Over the last
// REFERRAL_RATE_DAYS local days, refers / people given a verdict against the share of *afebrile*
// people whose estimate the decision rule in force would refer. A workplace entrance sees almost
// only afebrile people, so a rate far above that usually means a cold draught, sunlight or a stale
// calibration; far below, a blocked view. Only counts are used: nothing about a person.
//
// The model: a healthy adult's oral temperature ~ N(μ, σ_t) (the FDA data, below), the estimator's
// error ~ N(0, σ_e) independent of it. σ_e is the site calibration's spread (with its offset's
// error) when one is in force, else the shipped calibration's residual SD on the FDA data. The
// decision rule refers when estimate + k·u reaches the limit; the reading's uncertainty u is meant
// to be its error's 1σ, so σ_e stands for it. Threshold mode: the limit is the threshold. Baseline
// mode: the limit is the mean of recent *passes* plus the deviation. Only passes enter it, so it
// settles below the people's mean (the lower the pass cutoff, the lower it settles: a fixed point,
// solved below), give or take its own noise over the window; the few seeding readings are ignored.
// test/unit/referral-rate.test.ts runs the kiosk's own decider on simulated people against both.
import type { DailyCount } from '../../contract/schemas.js';
import type { ReferralRateCheck } from '../../contract/second-checks.js';
import type { DecisionSettings } from '../estimation/decision.js';
import { normalCdf } from '../estimation/normal.js';

// Computed once from the FDA thermography study (Wang et al., Sensors 2022, 22:215; data CC0;
// test/fixtures/fda-thermography, FLIR_groups1and2.csv + ICI_groups1and2.csv, rows read by
// evaluation/fda-data.ts); test/unit/referral-rate.test.ts recomputes them from the files.
/** Mean oral temperature (aveOralM) of the 572 afebrile subjects (< 37.5 °C), one per SubjectID. */
export const AFEBRILE_ORAL_MEAN_C = 36.8943;
/** Their standard deviation (n − 1), °C. */
export const AFEBRILE_ORAL_SD_C = 0.2706;
/** SD of oral − shipped estimate over the 1262 rows of both cameras (shipped calibration), °C. */
export const SHIPPED_RESIDUAL_SD_C = 0.2802;

/** How many local days (today included) the check looks back over. */
export const REFERRAL_RATE_DAYS = 7;
/** Fewer people than this in those days: too few to tell a cause from chance. */
export const MIN_SCREENED = 200;
/** The two-sided level of the binomial interval outside which staff are warned. */
export const WARNING_LEVEL = 0.99;

/** The calibration in force's error spread: a site calibration's, or the shipped one's. */
export function estimatorErrorSdC(site: { spreadC: number; seC: number } | null): number {
  return site ? Math.hypot(site.spreadC, site.seC) : SHIPPED_RESIDUAL_SD_C;
}

/** The share (0–1) of afebrile people the rule refers, given the estimator's error SD (°C). */
export function expectedReferShare(decision: DecisionSettings, errorSdC: number): number {
  const people = Math.hypot(AFEBRILE_ORAL_SD_C, errorSdC);
  const margin = decision.borderlineK * errorSdC;
  if (decision.mode === 'threshold') {
    return 1 - normalCdf((decision.thresholdC - margin - AFEBRILE_ORAL_MEAN_C) / people);
  }
  // A person passes when estimate − baseline ≤ cutoff; the baseline b (relative to the people's
  // mean) is then the mean of the passes: b = E[X | X ≤ b + cutoff], X ~ N(0, people). That map is
  // a contraction (its slope is between 0 and 1), so iterating it from 0 converges.
  const cutoff = decision.deviationC - margin;
  let baseline = 0;
  for (let i = 0; i < 200; i++) {
    const z = (baseline + cutoff) / people;
    const next = -people * (normalPdf(z) / Math.max(normalCdf(z), 1e-300));
    if (Math.abs(next - baseline) < 1e-9) break;
    baseline = next;
  }
  // The baseline's own noise over its window widens the person's spread a little.
  const spread = people * Math.sqrt(1 + 1 / decision.window);
  return 1 - normalCdf((baseline + cutoff) / spread);
}

function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/**
 * The counts k with P(X < low) < (1 − level)/2 and P(X > high) ≤ (1 − level)/2 for
 * X ~ Binomial(n, p): refers outside low..high happen by chance less than 1 − level of the time.
 */
export function binomialRange(n: number, p: number, level = WARNING_LEVEL): [number, number] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n: ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p: ${p}`);
  if (p === 0) return [0, 0];
  if (p === 1) return [n, n];
  const tail = (1 - level) / 2;
  // The probabilities in log space: (1 − p)^n underflows for a busy week's n.
  const step = Math.log(p) - Math.log1p(-p);
  let logPmf = n * Math.log1p(-p);
  let cdf = 0;
  let low = -1;
  for (let k = 0; k <= n; k++) {
    cdf += Math.exp(logPmf);
    if (low < 0 && cdf >= tail) low = k;
    if (cdf >= 1 - tail) return [low, k];
    logPmf += Math.log((n - k) / (k + 1)) + step;
  }
  return [Math.max(low, 0), n];
}

/** The last days' counts against the expected share. `counts`: the days of the window. */
export function referralRateCheck(
  counts: readonly DailyCount[],
  expected: number,
): ReferralRateCheck {
  const referred = counts.reduce((s, d) => s + d.refer, 0);
  // People given a verdict: a retry is not one (the same person usually tries again).
  const screened = referred + counts.reduce((s, d) => s + d.pass, 0);
  const base = { days: REFERRAL_RATE_DAYS, screened, referred, expected: round(expected) };
  if (screened === 0) return { ...base, verdict: 'not-enough-data', low: 0, high: 1 };
  const [lowK, highK] = binomialRange(screened, expected);
  const range = { low: round(lowK / screened), high: round(highK / screened) };
  if (screened < MIN_SCREENED) return { ...base, ...range, verdict: 'not-enough-data' };
  const verdict = referred > highK ? 'too-many' : referred < lowK ? 'too-few' : 'ok';
  return { ...base, ...range, verdict };
}

function round(share: number): number {
  return Math.round(share * 10_000) / 10_000;
}
