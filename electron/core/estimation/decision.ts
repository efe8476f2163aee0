// Pass or refer: the decision modes the kiosk and `eval fda` both run. Pure and deterministic:
// time is passed in (`atMs`), never read, so a recorded stream always gives the same decisions.
//
// Units: settings take temperatures as `{ unit: 'C' | 'F', value }` and are converted to °C once,
// in `resolveDecisionSettings` (a *deviation* in °F converts by 5/9 only: 0.9 °F = 0.5 °C).
// `decide` takes the estimate and its uncertainty in °C, always; decisions report limits in °C.
//
// Two modes (DESIGN.md, "Domain facts"):
// - threshold: refer at or above a fixed threshold on the body estimate (37.5 °C = 99.5 °F).
// - baseline (FLIR "EST" style): refer when a reading exceeds the trimmed mean of the last
//   `window` *pass* readings by `deviation`. Referred readings never enter the baseline. The
//   baseline is emptied after `idleResetMs` without a reading (or when the clock goes backwards),
//   and on `reset()` (conditions changed: door opened, heating on, camera moved).
//   Seeding rule: until the baseline holds `minReadings` readings, decide by the fixed threshold;
//   only those seeding readings that pass it (borderline included, see below) enter, so a seeding
//   reading at or above the fixed threshold never becomes part of the baseline.
//
// Borderline rule: every reading has an uncertainty (1σ, °C). A borderline reading errs toward
// refer, never toward pass: refer when `estimate + borderlineK × uncertainty` reaches the limit
// even though the estimate alone does not (reason 'borderline').

export type TemperatureUnit = 'C' | 'F';

/** A temperature (or, for a deviation, a temperature difference) in °C or °F. */
export interface Temperature {
  unit: TemperatureUnit;
  value: number;
}

export function fahrenheitToCelsius(f: number): number {
  return ((f - 32) * 5) / 9;
}

export function celsiusToFahrenheit(c: number): number {
  return (c * 9) / 5 + 32;
}

/** A temperature in °C. */
export function toCelsius(t: Temperature): number {
  return t.unit === 'C' ? t.value : fahrenheitToCelsius(t.value);
}

/** A temperature *difference* in °C: 1 °F of difference is 5/9 °C (no 32° offset). */
export function differenceToCelsius(t: Temperature): number {
  return t.unit === 'C' ? t.value : (t.value * 5) / 9;
}

export interface ThresholdModeInput {
  mode: 'threshold';
  /** Refer at or above this body estimate. Default 37.5 °C. */
  threshold?: Temperature;
  /** Refer when estimate + k × uncertainty ≥ threshold. Default 1. */
  borderlineK?: number;
}

export interface BaselineModeInput {
  mode: 'baseline';
  /** Used while seeding (fewer than `minReadings` in the baseline). Default 37.5 °C. */
  threshold?: Temperature;
  /** Refer when a reading exceeds the baseline by more than this. Default 0.5 °C. */
  deviation?: Temperature;
  /** How many recent pass readings the baseline holds. Default 10. */
  window?: number;
  /** Readings needed before the baseline replaces the fixed threshold. Default 5. */
  minReadings?: number;
  /** Lowest and highest readings each dropped before averaging. Default 1. */
  trimEach?: number;
  /** Empty the baseline after this long without a reading; null = never. Default 30 min. */
  idleResetMs?: number | null;
  /** Refer when estimate + k × uncertainty exceeds the limit. Default 1. */
  borderlineK?: number;
}

export type DecisionModeInput = ThresholdModeInput | BaselineModeInput;

export interface ThresholdModeSettings {
  mode: 'threshold';
  thresholdC: number;
  borderlineK: number;
}

export interface BaselineModeSettings {
  mode: 'baseline';
  thresholdC: number;
  deviationC: number;
  window: number;
  minReadings: number;
  trimEach: number;
  idleResetMs: number | null;
  borderlineK: number;
}

export type DecisionSettings = ThresholdModeSettings | BaselineModeSettings;

