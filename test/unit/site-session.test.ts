// The site calibration's session in memory and the kiosk's wizard around it: volunteers' slots,
// a sentence for each bad input (a value before the reading, two values for one person, out of
// range, too few volunteers, too much scatter), nothing to store before a fit passed its checks,
// and the session ending — values dropped — on a lock, the auto-lock, a PIN or sensor change.
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../electron/contract/api.js';
import { SITE_LIMITS } from '../../electron/contract/site-calibration.js';
import { SiteSession } from '../../electron/core/calibration/site-session.js';
import { SiteWizard, type SiteWizardHost } from '../../electron/core/calibration/site-wizard.js';
import type { CapturedReading } from '../../electron/core/estimation/messages.js';
import {
  CLINICAL_RANGE_C,
  MIN_VOLUNTEERS,
} from '../../electron/core/estimation/site-calibration.js';

const SETTINGS = { thresholdC: 37.5, borderlineK: 1 };
const DATE = '2026-11-30';
const reading = (faceC: number): CapturedReading => ({
  faceC,
  distanceM: 0.5,
  uncertaintyC: 0.12,
});

/** The sentence a refusal carries (every refusal is an ApiFailure 'rejected'). */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiFailure);
    expect((error as ApiFailure).code).toBe('rejected');
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

/** `n` volunteers read and typed: clinical = face + 2.3 with a small, fixed scatter. */
function filled(n: number, scatter = 0.05): SiteSession {
  const s = new SiteSession('32x24@55');
  for (let i = 0; i < n; i++) {
    const slot = s.readNext();
    const faceC = 35.8 + 0.03 * i;
    s.captured(reading(faceC));
    s.enterValue(slot, Number((faceC + 2.3 + (i % 2 ? scatter : -scatter)).toFixed(2)));
  }
  return s;
}

describe('the contract states the same limits as the fit', () => {
  it('clinical range and minimum volunteers', () => {
    expect([SITE_LIMITS.clinicalC.min, SITE_LIMITS.clinicalC.max]).toEqual([...CLINICAL_RANGE_C]);
    expect(SITE_LIMITS.minVolunteers).toBe(MIN_VOLUNTEERS);
  });
});

