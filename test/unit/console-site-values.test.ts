// The console's side of the site calibration: which step shows for the kiosk's state, and the
// check of a typed thermometer value in the staff's unit before it is sent.
import { describe, expect, it } from 'vitest';
import type { SiteWizardState } from '../../electron/contract/site-calibration.js';
import {
  checkClinicalValue,
  siteStep,
  withValues,
} from '../../renderer/src/console/site-calibration/site-values.js';

const idle: SiteWizardState = {
  active: false,
  elsewhere: false,
  sensor: null,
  volunteers: [],
  fit: null,
  ended: null,
};
const open: SiteWizardState = {
  ...idle,
  active: true,
  sensor: '32x24@55',
  volunteers: [
    { slot: 1, reading: 'taken', clinicalC: 38.04 },
    { slot: 2, reading: 'waiting', clinicalC: null },
  ],
};
const fit = { calibration: null, expected: null, thresholdC: 37.5, problems: ['x'] };

describe('site calibration steps', () => {
  it('follow the kiosk: intro, volunteers, the fit (unless staff went back), done', () => {
    expect(siteStep(null, false)).toBe('intro');
    expect(siteStep(idle, false)).toBe('intro');
    expect(siteStep({ ...idle, ended: { how: 'interrupted', why: 'auto-lock' } }, false)).toBe(
      'intro',
    );
    expect(siteStep(open, false)).toBe('volunteers');
    expect(siteStep({ ...open, fit }, false)).toBe('result');
    expect(siteStep({ ...open, fit }, true)).toBe('volunteers');
    const calibration = {
      date: '2026-11-30',
      sensor: '32x24@55',
      offsetC: 2.3,
      seC: 0.05,
      spreadC: 0.2,
      n: 10,
      distanceM: null,
    };
    expect(siteStep({ ...idle, ended: { how: 'accepted', calibration } }, false)).toBe('done');
    expect(withValues(open)).toBe(1);
  });
});

describe('a typed thermometer value', () => {
  it('is a number from 34 to 42 °C, typed with a point or a comma, in °C or °F', () => {
    expect(checkClinicalValue('38.04', 'C')).toEqual({ c: 38.04 });
    expect(checkClinicalValue(' 37,5 ', 'C')).toEqual({ c: 37.5 });
    expect(checkClinicalValue('warm', 'C')).toEqual({ problem: 'number' });
    expect(checkClinicalValue('', 'C')).toEqual({ problem: 'number' });
    expect(checkClinicalValue('43.5', 'C')).toEqual({ problem: 'range' });
    expect(checkClinicalValue('33.9', 'C')).toEqual({ problem: 'range' });
    const f = checkClinicalValue('100.4', 'F');
    expect('c' in f && f.c).toBeCloseTo(38, 6);
    expect(checkClinicalValue('107.6', 'F')).toEqual({ c: 42 });
    expect(checkClinicalValue('108', 'F')).toEqual({ problem: 'range' });
  });
});
