// The settings form as staff edit it: numbers as typed text, temperatures in the chosen unit. Read
// back with the contract's bounds (SETTINGS_LIMITS), so a bad field is named before anything is
// sent, with its bounds in the unit on screen.
import {
  ContactLineSchema,
  differenceFromDisplayUnits,
  differenceToDisplayUnits,
  fromDisplayUnits,
  KioskNameSchema,
  SETTINGS_LIMITS,
  toDisplayUnits,
  type DecisionMode,
  type KioskSettings,
  type LanguageCode,
  type LimitedSetting,
  type Units,
} from '@contract/settings.js';
import { readBundleFolder, readSiteName } from './bundle-settings.js';
import type { FolderProblem, SiteProblem } from './bundle-settings.js';

/** Each numeric field's id: also the suffix of its test ids (setting-<id>, error-<id>). */
export type NumberFieldId =
  | 'threshold'
  | 'deviation'
  | 'frames'
  | 'uncertainty'
  | 'volume'
  | 'result-seconds'
  | 'autolock'
  | 'retention'
  | 'warm-up'
  | 'calibration-due';

/** 'temperature' and 'difference' are stored in °C and shown in the chosen unit. */
type FieldKind = 'decimal' | 'whole' | 'temperature' | 'difference';

const NUMBER_FIELDS: Record<NumberFieldId, { setting: LimitedSetting; kind: FieldKind }> = {
  threshold: { setting: 'thresholdC', kind: 'temperature' },
  deviation: { setting: 'deviationC', kind: 'difference' },
  frames: { setting: 'framesPerReading', kind: 'whole' },
  uncertainty: { setting: 'maxUncertaintyC', kind: 'difference' },
  volume: { setting: 'volume', kind: 'decimal' },
  'result-seconds': { setting: 'resultSeconds', kind: 'whole' },
  autolock: { setting: 'autoLockMinutes', kind: 'whole' },
  retention: { setting: 'retentionDays', kind: 'whole' },
  'warm-up': { setting: 'warmUpMinutes', kind: 'decimal' },
  'calibration-due': { setting: 'calibrationDueDays', kind: 'whole' },
};

/** In the order the form shows them, so the first bad one can take the focus. */
export const NUMBER_FIELD_IDS = Object.keys(NUMBER_FIELDS) as NumberFieldId[];

/** Every field that can be wrong, in the order the form shows them (the first bad one takes the
 * focus). The kiosk's name, the contact line and the bundles' two (last, in a group of their own)
 * are lines of text; the others are numbers. */
export type FieldId = 'kioskName' | 'contactLine' | 'siteName' | 'bundleFolder' | NumberFieldId;
export const FIELD_IDS: readonly FieldId[] = [
  ...NUMBER_FIELD_IDS.flatMap((id): FieldId[] =>
    id === 'autolock' ? ['kioskName', id] : id === 'retention' ? [id, 'contactLine'] : [id],
  ),
  'siteName',
  'bundleFolder',
];

export interface SettingsForm {
  kioskName: string;
  mode: DecisionMode;
  units: Units;
  language: LanguageCode;
  muted: boolean;
  showTemperature: boolean;
  discreetReferral: boolean;
  /** As typed: printed on the entrance sign and the privacy papers. */
  contactLine: string;
  /** As typed: the site and the daily bundle folder ('' = never). */
  siteName: string;
  bundleFolder: string;
  numbers: Record<NumberFieldId, string>;
}

/** What is wrong with a field: not a number in [min, max] (whole if asked), bounds as shown. */
export interface FieldProblem {
  whole: boolean;
  /** A temperature or a difference, so the message names the unit. */
  inUnits: boolean;
  min: string;
  max: string;
}

/** What is wrong with the kiosk's name (KioskNameSchema's rules). */
export type NameProblem = 'empty' | 'long' | 'formula' | 'control';

/** What is wrong with the contact line (ContactLineSchema's rules). */
export type ContactProblem = 'long' | 'markup' | 'control';

export type FormProblems = Partial<Record<NumberFieldId, FieldProblem>> & {
  kioskName?: NameProblem;
  contactLine?: ContactProblem;
  siteName?: SiteProblem;
  bundleFolder?: FolderProblem;
};

export type ReadResult =
  { ok: true; settings: KioskSettings } | { ok: false; problems: FormProblems; first: FieldId };

// Values converted to °F and back drift by ~1e-14: never refuse a bound typed exactly.
const EPSILON = 1e-6;

function toShown(kind: FieldKind, value: number, units: Units): number {
  if (kind === 'temperature') return toDisplayUnits(value, units);
  if (kind === 'difference') return differenceToDisplayUnits(value, units);
  return value;
}

function fromShown(kind: FieldKind, value: number, units: Units): number {
  if (kind === 'temperature') return fromDisplayUnits(value, units);
  if (kind === 'difference') return differenceFromDisplayUnits(value, units);
  return value;
}

/** Plain digits with at most two decimals ("37.5", "99.14", "0.9"): what a number input holds. */
export function formatFieldNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** The bounds of a field in the unit on screen, as its message and its input show them. */
export function fieldBounds(id: NumberFieldId, units: Units): { min: number; max: number } {
  const { setting, kind } = NUMBER_FIELDS[id];
  const { min, max } = SETTINGS_LIMITS[setting];
  return { min: toShown(kind, min, units), max: toShown(kind, max, units) };
}

export function fieldStep(id: NumberFieldId): number {
  const { setting, kind } = NUMBER_FIELDS[id];
  // A tenth of a degree for the arrow keys, in either unit (any value is accepted when typed).
  return kind === 'temperature' || kind === 'difference' ? 0.1 : SETTINGS_LIMITS[setting].step;
}