export const DEFAULT_THRESHOLD_C = 37.5;
export const DEFAULT_DEVIATION_C = 0.5;
export const DEFAULT_BASELINE_WINDOW = 10;
export const DEFAULT_BASELINE_MIN_READINGS = 5;
export const DEFAULT_BASELINE_TRIM_EACH = 1;
export const DEFAULT_IDLE_RESET_MS = 30 * 60 * 1000;
export const DEFAULT_BORDERLINE_K = 1;

export type ReferReason = 'above-threshold' | 'borderline' | 'above-baseline';
export type PassReason = 'below-threshold' | 'within-baseline';

export interface DecisionBase {
  /** What decided: the fixed threshold (threshold mode, or baseline mode while seeding) or the baseline. */
  basis: 'threshold' | 'baseline';
  /** The limit the reading was held against, °C: the threshold, or baseline + deviation. */
  limitC: number;
  /** Baseline mode: the trimmed mean used (null while seeding or in threshold mode), °C. */
  baselineC: number | null;
  /** Baseline mode: readings in the baseline after this decision (0 in threshold mode). */
  baselineReadings: number;
}

export type Decision =
  | (DecisionBase & { outcome: 'refer'; reason: ReferReason })
  | (DecisionBase & { outcome: 'pass'; reason: PassReason });

export interface Decider {
  readonly settings: DecisionSettings;
  /**
   * One reading: body estimate and its 1σ uncertainty in °C, at `atMs` (any monotonic clock in ms;
   * only differences matter). Throws RangeError on a non-finite estimate or time, or on a negative
   * or NaN uncertainty (an infinite uncertainty is allowed: it refers as borderline).
   */
  decide(estimateC: number, uncertaintyC: number, atMs: number): Decision;
  /** Conditions changed: empty the baseline (no-op in threshold mode). */
  reset(): void;
  /** The current baseline (trimmed mean, °C) or null while seeding / in threshold mode. */
  baselineC(): number | null;
}

function finite(name: string, value: number, min = -Infinity, max = Infinity): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a finite number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

