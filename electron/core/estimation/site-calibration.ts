// Site calibration with people: staff read volunteers with a clinical thermometer right after the
// kiosk's reading; the kiosk fits the site offset (its optics-corrected face maximum → body).
// Only the fit is ever stored: the volunteers' values live in the wizard's memory alone.
import { normalCdf } from './normal.js';

/** The fitted result staff accepted: what the calibration history keeps. */
export interface SiteCalibration {
  version: 1;
  /** When it was fitted, YYYY-MM-DD. */
  date: string;
  /** The sensor it was fitted with (`sensorKey`): it applies to that sensor only. */
  sensor: string;
  /** body = corrected face maximum + offsetC. */
  offsetC: number;
  /** Standard error of offsetC, °C. */
  seC: number;
  /** Residual spread (1σ) of body − estimate across the volunteers, °C. */
  spreadC: number;
  n: number;
  /** Distances (m) the volunteers stood at, when the sensor measured them. */
  distanceM: { min: number; max: number } | null;
}

/** One volunteer: the kiosk's corrected face maximum and the clinical thermometer's reading. */
export interface VolunteerPair {
  kioskFaceC: number;
  clinicalC: number;
  distanceM: number | null;
}

export interface SiteFitOptions {
  sensor: string;
  date: string;
  /** The screening threshold in use (refer at or above), °C, for the expected figures. */
  thresholdC: number;
  /** Refer when estimate + k × uncertainty reaches the threshold (the kiosk's borderline rule). */
  borderlineK: number;
  /** Per-reading measurement uncertainty (1σ) besides the spread, °C. */
  readingUncertaintyC: number;
}

export interface SiteFit {
  /** The fit, also when it has problems (shown, never stored then). */
  calibration: SiteCalibration | null;
  /** A person at 38.0 °C is referred with this probability; one at 37.0 °C passes with this. */
  expected: { sensitivity: number; specificity: number } | null;
  /** Sentences for staff; the fit may be accepted only when empty. */
  problems: string[];
}

export const MIN_VOLUNTEERS = 10;
/** A clinical reading outside this range is a typing error or not a living person's. */
export const CLINICAL_RANGE_C = [34, 42] as const;
/**
 * A residual spread above this cannot screen: at 0.45 °C a person at 38.0 °C with a 37.5 °C
 * threshold is missed ~1 time in 7. Usually a draught, people measured too far, or mixed-up values.
 */
export const MAX_SPREAD_C = 0.45;
/** A fitted offset this far from 0 means the optics model does not describe this installation. */
export const MAX_OFFSET_C = 4;

/** Checks one typed clinical value: a sentence for the field, or null when it is fine. */
export function clinicalValueProblem(value: number): string | null {
  if (!Number.isFinite(value)) return 'Type the thermometer reading as a number, e.g. 36.8.';
  const [lo, hi] = CLINICAL_RANGE_C;
  if (value < lo || value > hi) {
    return `${value} °C is outside ${lo}–${hi} °C: check the thermometer and type the value again.`;
  }
  return null;
}