function settingValue(settings: KioskSettings, setting: LimitedSetting): number {
  switch (setting) {
    case 'thresholdC':
      return settings.decision.thresholdC;
    case 'deviationC':
      return settings.decision.deviationC;
    case 'volume':
      return settings.sound.volume;
    default:
      return settings[setting];
  }
}

export function formFromSettings(settings: KioskSettings): SettingsForm {
  const numbers = {} as Record<NumberFieldId, string>;
  for (const id of NUMBER_FIELD_IDS) {
    const { setting, kind } = NUMBER_FIELDS[id];
    numbers[id] = formatFieldNumber(toShown(kind, settingValue(settings, setting), settings.units));
  }
  return {
    kioskName: settings.kioskName,
    mode: settings.decision.mode,
    units: settings.units,
    language: settings.language,
    muted: settings.sound.muted,
    showTemperature: settings.showTemperature,
    discreetReferral: settings.discreetReferral,
    contactLine: settings.contactLine,
    siteName: settings.siteName,
    bundleFolder: settings.bundleFolder,
    numbers,
  };
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** The same form in another unit: the temperatures typed so far are converted, not lost. */
export function withUnits(form: SettingsForm, units: Units): SettingsForm {
  if (units === form.units) return form;
  const numbers = { ...form.numbers };
  for (const id of NUMBER_FIELD_IDS) {
    const { kind } = NUMBER_FIELDS[id];
    const value = parseNumber(numbers[id]);
    if (value === null || (kind !== 'temperature' && kind !== 'difference')) continue;
    numbers[id] = formatFieldNumber(toShown(kind, fromShown(kind, value, form.units), units));
  }
  return { ...form, units, numbers };
}

/** One field read back in the setting's own unit, or what is wrong with it. */
function readField(
  id: NumberFieldId,
  text: string,
  units: Units,
): { value: number } | { problem: FieldProblem } {
  const { setting, kind } = NUMBER_FIELDS[id];
  const { min, max } = SETTINGS_LIMITS[setting];
  const shown = fieldBounds(id, units);
  const problem: FieldProblem = {
    whole: kind === 'whole',
    inUnits: kind === 'temperature' || kind === 'difference',
    min: formatFieldNumber(shown.min),
    max: formatFieldNumber(shown.max),
  };
  const typed = parseNumber(text);
  if (typed === null || (kind === 'whole' && !Number.isInteger(typed))) return { problem };
  // Stored to the hundredth: a °F value converted back is not left with a long tail of digits.
  const value = kind === 'whole' ? typed : Number(fromShown(kind, typed, units).toFixed(2));
  if (value < min - EPSILON || value > max + EPSILON) return { problem };
  return { value: Math.min(max, Math.max(min, value)) };
}

/** The kiosk's name as it will be stored (trimmed), or what is wrong with it. */
export function readKioskName(text: string): { value: string } | { problem: NameProblem } {
  const parsed = KioskNameSchema.safeParse(text);
  if (parsed.success) return { value: parsed.data };
  // The schema decides; its (English) issues are named here for a message in the page's language.
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'empty' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return { problem: 'control' };
  if (/^[=+\-@]/.test(trimmed)) return { problem: 'formula' };
  return { problem: 'long' };
}

/** The contact line as it will be stored (trimmed; may be empty), or what is wrong with it. */
export function readContactLine(text: string): { value: string } | { problem: ContactProblem } {
  const parsed = ContactLineSchema.safeParse(text);
  if (parsed.success) return { value: parsed.data };
  // The schema decides; its issues are named here for a message in the page's language.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text.trim())) return { problem: 'control' };
  if (/[<>&]/.test(text)) return { problem: 'markup' };
  return { problem: 'long' };
}

/** The settings to send, or every bad field (then nothing may be sent). */
export function readSettingsForm(form: SettingsForm): ReadResult {
  const values = {} as Record<NumberFieldId, number>;
  const problems: FormProblems = {};
  const name = readKioskName(form.kioskName);
  if ('problem' in name) problems.kioskName = name.problem;
  const contact = readContactLine(form.contactLine);
  if ('problem' in contact) problems.contactLine = contact.problem;
  const site = readSiteName(form.siteName);
  if ('problem' in site) problems.siteName = site.problem;
  const folder = readBundleFolder(form.bundleFolder);
  if ('problem' in folder) problems.bundleFolder = folder.problem;
  for (const id of NUMBER_FIELD_IDS) {
    const read = readField(id, form.numbers[id], form.units);
    if ('problem' in read) problems[id] = read.problem;
    else values[id] = read.value;
  }
  const first = FIELD_IDS.find((id) => problems[id]);
  const textsRead = 'value' in name && 'value' in contact && 'value' in site && 'value' in folder;
  if (first || !textsRead) return { ok: false, problems, first: first ?? 'kioskName' };
  return {
    ok: true,
    settings: {
      kioskName: name.value,
      decision: { mode: form.mode, thresholdC: values.threshold, deviationC: values.deviation },
      framesPerReading: values.frames,
      maxUncertaintyC: values.uncertainty,
      units: form.units,
      language: form.language,
      sound: { volume: values.volume, muted: form.muted },
      showTemperature: form.showTemperature,
      resultSeconds: values['result-seconds'],
      warmUpMinutes: values['warm-up'],
      calibrationDueDays: values['calibration-due'],
      discreetReferral: form.discreetReferral,
      contactLine: contact.value,
      siteName: site.value,
      bundleFolder: folder.value,
      autoLockMinutes: values.autolock,
      retentionDays: values.retention,
    },
  };
}
