// The accuracy figures the deployment pack quotes, copied from the project's own evaluations (the
// README's *Accuracy* section). Two kinds, never mixed up on paper:
// - real clinical data: the FDA thermography study's subjects (high-resolution cameras used close
//   up), scored by the kiosk's skin-to-body rule with subjects left out (nested 10-fold CV);
// - the project's physical simulator: real FDA subjects' face temperatures drawn onto a face and
//   seen through each kiosk sensor's optics. No kiosk sensor has been measured on real people.
// test/unit/accuracy-figures.test.ts recomputes what is cheap to recompute (see there).

/** A figure set from the FDA study's real subjects (one camera). */
export interface RealDataFigures {
  camera: 'FLIR' | 'ICI';
  subjects: number;
  fevers: number;
  sensitivity: number;
  /** Percentile-bootstrap 95 % interval over subjects (2000 resamples, seed 1). */
  sensitivityCi95: readonly [number, number];
  specificity: number;
  maeC: number;
}

/** The command that produced FDA_NESTED_CV (fold seed 1). */
export const FDA_NESTED_CV_COMMAND =
  'npm run -s kiosk -- eval fda --data test/fixtures/fda-thermography --cv 10';

/** FDA_NESTED_CV_COMMAND's `--json` output as printed (4 decimals); fever = oral ≥ 37.5 °C. */
export const FDA_NESTED_CV: Record<'FLIR' | 'ICI', RealDataFigures> = {
  FLIR: {
    camera: 'FLIR',
    subjects: 636,
    fevers: 68,
    sensitivity: 0.9412,
    sensitivityCi95: [0.8765, 0.9868],
    specificity: 0.8768,
    maeC: 0.2097,
  },
  ICI: {
    camera: 'ICI',
    subjects: 626,
    fevers: 67,
    sensitivity: 0.9403,
    sensitivityCi95: [0.8793, 0.9865],
    specificity: 0.9374,
    maeC: 0.2327,
  },
};

/** One sensor on the simulator, in the distance band it screens best. */
export interface SimulatedFigures {
  /** sensorKey(): "32x24@55". */
  sensor: string;
  label: string;
  /** The band (m) the figures are for; null for a sensor that gives no verdict anywhere. */
  bandM: readonly [number, number] | null;
  /** Mean |estimate − body| of those who got a verdict, °C; febrile (≥ 38.0 °C) referred;
   * normal (≤ 37.0 °C) passed. null where nobody got a verdict. */
  maeC: number | null;
  febrileReferred: number | null;
  normalPassed: number | null;
  /** Compliant people given no verdict (asked to try again), before a site calibration. */
  retries: number;
  /** The same after a simulated site calibration with 12 volunteers (null: none possible). */
  afterSite: { maeC: number; febrileReferred: number; normalPassed: number } | null;
}

/** `npm run -s kiosk -- eval sim --json` (seed 1, 150 people per sensor and band, 30 % febrile);
 * its `accuracy` part, rounded to 3 decimals as the command prints them. */
export const SIMULATOR_COMMAND = 'npm run -s kiosk -- eval sim';

export const SIMULATED: readonly SimulatedFigures[] = [
  {
    sensor: '32x24@55',
    label: 'MLX90640 32×24, 55° lens',
    bandM: [0.35, 0.6],
    maeC: 0.281,
    febrileReferred: 0.962,
    normalPassed: 0.845,
    retries: 0.027,
    afterSite: { maeC: 0.278, febrileReferred: 0.962, normalPassed: 0.93 },
  },
  {
    sensor: '80x62@45',
    label: 'Meridian MI48 80×62, 45° lens',
    bandM: [0.35, 0.6],
    maeC: 0.263,
    febrileReferred: 0.844,
    normalPassed: 0.841,
    retries: 0.107,
    afterSite: { maeC: 0.301, febrileReferred: 0.844, normalPassed: 0.909 },
  },
  {
    sensor: '32x24@110',
    label: 'MLX90640 32×24, 110° lens',
    bandM: [0.25, 0.35],
    maeC: 0.35,
    febrileReferred: 0.72,
    normalPassed: 0.446,
    retries: 0.333,
    afterSite: { maeC: 0.329, febrileReferred: 0.72, normalPassed: 0.473 },
  },
  {
    sensor: '8x8@60',
    label: 'AMG8833 8×8, 60° lens',
    bandM: null,
    maeC: null,
    febrileReferred: null,
    normalPassed: null,
    retries: 1,
    afterSite: null,
  },
  {
    sensor: '1x1@90',
    label: 'MLX90614 single point, 90°',
    bandM: null,
    maeC: null,
    febrileReferred: null,
    normalPassed: null,
    retries: 1,
    afterSite: null,
  },
];

export function simulatedFigures(sensor: string): SimulatedFigures | null {
  return SIMULATED.find((f) => f.sensor === sensor) ?? null;
}
