// The console's settings form: values shown in the chosen unit, read back in °C with the
// contract's bounds, every bad field named (with its bounds as shown), nothing sent meanwhile.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  KioskSettingsSchema,
  SETTINGS_LIMITS,
  toDisplayUnits,
  type KioskSettings,
} from '../../electron/contract/settings.js';
import {
  fieldBounds,
  formatFieldNumber,
  formFromSettings,
  NUMBER_FIELD_IDS,
  readKioskName,
  readSettingsForm,
  FIELD_IDS,
  withUnits,
  type SettingsForm,
} from '../../renderer/src/console/settings/settings-form.js';
import {
  readBundleFolder,
  readSiteName,
} from '../../renderer/src/console/settings/bundle-settings.js';

const inF: KioskSettings = { ...DEFAULT_SETTINGS, units: 'F' };

function read(form: SettingsForm): KioskSettings {
  const result = readSettingsForm(form);
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result.settings;
}

describe('console settings form', () => {
  it('reads the defaults back unchanged, in °C and in °F', () => {
    expect(read(formFromSettings(DEFAULT_SETTINGS))).toEqual(DEFAULT_SETTINGS);
    expect(read(formFromSettings(inF))).toEqual(inF);
  });

  it('shows temperatures and differences in the chosen unit', () => {
    const form = formFromSettings(inF);
    expect(form.numbers.threshold).toBe('99.5');
    expect(form.numbers.deviation).toBe('0.9');
    expect(form.numbers.uncertainty).toBe('0.72');
    expect(form.numbers.frames).toBe('4');
  });

  it('converts what was typed when the unit changes, and back', () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    const typed = { ...form, numbers: { ...form.numbers, threshold: '38' } };
    const fahrenheit = withUnits(typed, 'F');
    expect(fahrenheit.numbers.threshold).toBe('100.4');
    expect(withUnits(fahrenheit, 'C').numbers.threshold).toBe('38');
    expect(read(fahrenheit).decision.thresholdC).toBe(38);
    // Text that is not a number is kept for the person to fix.
    const bad = { ...form, numbers: { ...form.numbers, threshold: '' } };
    expect(withUnits(bad, 'F').numbers.threshold).toBe('');
  });

  it('accepts the bounds typed exactly in °F', () => {
    const form = formFromSettings(inF);
    const { min, max } = fieldBounds('threshold', 'F');
    for (const value of [min, max]) {
      const settings = read({
        ...form,
        numbers: { ...form.numbers, threshold: String(Number(value.toFixed(2))) },
      });
      expect(KioskSettingsSchema.safeParse(settings).success).toBe(true);
    }
  });

  it('names every bad field with its bounds in the unit shown, and sends nothing', () => {
    const form = formFromSettings(inF);
    const result = readSettingsForm({
      ...form,
      numbers: {
        ...form.numbers,
        threshold: '120',
        frames: '3.5',
        retention: '',
        autolock: '0',
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.problems).sort()).toEqual(
      ['autolock', 'frames', 'retention', 'threshold'].sort(),
    );
    expect(result.first).toBe('threshold');
    const { min, max } = SETTINGS_LIMITS.thresholdC;
    expect(result.problems.threshold).toEqual({
      whole: false,
      inUnits: true,
      min: formatFieldNumber(toDisplayUnits(min, 'F')),
      max: formatFieldNumber(toDisplayUnits(max, 'F')),
    });
    expect(result.problems.frames).toMatchObject({ whole: true, min: '2', max: '16' });
  });

  it('uses the contract bounds for every numeric field', () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    for (const id of NUMBER_FIELD_IDS) {
      const { max } = fieldBounds(id, 'C');
      const over = readSettingsForm({
        ...form,
        numbers: { ...form.numbers, [id]: String(max + 1) },
      });
      expect(over.ok, id).toBe(false);
    }
    const { min, max } = SETTINGS_LIMITS.retentionDays;
    expect(fieldBounds('retention', 'C')).toEqual({ min, max });
  });

  it('reads the kiosk name trimmed, and names what is wrong with it in the form’s order', () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    expect(read({ ...form, kioskName: '  Main entrance ' }).kioskName).toBe('Main entrance');
    const bad = readSettingsForm({
      ...form,
      kioskName: '=cmd',
      numbers: { ...form.numbers, retention: '0' },
    });
    // In the form's order: the name comes before the console's lock and the retention.
    expect(bad).toMatchObject({
      ok: false,
      problems: { kioskName: 'formula', retention: {} },
      first: 'kioskName',
    });
  });

  it('explains each way a kiosk name can be refused, as KioskNameSchema refuses it', () => {
    expect(readKioskName('   ')).toEqual({ problem: 'empty' });
    expect(readKioskName('x'.repeat(41))).toEqual({ problem: 'long' });
    expect(readKioskName('x'.repeat(40))).toEqual({ value: 'x'.repeat(40) });
    for (const start of ['=', '+', '-', '@'])
      expect(readKioskName(`${start}1`)).toEqual({ problem: 'formula' });
    expect(readKioskName('Gate\t2')).toEqual({ problem: 'control' });
    expect(readKioskName('Entrée nord 2')).toEqual({ value: 'Entrée nord 2' });
  });

  it('reads the site and the daily folder trimmed, and refuses what their schemas refuse', () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    expect(form.siteName).toBe('Site 1');
    expect(form.bundleFolder).toBe('');
    const read1 = read({ ...form, siteName: ' Head office ', bundleFolder: ' /media/usb/b ' });
    expect(read1).toMatchObject({ siteName: 'Head office', bundleFolder: '/media/usb/b' });
    expect(KioskSettingsSchema.safeParse(read1).success).toBe(true);
    // Empty is "never"; Windows drive and share paths are full paths too.
    for (const folder of ['', 'E:\\bundles', 'C:/b', '\\\\server\\share'])
      expect(read({ ...form, bundleFolder: folder }).bundleFolder).toBe(folder);

    const bad = readSettingsForm({ ...form, siteName: '@x', bundleFolder: 'relative/path' });
    // Both named; they come last in the form, after every other field.
    expect(bad).toMatchObject({
      ok: false,
      problems: { siteName: 'formula', bundleFolder: 'relative' },
      first: 'siteName',
    });
    expect(FIELD_IDS.slice(-2)).toEqual(['siteName', 'bundleFolder']);
    const onlyFolder = readSettingsForm({ ...form, bundleFolder: 'usb' });
    expect(onlyFolder).toMatchObject({ ok: false, first: 'bundleFolder' });
  });

  it('explains each way a site or a folder can be refused', () => {
    expect(readSiteName('  ')).toEqual({ problem: 'empty' });
    expect(readSiteName('x'.repeat(41))).toEqual({ problem: 'long' });
    expect(readSiteName('x'.repeat(40))).toEqual({ value: 'x'.repeat(40) });
    for (const start of ['=', '+', '-', '@'])
      expect(readSiteName(`${start}1`)).toEqual({ problem: 'formula' });
    expect(readSiteName('North\u0007')).toEqual({ problem: 'control' });
    expect(readBundleFolder('relative/path')).toEqual({ problem: 'relative' });
    expect(readBundleFolder('./b')).toEqual({ problem: 'relative' });
    expect(readBundleFolder(`/${'x'.repeat(500)}`)).toEqual({ problem: 'long' });
    expect(readBundleFolder('/media/usb\nx')).toEqual({ problem: 'control' });
    expect(readBundleFolder('/media/usb')).toEqual({ value: '/media/usb' });
  });
});
