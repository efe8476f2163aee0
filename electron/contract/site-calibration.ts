// Payloads of the site calibration with people: staff read volunteers with a clinical thermometer
// right after the kiosk's reading, and the kiosk fits its offset. The kiosk's own readings never
// cross: a volunteer's slot says only whether the kiosk has read them. The thermometer values staff
// typed come back (so the wizard survives switching tabs) and live in the kiosk's memory alone.
import { z } from 'zod';

/** The rules the console checks next to each field; the kiosk checks them again on receipt. */
export const SITE_LIMITS = {
  /** A clinical reading outside this range is a typing error or not a living person's, °C. */
  clinicalC: { min: 34, max: 42 },
  /** Volunteers needed before a fit may be accepted. */
  minVolunteers: 10,
  /** Volunteers one session may hold. */
  maxVolunteers: 60,
} as const;

const Range = z.object({ min: z.number(), max: z.number() });

/** The fitted result staff accepted, as the calibration history keeps it. */
export const SiteCalibrationInfoSchema = z.object({
  /** When it was fitted, YYYY-MM-DD. */
  date: z.string(),
  /** The sensor it applies to (e.g. "32x24@55": resolution and field of view). */
  sensor: z.string(),
  /** body = the kiosk's corrected face maximum + offsetC. */
  offsetC: z.number(),
  /** Standard error of the offset, °C. */
  seC: z.number().nonnegative(),
  /** Residual spread (1σ) across the volunteers, °C. */
  spreadC: z.number().nonnegative(),
  n: z.number().int().positive(),
  /** Where the volunteers stood (m), when the sensor could tell. */
  distanceM: Range.nullable(),
});
export type SiteCalibrationInfo = z.infer<typeof SiteCalibrationInfoSchema>;

/** What the sensor in use can screen, by the optics model. */
export const OpticsCapabilitySchema = z.object({
  sensor: z.string(),
  /** Whether the optics model describes this sensor at all. */
  modelled: z.boolean(),
  /** Whether some distance keeps the spread across people within the limit. */
  canScreen: z.boolean(),
  /** Distances (m) where it can; null: none (or a single-point sensor: its mark). */
  usableM: Range.nullable(),
  /** The smallest spread across people at any distance, °C (null: not modelled). */
  bestSpreadC: z.number().nullable(),
  /** What the optics take off the face maximum at the nearest usable distance, °C. */
  lossC: z.number().nullable(),
});
export type OpticsCapability = z.infer<typeof OpticsCapabilitySchema>;

/** Why a session ended without staff accepting or discarding it: its values were dropped. */
export const SiteInterruptionSchema = z.enum([
  'locked',
  'auto-lock',
  'pin-changed',
  'sensor-changed',
]);
export type SiteInterruption = z.infer<typeof SiteInterruptionSchema>;

/** One volunteer: whether the kiosk has read them, and the thermometer's value staff typed. */
export const VolunteerSlotSchema = z.object({
  /** 1, 2, 3…: kept when another volunteer is dropped. */
  slot: z.number().int().positive(),
  reading: z.enum(['waiting', 'taken']),
  clinicalC: z.number().nullable(),
});
export type VolunteerSlot = z.infer<typeof VolunteerSlotSchema>;

export const SiteFitSchema = z.object({
  /** The fit (null with fewer than 2 volunteers); shown also when it has problems. */
  calibration: SiteCalibrationInfoSchema.nullable(),
  /** At the threshold in use: a person at 38.0 °C is referred, one at 37.0 °C passes. */
  expected: z.object({ sensitivity: z.number(), specificity: z.number() }).nullable(),
  thresholdC: z.number(),
  /** Sentences (the kiosk's own words): the fit may be accepted only when there are none. */
  problems: z.array(z.string()),
});
export type SiteFit = z.infer<typeof SiteFitSchema>;

export const SiteEndedSchema = z.discriminatedUnion('how', [
  z.object({ how: z.literal('accepted'), calibration: SiteCalibrationInfoSchema }),
  z.object({ how: z.literal('discarded') }),
  z.object({ how: z.literal('interrupted'), why: SiteInterruptionSchema }),
]);
export type SiteEnded = z.infer<typeof SiteEndedSchema>;

export const SiteWizardStateSchema = z.object({
  /** A session is open (for this console). */
  active: z.boolean(),
  /** A session is open in another console session: this one cannot join it. */
  elsewhere: z.boolean(),
  /** The sensor the session reads (null until the first frame). */
  sensor: z.string().nullable(),
  volunteers: z.array(VolunteerSlotSchema),
  /** The latest fit of the values as they are now (null once anything changed). */
  fit: SiteFitSchema.nullable(),
  /** How the last session ended, until the next one starts. */
  ended: SiteEndedSchema.nullable(),
});
export type SiteWizardState = z.infer<typeof SiteWizardStateSchema>;

/** How staff lock the console: on purpose, or after their auto-lock time without input. */
export const LockWhySchema = z.enum(['staff', 'auto-lock']);
