// Skin to body temperature: the calibration the kiosk runs, and the one `eval fda` scores.
// A constant skin-to-body offset (the FDA study found it detects fevers better than a regression,
// whose slope < 1 pulls high readings toward normal), optionally with an ambient term.

export interface Calibration {
  version: 1;
  method: 'constant-offset';
  /** Which face temperature the offset applies to: the whole-face maximum (T_Max in the FDA data). */
  feature: 'face-max';
  /** body = face + offsetC + ambientCoef × (ambient − ambientRefC). */
  offsetC: number;
  /** 0 when the ambient term did not help (see the fit's report). */
  ambientCoef: number;
  ambientRefC: number;
  /** Where the numbers come from, for the record: data set, rows used, date fitted. */
  source: string;
  fittedOn: string;
  n: number;
}

/**
 * The body temperature estimate, °C. `ambientC` is the *room air* temperature (T_atm in the FDA
 * data), not a sensor's die temperature; pass null when unknown: the estimate is then the one at
 * the reference ambient `ambientRefC`.
 */
export function bodyEstimate(faceC: number, ambientC: number | null, cal: Calibration): number {
  const ambientTerm =
    ambientC === null || cal.ambientCoef === 0 ? 0 : cal.ambientCoef * (ambientC - cal.ambientRefC);
  return faceC + cal.offsetC + ambientTerm;
}

function field(value: unknown, key: string, where: string): unknown {
  if (typeof value !== 'object' || value === null || !(key in value)) {
    throw new Error(`${where}: missing "${key}"`);
  }
  return (value as Record<string, unknown>)[key];
}

function finiteField(value: unknown, key: string, where: string, min: number, max: number) {
  const v = field(value, key, where);
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    throw new Error(`${where}: "${key}" must be a number from ${min} to ${max}`);
  }
  return v;
}

function stringField(value: unknown, key: string, where: string): string {
  const v = field(value, key, where);
  if (typeof v !== 'string') throw new Error(`${where}: "${key}" must be a string`);
  return v;
}

/**
 * Checks a calibration read from JSON (a file, a settings store): throws one sentence naming
 * `where` and the field at fault. Offsets beyond ±5 °C or ambient slopes beyond ±1 are not a
 * skin-to-body calibration.
 */
export function parseCalibration(value: unknown, where = 'calibration'): Calibration {
  if (field(value, 'version', where) !== 1) throw new Error(`${where}: "version" must be 1`);
  if (field(value, 'method', where) !== 'constant-offset') {
    throw new Error(`${where}: "method" must be "constant-offset"`);
  }
  if (field(value, 'feature', where) !== 'face-max') {
    throw new Error(`${where}: "feature" must be "face-max"`);
  }
  const n = finiteField(value, 'n', where, 0, 1e9);
  if (!Number.isInteger(n)) throw new Error(`${where}: "n" must be a whole number`);
  return {
    version: 1,
    method: 'constant-offset',
    feature: 'face-max',
    offsetC: finiteField(value, 'offsetC', where, -5, 5),
    ambientCoef: finiteField(value, 'ambientCoef', where, -1, 1),
    ambientRefC: finiteField(value, 'ambientRefC', where, -50, 60),
    source: stringField(value, 'source', where),
    fittedOn: stringField(value, 'fittedOn', where),
    n,
  };
}