describe('site session', () => {
  it('numbers volunteers, fills the waiting one with the kiosk reading, and keeps numbers on drop', () => {
    const s = new SiteSession('32x24@55');
    expect(s.readNext()).toBe(1);
    expect(s.slots()).toEqual([{ slot: 1, reading: 'waiting', clinicalC: null }]);
    expect(refusal(() => s.readNext())).toMatch(/Volunteer 1 is still waiting/);
    expect(s.captured(reading(35.9))).toBe(true);
    expect(s.captured(reading(36))).toBe(false);
    expect(s.readNext()).toBe(2);
    expect(s.drop(2)).toBe(true);
    expect(s.readNext()).toBe(3);
    expect(s.slots().map((v) => v.slot)).toEqual([1, 3]);
  });

  it('refuses a value before the reading, out of range, or a second one for the same person', () => {
    const s = new SiteSession('32x24@55');
    const slot = s.readNext();
    expect(refusal(() => s.enterValue(slot, 37))).toMatch(/wait for the kiosk's reading first/);
    s.captured(reading(35.9));
    expect(refusal(() => s.enterValue(slot, 43.5))).toMatch(/outside 34–42 °C/);
    expect(refusal(() => s.enterValue(slot, Number.NaN))).toMatch(/as a number/);
    s.enterValue(slot, 37.1);
    expect(refusal(() => s.enterValue(slot, 37.4))).toMatch(/already has a thermometer value/);
    expect(s.slots()[0]!.clinicalC).toBe(37.1);
    s.clearValue(slot);
    s.enterValue(slot, 37.4);
    expect(s.slots()[0]!.clinicalC).toBe(37.4);
    expect(refusal(() => s.enterValue(9, 37))).toMatch(/no volunteer 9/);
  });

  it('refuses fewer than 10 volunteers, and incomplete ones, with a sentence each', () => {
    const s = filled(9);
    s.readNext();
    const fit = s.fit(SETTINGS, DATE);
    expect(fit.problems).toEqual([
      'Volunteer 10 has not been read by the kiosk yet: wait for the reading, or drop the volunteer.',
      expect.stringMatching(/^9 volunteers so far: read at least 10\.$/),
    ]);
    expect(refusal(() => s.acceptable())).toContain('9 volunteers so far');
    s.captured(reading(36));
    expect(s.fit(SETTINGS, DATE).problems[0]).toMatch(/Volunteer 10 has no thermometer value/);
  });

  it('refuses a fit whose spread is too large', () => {
    const fit = filled(12, 0.6).fit(SETTINGS, DATE);
    expect(fit.calibration!.spreadC).toBeGreaterThan(0.45);
    expect(fit.problems.join(' ')).toMatch(/scatter by ±0\.\d\d °C \(limit 0.45\)/);
  });

  it('fits the offset, and offers only the fit to store, once it passed and nothing changed since', () => {
    const s = filled(12);
    expect(refusal(() => s.acceptable())).toMatch(/Fit the values first/);
    const fit = s.fit(SETTINGS, DATE);
    expect(fit.problems).toEqual([]);
    expect(fit.calibration).toMatchObject({ sensor: '32x24@55', n: 12, date: DATE });
    expect(fit.calibration!.offsetC).toBeCloseTo(2.3, 1);
    expect(fit.expected!.sensitivity).toBeGreaterThan(0.9);
    expect(fit.thresholdC).toBe(37.5);
    const stored = s.acceptable();
    expect(Object.keys(stored).sort()).toEqual(
      ['date', 'distanceM', 'n', 'offsetC', 'sensor', 'seC', 'spreadC', 'version'].sort(),
    );
    s.clearValue(1);
    expect(s.currentFit()).toBeNull();
    expect(refusal(() => s.acceptable())).toMatch(/Fit the values first/);
  });
});

function host(overrides: Partial<SiteWizardHost> = {}) {
  const armed: boolean[] = [];
  const open = new Set(['staff-a', 'staff-b']);
  const h: SiteWizardHost & { armed: boolean[]; open: Set<string> } = {
    armed,
    open,
    streamingSensor: () => '32x24@55',
    armCapture: (a) => void armed.push(a),
    fitSettings: () => SETTINGS,
    today: () => DATE,
    isOpen: (s) => open.has(s),
    ...overrides,
  };
  return h;
}

describe('site wizard (the kiosk side)', () => {
  it('needs a streaming sensor, belongs to the console session that started it', () => {
    expect(
      refusal(() => new SiteWizard(host({ streamingSensor: () => null })).start('staff-a')),
    ).toMatch(/not streaming/);
    const w = new SiteWizard(host());
    expect(w.start('staff-a')).toMatchObject({ active: true, sensor: '32x24@55', volunteers: [] });
    expect(w.state('staff-b')).toMatchObject({ active: false, elsewhere: true, volunteers: [] });
    expect(refusal(() => w.readNext('staff-b'))).toMatch(/another console session/);
    expect(refusal(() => w.start('staff-b'))).toMatch(/another console session/);
  });

  it('arms the capture for each volunteer and disarms it when the waiting one is dropped', () => {
    const h = host();
    const w = new SiteWizard(h);
    w.start('staff-a');
    w.readNext('staff-a');
    expect(h.armed).toEqual([true]);
    w.onCapture(reading(35.9));
    expect(w.state('staff-a').volunteers).toEqual([{ slot: 1, reading: 'taken', clinicalC: null }]);
    w.readNext('staff-a');
    w.remove('staff-a', 2, 'volunteer');
    expect(h.armed).toEqual([true, true, false]);
  });

  it.each([
    ['locked', (w: SiteWizard) => w.sessionEnded('staff-a', 'locked')],
    ['auto-lock', (w: SiteWizard) => w.sessionEnded('staff-a', 'auto-lock')],
    ['pin-changed', (w: SiteWizard) => w.interrupt('pin-changed')],
    ['sensor-changed', (w: SiteWizard) => w.sensorChanged('8x8@60')],
  ] as const)('ends on %s: the values are dropped and the next console is told why', (why, end) => {
    const h = host();
    const w = new SiteWizard(h);
    w.start('staff-a');
    w.readNext('staff-a');
    w.onCapture(reading(35.9));
    w.enterValue('staff-a', 1, 38.43);
    w.readNext('staff-a');
    end(w);
    // The waiting volunteer's capture is disarmed; nothing of the session is left.
    expect(h.armed.at(-1)).toBe(false);
    const state = w.state('staff-b');
    expect(state).toEqual({
      active: false,
      elsewhere: false,
      sensor: null,
      volunteers: [],
      fit: null,
      ended: { how: 'interrupted', why },
    });
    expect(JSON.stringify(state)).not.toContain('38.43');
    expect(refusal(() => w.enterValue('staff-a', 1, 37))).toMatch(/No site calibration is open/);
  });

  it('ends by itself once its console passed the auto-lock time', () => {
    const h = host();
    const w = new SiteWizard(h);
    w.start('staff-a');
    w.check();
    expect(w.active).toBe(true);
    h.open.delete('staff-a');
    w.check();
    expect(w.active).toBe(false);
    expect(w.state('staff-b').ended).toEqual({ how: 'interrupted', why: 'auto-lock' });
  });

  it('another sensor ends it; the same sensor does not; a lock of another console does not', () => {
    const w = new SiteWizard(host());
    w.start('staff-a');
    w.sensorChanged('32x24@55');
    w.sessionEnded('staff-b', 'locked');
    expect(w.active).toBe(true);
    w.sensorChanged(null);
    expect(w.state('staff-a').ended).toEqual({ how: 'interrupted', why: 'sensor-changed' });
  });

  it('discards on request, and accepts only a fit that passed, saying so', () => {
    const w = new SiteWizard(host());
    w.start('staff-a');
    expect(refusal(() => w.acceptable('staff-a'))).toMatch(/Fit the values first/);
    for (let i = 0; i < 10; i++) {
      w.readNext('staff-a');
      w.onCapture(reading(35.8 + 0.02 * i));
      w.enterValue('staff-a', i + 1, 38.1 + 0.02 * i + (i % 2 ? 0.04 : -0.04));
    }
    const fitted = w.fit('staff-a');
    expect(fitted.fit!.problems).toEqual([]);
    const site = w.acceptable('staff-a');
    const after = w.accepted('staff-a', site);
    expect(after).toMatchObject({ active: false, ended: { how: 'accepted' } });
    w.start('staff-a');
    expect(w.discard('staff-a')).toMatchObject({ active: false, ended: { how: 'discarded' } });
  });
});
