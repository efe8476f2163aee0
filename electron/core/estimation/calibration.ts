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

export function bodyEstimate(faceC: number, ambientC: number | null, cal: Calibration): number {
  const ambientTerm =
    ambientC === null || cal.ambientCoef === 0 ? 0 : cal.ambientCoef * (ambientC - cal.ambientRefC);
  return faceC + cal.offsetC + ambientTerm;
}
