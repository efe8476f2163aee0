// What staff type for the site-calibration tests: one "thermometer" value per volunteer, ~38.0 °C
// with a little scatter. The demo's simulated people are normal (~36.8 °C) and read ~35.9 °C after
// the optics correction, so the fitted offset (~2.1 °C, within the fit's 4 °C limit) refers the
// next normal person: the fit is visibly applied.
export const THERMOMETER_VALUES = [
  '38.04',
  '37.97',
  '38.12',
  '37.93',
  '38.06',
  '38.01',
  '38.15',
  '37.95',
  '38.07',
  '37.99',
  '38.11',
  '37.96',
] as const;