export function fitSiteCalibration(pairs: readonly VolunteerPair[], o: SiteFitOptions): SiteFit {
  const problems: string[] = [];
  pairs.forEach((p, i) => {
    const problem = clinicalValueProblem(p.clinicalC);
    if (problem) problems.push(`Volunteer ${i + 1}: ${problem}`);
  });
  if (pairs.length < MIN_VOLUNTEERS) {
    problems.push(
      `${pairs.length} volunteer${pairs.length === 1 ? '' : 's'} so far: read at least ${MIN_VOLUNTEERS}.`,
    );
  }
  const n = pairs.length;
  if (n < 2) return { calibration: null, expected: null, problems };
  const residuals = pairs.map((p) => p.clinicalC - p.kioskFaceC);
  const offsetC = residuals.reduce((s, r) => s + r, 0) / n;
  const spreadC = Math.sqrt(residuals.reduce((s, r) => s + (r - offsetC) ** 2, 0) / (n - 1));
  const seC = spreadC / Math.sqrt(n);
  if (spreadC > MAX_SPREAD_C) {
    problems.push(
      `The readings scatter by ±${spreadC.toFixed(2)} °C (limit ${MAX_SPREAD_C}): check for a draught or sunlight, that each volunteer stood on the mark, and that each value belongs to its volunteer, then start again.`,
    );
  }
  if (Math.abs(offsetC) > MAX_OFFSET_C) {
    problems.push(
      `The kiosk reads ${Math.abs(offsetC).toFixed(1)} °C ${offsetC > 0 ? 'below' : 'above'} the thermometer: check the sensor's lens setting and the blackbody, then start again.`,
    );
  }
  const distances = pairs.map((p) => p.distanceM).filter((d): d is number => d !== null);
  const calibration: SiteCalibration = {
    version: 1,
    date: o.date,
    sensor: o.sensor,
    offsetC: round(offsetC, 3),
    seC: round(seC, 3),
    spreadC: round(spreadC, 3),
    n,
    distanceM: distances.length
      ? { min: round(Math.min(...distances), 2), max: round(Math.max(...distances), 2) }
      : null,
  };
  return { calibration, expected: expectedFigures(calibration, o), problems };
}

/**
 * What to expect for a new person: their estimate scatters around the truth by the site's spread
 * (plus the offset's own error); refer when estimate + k × uncertainty reaches the threshold.
 */
export function expectedFigures(
  cal: Pick<SiteCalibration, 'seC' | 'spreadC'>,
  o: Pick<SiteFitOptions, 'thresholdC' | 'borderlineK' | 'readingUncertaintyC'>,
): { sensitivity: number; specificity: number } {
  const sigma = Math.hypot(cal.spreadC, cal.seC);
  const uncertainty = Math.hypot(o.readingUncertaintyC, cal.seC);
  const referAt = o.thresholdC - o.borderlineK * uncertainty;
  const referred = (bodyC: number) => 1 - normalCdf((referAt - bodyC) / sigma);
  return { sensitivity: round(referred(38), 3), specificity: round(1 - referred(37), 3) };
}

/** Checks a stored record (JSON); throws one sentence naming the field at fault. */
export function parseSiteCalibration(value: unknown, where = 'site calibration'): SiteCalibration {
  if (typeof value !== 'object' || value === null) throw new Error(`${where} must be an object`);
  const v = value as Record<string, unknown>;
  const num = (key: string, lo: number, hi: number): number => {
    const x = v[key];
    if (typeof x !== 'number' || !Number.isFinite(x) || x < lo || x > hi) {
      throw new Error(`${where}: "${key}" must be a number from ${lo} to ${hi}`);
    }
    return x;
  };
  const str = (key: string): string => {
    const x = v[key];
    if (typeof x !== 'string' || x.length === 0) throw new Error(`${where}: "${key}" missing`);
    return x;
  };
  if (v.version !== 1) throw new Error(`${where}: "version" must be 1`);
  const n = num('n', MIN_VOLUNTEERS, 10_000);
  if (!Number.isInteger(n)) throw new Error(`${where}: "n" must be a whole number`);
  const d = v.distanceM;
  let distanceM: SiteCalibration['distanceM'] = null;
  if (d !== null && d !== undefined) {
    const r = d as Record<string, unknown>;
    if (typeof r.min !== 'number' || typeof r.max !== 'number' || !(r.min <= r.max)) {
      throw new Error(`${where}: "distanceM" must be { min, max } with min ≤ max`);
    }
    distanceM = { min: r.min, max: r.max };
  }
  return {
    version: 1,
    date: str('date'),
    sensor: str('sensor'),
    offsetC: num('offsetC', -MAX_OFFSET_C, MAX_OFFSET_C),
    seC: num('seC', 0, 5),
    spreadC: num('spreadC', 0, MAX_SPREAD_C),
    n,
    distanceM,
  };
}

function round(x: number, digits: number): number {
  return Number(x.toFixed(digits)) + 0;
}
