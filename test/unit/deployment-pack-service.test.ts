// The deployment pack's facts: the live settings and their date, and the accuracy of the sensor
// streaming now from accuracy-figures.ts, with its source named (simulated people are said to be
// simulated; the FDA figures are real data) and the sensors that cannot screen said so.
import { describe, expect, it } from 'vitest';
import { DeploymentPackSchema } from '../../electron/contract/deployment-pack.js';
import { DEFAULT_SETTINGS } from '../../electron/contract/settings.js';
import { FDA_NESTED_CV } from '../../electron/core/estimation/accuracy-figures.js';
import {
  sensorCapability,
  type SensorCapability,
} from '../../electron/core/estimation/optics-correction.js';
import { profileFor } from '../../electron/core/estimation/pipeline-settings.js';
import type { SiteCalibration } from '../../electron/core/estimation/site-calibration.js';
import {
  accuracyOf,
  DeploymentPackService,
} from '../../electron/core/services/deployment-pack-service.js';

const optics = (w: number, h: number, hfovDeg?: number): SensorCapability =>
  sensorCapability(profileFor(w, h, hfovDeg ? { hfovDeg } : {}));
const SITE = { sensor: '32x24@55' } as SiteCalibration;

describe('deployment pack: accuracy of the sensor in use', () => {
  it('quotes the simulator for a 32×24 at 55°, before and after a site calibration', () => {
    const before = accuracyOf({ optics: optics(32, 24), site: null })!;
    expect(before).toMatchObject({ canScreen: true, maeC: 0.281, sensitivity: 0.962 });
    expect(before.specificity).toBe(0.845);
    expect(before.source).toMatch(/physical simulator, not real people/);
    expect(before.source).toMatch(/npm run -s kiosk -- eval sim/);
    expect(before.source).toMatch(/no site calibration/);
    const after = accuracyOf({ optics: optics(32, 24), site: SITE })!;
    expect(after.specificity).toBe(0.93);
    expect(after.source).toMatch(/after a simulated site calibration with 12 volunteers/);
    // The real-data figures are the skin-to-body rule's, named as such.
    expect(after.limits).toMatch(/real clinical data \(FDA thermography study/);
    expect(after.limits).toContain(`sensitivity ${FDA_NESTED_CV.FLIR.sensitivity.toFixed(2)}`);
    expect(after.limits).toMatch(/eval fda .* --cv 10/);
  });

  it('says that an 8×8 array and a single point cannot screen, with no figures', () => {
    for (const capability of [optics(8, 8), optics(1, 1)]) {
      const accuracy = accuracyOf({ optics: capability, site: null })!;
      expect(accuracy).toMatchObject({
        canScreen: false,
        maeC: null,
        sensitivity: null,
        specificity: null,
      });
      expect(accuracy.limits).toMatch(/cannot screen at any distance/);
    }
  });

  it('gives no figures for a lens no evaluation simulated', () => {
    const accuracy = accuracyOf({ optics: optics(32, 24, 90), site: null })!;
    expect(accuracy.sensor).toMatch(/did not simulate/);
    expect(accuracy.maeC).toBeNull();
  });

  it('answers the live settings, their date, and no accuracy while no sensor streams', () => {
    let streaming = false;
    let settings = DEFAULT_SETTINGS;
    const service = new DeploymentPackService({
      settings: { current: () => settings, date: () => '2026-11-24T14:30' },
      trust: () => ({ optics: optics(80, 62), site: null }),
      streaming: () => streaming,
    });
    expect(service.pack()).toEqual({
      settings: DEFAULT_SETTINGS,
      settingsDate: '2026-11-24T14:30',
      accuracy: null,
    });
    streaming = true;
    settings = { ...DEFAULT_SETTINGS, contactLine: 'Reception' };
    const pack = DeploymentPackSchema.parse(service.pack());
    expect(pack.settings.contactLine).toBe('Reception');
    expect(pack.accuracy).toMatchObject({ sensor: 'Meridian MI48 80×62, 45° lens', maeC: 0.263 });
  });
});