function wholeNumber(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

/** Fills defaults, converts °F to °C and checks ranges (RangeError on nonsense). */
export function resolveDecisionSettings(input: DecisionModeInput): DecisionSettings {
  const thresholdC = finite(
    'threshold',
    input.threshold === undefined ? DEFAULT_THRESHOLD_C : toCelsius(input.threshold),
    30,
    45,
  );
  const borderlineK = finite('borderlineK', input.borderlineK ?? DEFAULT_BORDERLINE_K, 0, 5);
  if (input.mode === 'threshold') return { mode: 'threshold', thresholdC, borderlineK };
  const deviationC = finite(
    'deviation',
    input.deviation === undefined ? DEFAULT_DEVIATION_C : differenceToCelsius(input.deviation),
    0,
    5,
  );
  const window = wholeNumber('window', input.window ?? DEFAULT_BASELINE_WINDOW, 1, 1000);
  const trimEach = wholeNumber(
    'trimEach',
    input.trimEach ?? DEFAULT_BASELINE_TRIM_EACH,
    0,
    Math.floor((window - 1) / 2),
  );
  const minReadings = wholeNumber(
    'minReadings',
    input.minReadings ?? Math.min(DEFAULT_BASELINE_MIN_READINGS, window),
    2 * trimEach + 1,
    window,
  );
  const idle = input.idleResetMs === undefined ? DEFAULT_IDLE_RESET_MS : input.idleResetMs;
  const idleResetMs = idle === null ? null : finite('idleResetMs', idle, 0);
  return {
    mode: 'baseline',
    thresholdC,
    deviationC,
    window,
    minReadings,
    trimEach,
    idleResetMs,
    borderlineK,
  };
}

/** Mean after dropping the `trimEach` lowest and `trimEach` highest values. */
export function trimmedMean(values: readonly number[], trimEach: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const kept = sorted.slice(trimEach, sorted.length - trimEach);
  if (kept.length === 0) throw new RangeError('trimmedMean: nothing left after trimming');
  return kept.reduce((s, v) => s + v, 0) / kept.length;
}

/** Refer when the estimate reaches the limit (`inclusive`) or exceeds it; borderline errs to refer. */
function against(
  estimateC: number,
  uncertaintyC: number,
  limitC: number,
  k: number,
  inclusive: boolean,
): 'clear' | 'borderline' | 'above' {
  const reaches = (x: number) => (inclusive ? x >= limitC : x > limitC);
  if (reaches(estimateC)) return 'above';
  // k × ∞ with k = 0 is NaN: no margin then.
  const margin = k === 0 ? 0 : k * uncertaintyC;
  return reaches(estimateC + margin) ? 'borderline' : 'clear';
}

export function createDecider(input: DecisionModeInput = { mode: 'threshold' }): Decider {
  const settings = resolveDecisionSettings(input);
  const readings: number[] = [];
  let lastAtMs: number | null = null;

  const baselineC = (): number | null =>
    settings.mode === 'baseline' && readings.length >= settings.minReadings
      ? trimmedMean(readings, settings.trimEach)
      : null;

  function decide(estimateC: number, uncertaintyC: number, atMs: number): Decision {
    finite('estimateC', estimateC);
    finite('atMs', atMs);
    if (Number.isNaN(uncertaintyC) || uncertaintyC < 0) {
      throw new RangeError(`uncertaintyC must be ≥ 0, got ${uncertaintyC}`);
    }
    if (settings.mode === 'threshold') {
      const where = against(
        estimateC,
        uncertaintyC,
        settings.thresholdC,
        settings.borderlineK,
        true,
      );
      const base = {
        basis: 'threshold',
        limitC: settings.thresholdC,
        baselineC: null,
        baselineReadings: 0,
      } as const;
      if (where === 'above') return { ...base, outcome: 'refer', reason: 'above-threshold' };
      if (where === 'borderline') return { ...base, outcome: 'refer', reason: 'borderline' };
      return { ...base, outcome: 'pass', reason: 'below-threshold' };
    }

    if (
      lastAtMs !== null &&
      (atMs < lastAtMs || (settings.idleResetMs !== null && atMs - lastAtMs > settings.idleResetMs))
    ) {
      readings.length = 0;
    }
    lastAtMs = atMs;
    const baseline = baselineC();
    const k = settings.borderlineK;
    let decision: Decision;
    if (baseline === null) {
      const where = against(estimateC, uncertaintyC, settings.thresholdC, k, true);
      const base = { basis: 'threshold', limitC: settings.thresholdC, baselineC: null } as const;
      decision =
        where === 'above'
          ? { ...base, baselineReadings: 0, outcome: 'refer', reason: 'above-threshold' }
          : where === 'borderline'
            ? { ...base, baselineReadings: 0, outcome: 'refer', reason: 'borderline' }
            : { ...base, baselineReadings: 0, outcome: 'pass', reason: 'below-threshold' };
    } else {
      const limitC = baseline + settings.deviationC;
      const where = against(estimateC, uncertaintyC, limitC, k, false);
      const base = { basis: 'baseline', limitC, baselineC: baseline } as const;
      decision =
        where === 'above'
          ? { ...base, baselineReadings: 0, outcome: 'refer', reason: 'above-baseline' }
          : where === 'borderline'
            ? { ...base, baselineReadings: 0, outcome: 'refer', reason: 'borderline' }
            : { ...base, baselineReadings: 0, outcome: 'pass', reason: 'within-baseline' };
    }
    if (decision.outcome === 'pass') {
      readings.push(estimateC);
      if (readings.length > settings.window) readings.shift();
    }
    decision.baselineReadings = readings.length;
    return decision;
  }

  return {
    settings,
    decide,
    reset() {
      readings.length = 0;
      lastAtMs = null;
    },
    baselineC,
  };
}
