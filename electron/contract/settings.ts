// The settings staff change in the console, validated here so the console (next to each field)
// and the kiosk (on receipt) apply the same rules. Temperatures are stored in °C; the console
// shows them in the chosen unit.
import { z } from 'zod';

export const LANGUAGE_CODES = ['en', 'es', 'fr', 'zh', 'ar'] as const;
export const LanguageCodeSchema = z.enum(LANGUAGE_CODES);
export type LanguageCode = z.infer<typeof LanguageCodeSchema>;

export const UnitsSchema = z.enum(['C', 'F']);
export type Units = z.infer<typeof UnitsSchema>;

export const DecisionModeSchema = z.enum(['threshold', 'baseline']);
export type DecisionMode = z.infer<typeof DecisionModeSchema>;

/** Bounds of every numeric setting, shared by the console's form and the schema below. */
export const SETTINGS_LIMITS = {
  /** Fixed threshold (and the baseline's seed), as `--threshold` accepts; guidance uses 37.3–38.0 °C. */
  thresholdC: { min: 34, max: 40, step: 0.1 },
  /** Running baseline: refer above baseline + this (as `--deviation`). */
  deviationC: { min: 0.1, max: 2, step: 0.1 },
  framesPerReading: { min: 2, max: 16, step: 1 },
  maxUncertaintyC: { min: 0.1, max: 1, step: 0.05 },
  volume: { min: 0, max: 1, step: 0.05 },
  resultSeconds: { min: 2, max: 60, step: 1 },
  autoLockMinutes: { min: 1, max: 60, step: 1 },
  retentionDays: { min: 1, max: 3650, step: 1 },
  /** Minutes after a sensor starts before verdicts (thermal arrays drift while they warm). */
  warmUpMinutes: { min: 0, max: 120, step: 0.5 },
  /** Days after a camera calibration before it is overdue (a warning, not a pause). */
  calibrationDueDays: { min: 1, max: 365, step: 1 },
} as const;
export type LimitedSetting = keyof typeof SETTINGS_LIMITS;

function bounded(key: LimitedSetting, integer = false) {
  const { min, max } = SETTINGS_LIMITS[key];
  const base = z.number({ error: 'enter a number' });
  const checked = integer ? base.int('enter a whole number') : base;
  return checked.min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);
}

/** A kiosk's name as HR sees it in exports ("Main entrance"). It never starts with a character a
 * spreadsheet would read as a formula, and holds no control characters. */
export const KioskNameSchema = z
  .string({ error: 'enter a name' })
  .trim()
  .min(1, 'enter a name, e.g. Main entrance')
  .max(40, 'must be at most 40 characters')
  .regex(/^[^=+\-@]/, 'must not start with = + - or @')
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters');

/** The sign's contact line ("Ask at reception, ext. 214"): plain text only, printed as typed. */
export const ContactLineSchema = z
  .string({ error: 'enter a line of text' })
  .trim()
  .max(160, 'must be at most 160 characters')
  .regex(/^[^<>&]*$/, 'plain text only: no < > or &')
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters');

/** A site's name as HR groups it ("Warehouse North"): the kiosk name's rules. */
export const SiteNameSchema = z
  .string({ error: 'enter a name' })
  .trim()
  .min(1, 'enter a name, e.g. Head office')
  .max(40, 'must be at most 40 characters')
  .regex(/^[^=+\-@]/, 'must not start with = + - or @')
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters');

/** Where the kiosk writes its bundles every day: an absolute folder path, or '' for never. */
export const BundleFolderSchema = z
  .string({ error: 'enter a folder path' })
  .trim()
  .max(500, 'must be at most 500 characters')
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters')
  .refine(
    (p) => p === '' || p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'),
    {
      message: 'must be a full path, e.g. /media/usb/bundles or E:\\bundles (or empty for never)',
    },
  );

export const KioskSettingsSchema = z
  .object({
    /** Which kiosk the counts come from (one column of the HR export). */
    kioskName: KioskNameSchema,
    decision: z
      .object({
        mode: DecisionModeSchema,
        thresholdC: bounded('thresholdC'),
        deviationC: bounded('deviationC'),
      })
      .strict(),
    framesPerReading: bounded('framesPerReading', true),
    maxUncertaintyC: bounded('maxUncertaintyC'),
    units: UnitsSchema,
    /** The language the walk-through screen returns to after each person. */
    language: LanguageCodeSchema,
    sound: z.object({ volume: bounded('volume'), muted: z.boolean() }).strict(),
    /** Show the estimate on pass/refer screens. Off by default: workers see the verdict only. */
    showTemperature: z.boolean(),
    /** Seconds a verdict stays up before the screen goes back to idle by itself. */
    resultSeconds: bounded('resultSeconds', true),
    /** Minutes without staff input before the console locks itself. */
    autoLockMinutes: bounded('autoLockMinutes', true),
    /** Days of anonymous counts and device events kept; older ones are deleted daily. */
    retentionDays: bounded('retentionDays', true),
    /** Minutes after a sensor starts streaming before verdicts are given (warming up). */
    warmUpMinutes: bounded('warmUpMinutes'),
    /** A camera calibration older than this many days is flagged overdue to staff. */
    calibrationDueDays: bounded('calibrationDueDays', true),
    /** A refer looks like a pass to the worker (colour, sound) and asks them to see the staff
     * member; the staff console chimes. Off by default. */
    discreetReferral: z.boolean(),
    /** Who to ask, printed on the entrance sign and the privacy papers. */
    contactLine: ContactLineSchema,
    /** The site HR groups this kiosk under in the multi-site roll-up. */
    siteName: SiteNameSchema,
    /** A folder (USB stick, mounted share) the kiosk writes its signed bundles to every day;
     * '' for never. The kiosk writes files only: it opens no network connection. */
    bundleFolder: BundleFolderSchema,
  })
  .strict();
export type KioskSettings = z.infer<typeof KioskSettingsSchema>;

export const DEFAULT_SETTINGS: KioskSettings = {
  kioskName: 'Kiosk 1',
  decision: { mode: 'threshold', thresholdC: 37.5, deviationC: 0.5 },
  framesPerReading: 4,
  maxUncertaintyC: 0.4,
  units: 'C',
  language: 'en',
  sound: { volume: 0.5, muted: false },
  showTemperature: false,
  resultSeconds: 5,
  autoLockMinutes: 5,
  retentionDays: 90,
  warmUpMinutes: 30,
  calibrationDueDays: 30,
  discreetReferral: false,
  contactLine: '',
  siteName: 'Site 1',
  bundleFolder: '',
};

export function toDisplayUnits(c: number, units: Units): number {
  return units === 'F' ? (c * 9) / 5 + 32 : c;
}

export function fromDisplayUnits(value: number, units: Units): number {
  return units === 'F' ? ((value - 32) * 5) / 9 : value;
}

/** A temperature difference (the baseline's deviation) in the chosen unit. */
export function differenceToDisplayUnits(c: number, units: Units): number {
  return units === 'F' ? (c * 9) / 5 : c;
}

export function differenceFromDisplayUnits(value: number, units: Units): number {
  return units === 'F' ? (value * 5) / 9 : value;
}
