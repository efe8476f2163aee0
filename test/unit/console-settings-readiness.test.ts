// The Settings form's issue-16 fields: warm-up minutes (0–120, halves allowed), calibration due
// after N days (whole, 1–365), discreet referral (a checkbox) and the contact line (plain text,
// ≤ 160 characters, as ContactLineSchema allows). A bad value is named and nothing is sent.
import { describe, expect, it } from 'vitest';
import {
  ContactLineSchema,
  DEFAULT_SETTINGS,
  type KioskSettings,
} from '../../electron/contract/settings.js';
import {
  FIELD_IDS,
  formFromSettings,
  readContactLine,
  readSettingsForm,
  type SettingsForm,
} from '../../renderer/src/console/settings/settings-form.js';

const form = formFromSettings(DEFAULT_SETTINGS);
const withNumber = (id: 'warm-up' | 'calibration-due', text: string): SettingsForm => ({
  ...form,
  numbers: { ...form.numbers, [id]: text },
});

function read(f: SettingsForm): KioskSettings {
  const result = readSettingsForm(f);
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result.settings;
}

describe('settings form: readiness, discreet referral and contact line', () => {
  it('shows the stored values and reads what staff typed', () => {
    const stored: KioskSettings = {
      ...DEFAULT_SETTINGS,
      warmUpMinutes: 12.5,
      calibrationDueDays: 45,
      discreetReferral: true,
      contactLine: 'Ask at reception, ext. 214',
    };
    const shown = formFromSettings(stored);
    expect(shown.numbers['warm-up']).toBe('12.5');
    expect(shown.numbers['calibration-due']).toBe('45');
    expect(shown.discreetReferral).toBe(true);
    expect(shown.contactLine).toBe('Ask at reception, ext. 214');
    expect(read(shown)).toEqual(stored);
    const typed = read({
      ...withNumber('warm-up', ' 0 '),
      contactLine: '  Mme Diallo, RH, poste 12  ',
      discreetReferral: false,
    });
    expect(typed).toMatchObject({ warmUpMinutes: 0, contactLine: 'Mme Diallo, RH, poste 12' });
    expect(read(withNumber('warm-up', '120')).warmUpMinutes).toBe(120);
    expect(read(withNumber('calibration-due', '365')).calibrationDueDays).toBe(365);
  });

  it('refuses a warm-up out of 0–120 minutes, with its bounds, and sends nothing', () => {
    for (const text of ['-0.5', '120.5', '', 'thirty', '1e9']) {
      const result = readSettingsForm(withNumber('warm-up', text));
      expect(result, text).toEqual({
        ok: false,
        problems: { 'warm-up': { whole: false, inUnits: false, min: '0', max: '120' } },
        first: 'warm-up',
      });
    }
  });

  it('refuses a calibration period that is not a whole number of days from 1 to 365', () => {
    for (const text of ['0', '366', '30.5', '']) {
      const result = readSettingsForm(withNumber('calibration-due', text));
      expect(result, text).toEqual({
        ok: false,
        problems: { 'calibration-due': { whole: true, inUnits: false, min: '1', max: '365' } },
        first: 'calibration-due',
      });
    }
  });

  it('refuses a contact line with markup, control characters or over 160 characters', () => {
    expect(readContactLine('<b>Reception</b>')).toEqual({ problem: 'markup' });
    expect(readContactLine('HR & payroll')).toEqual({ problem: 'markup' });
    expect(readContactLine('Call 214 > reception')).toEqual({ problem: 'markup' });
    expect(readContactLine('Reception\u0007')).toEqual({ problem: 'control' });
    expect(readContactLine('Reception\next. 214')).toEqual({ problem: 'control' });
    expect(readContactLine('x'.repeat(161))).toEqual({ problem: 'long' });
    expect(readContactLine('x'.repeat(160))).toEqual({ value: 'x'.repeat(160) });
    expect(readContactLine('')).toEqual({ value: '' });
    expect(readContactLine('مكتب الاستقبال، تحويلة 214')).toEqual({
      value: 'مكتب الاستقبال، تحويلة 214',
    });
    const result = readSettingsForm({ ...form, contactLine: '<script>' });
    expect(result).toEqual({
      ok: false,
      problems: { contactLine: 'markup' },
      first: 'contactLine',
    });
  });

  it('refuses exactly what the contract refuses', () => {
    const lines = ['', ' a ', 'a<b', 'a>b', 'a&b', 'tab\there', 'del\u007f', 'é'.repeat(160)];
    for (const line of [...lines, 'é'.repeat(161), 'Tel. +33 1 23 45 67 89']) {
      const ours = readContactLine(line);
      const contract = ContactLineSchema.safeParse(line);
      expect('value' in ours, JSON.stringify(line)).toBe(contract.success);
      if (contract.success) expect(ours).toEqual({ value: contract.data });
    }
  });

  it('names the first bad field in the order the form shows them', () => {
    expect(FIELD_IDS.slice(-7)).toEqual([
      'autolock',
      'retention',
      'contactLine',
      'warm-up',
      'calibration-due',
      'siteName',
      'bundleFolder',
    ]);
    const both = readSettingsForm({ ...withNumber('warm-up', '500'), contactLine: 'a & b' });
    expect(both).toMatchObject({ ok: false, first: 'contactLine' });
  });
});
