// The facts the deployment pack (entrance sign, record of processing, DPIA draft) is written from:
// the live settings, when they last changed, and what the evaluations say about the sensor now
// streaming. The figures come from accuracy-figures.ts, each with its source named, and figures
// from simulated people are never passed off as measurements on real people.
import type { DeploymentPack, SensorAccuracy } from '../../contract/deployment-pack.js';
import {
  FDA_NESTED_CV,
  FDA_NESTED_CV_COMMAND,
  SIMULATOR_COMMAND,
  simulatedFigures,
  type SimulatedFigures,
} from '../estimation/accuracy-figures.js';
import type { CalibrationTrust } from './site-calibration-service.js';
import type { SettingsService } from './settings-service.js';

export interface DeploymentPackOptions {
  settings: Pick<SettingsService, 'current' | 'date'>;
  /** What the streaming sensor can screen and whether a site calibration applies to it. */
  trust: () => Pick<CalibrationTrust, 'optics' | 'site'>;
  streaming: () => boolean;
}

const percent = (share: number): string => `${Math.round(share * 100)} %`;

/** The skin-to-body rule on real people, with subjects left out: the same on every sensor. */
function realDataSentence(): string {
  const { FLIR, ICI } = FDA_NESTED_CV;
  const one = (f: typeof FLIR) =>
    `${f.camera} camera, ${f.subjects} subjects: sensitivity ${f.sensitivity.toFixed(2)} ` +
    `(95 % interval ${f.sensitivityCi95[0].toFixed(2)}–${f.sensitivityCi95[1].toFixed(2)}), ` +
    `specificity ${f.specificity.toFixed(2)}, MAE ${f.maeC.toFixed(2)} °C`;
  return (
    'The skin-to-body rule it applies was measured on real clinical data (FDA thermography ' +
    'study, high-resolution cameras used close up, subjects left out by nested 10-fold ' +
    `cross-validation, “${FDA_NESTED_CV_COMMAND}”): ${one(FLIR)}; ${one(ICI)}.`
  );
}

function figuresSource(f: SimulatedFigures, site: boolean): string {
  const [from, to] = f.bandM!;
  return (
    `The project's own physical simulator, not real people: “${SIMULATOR_COMMAND}” (seed 1, ` +
    `150 simulated people per distance band, 30 % febrile), people at ${from}–${to} m, ` +
    (site
      ? 'after a simulated site calibration with 12 volunteers.'
      : 'on the physical model alone (no site calibration).')
  );
}

function screeningLimits(f: SimulatedFigures): string {
  return (
    `Sensitivity here is the share of febrile people (body ≥ 38.0 °C) referred and specificity ` +
    `the share of normal people (≤ 37.0 °C) passed; ${percent(f.retries)} of people were asked ` +
    "to try again. Real sensors' noise and lens blur, real faces, people who move, wear glasses " +
    'or come in from the cold are not covered; a site calibration with volunteers and a clinical ' +
    `thermometer check after every referral remain necessary. ${realDataSentence()}`
  );
}

/** What the evaluations say about the sensor with this optics, or null when none streams. */
export function accuracyOf(
  trust: Pick<CalibrationTrust, 'optics' | 'site'>,
): SensorAccuracy | null {
  const optics = trust.optics;
  if (!optics) return null;
  const figures = simulatedFigures(optics.sensor);
  const sensor = figures?.label ?? `${optics.sensor} (a lens the evaluations did not simulate)`;
  if (!optics.canScreen) {
    return {
      sensor,
      canScreen: false,
      maeC: null,
      sensitivity: null,
      specificity: null,
      source: `The project's own physical simulator (“${SIMULATOR_COMMAND}”, “npm run -s kiosk -- calibrate optics”), not real people.`,
      limits:
        'This sensor cannot screen at any distance: its pixels are too large for the face, whose ' +
        'measured maximum varies too much between people. The kiosk gives no verdict or asks ' +
        'people to step closer; use a 32×24 or 80×62 sensor to screen.',
    };
  }
  if (!figures || figures.maeC === null || !figures.bandM) {
    return {
      sensor,
      canScreen: true,
      maeC: null,
      sensitivity: null,
      specificity: null,
      source: 'No evaluation of this sensor and lens.',
      limits: `No accuracy figure can be given for it: measure it with a site calibration. ${realDataSentence()}`,
    };
  }
  const site = trust.site !== null && figures.afterSite !== null;
  const used = site ? figures.afterSite! : figures;
  return {
    sensor,
    canScreen: true,
    maeC: used.maeC,
    sensitivity: used.febrileReferred,
    specificity: used.normalPassed,
    source: figuresSource(figures, site),
    limits: screeningLimits(figures),
  };
}

export class DeploymentPackService {
  constructor(private readonly options: DeploymentPackOptions) {}

  pack(): DeploymentPack {
    const { settings, trust, streaming } = this.options;
    return {
      settings: settings.current(),
      settingsDate: settings.date(),
      accuracy: streaming() ? accuracyOf(trust()) : null,
    };
  }
}
