// Payloads of the staff console: PIN and sessions, status, live thermal view, sensor choice and
// the calibration wizard. Every staff call carries the session a correct PIN opened.
import { z } from 'zod';
import {
  DailyCountSchema,
  RoomSchema,
  ScreeningStateSchema,
  SensorStatusSchema,
} from './schemas.js';
import { OpticsCapabilitySchema, SiteCalibrationInfoSchema } from './site-calibration.js';
import { ReferralRateCheckSchema } from './second-checks.js';

/** 4 to 8 digits: typed on a touch screen's keypad. */
export const PinSchema = z.string().regex(/^\d{4,8}$/, 'a PIN is 4 to 8 digits');
export const SessionSchema = z.string().min(16).max(128);
/** 'staff' may do everything; 'hr' (its own PIN) may only read and export the counts. */
export const StaffRoleSchema = z.enum(['staff', 'hr']);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

export const UnlockResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('unlocked'), session: SessionSchema, role: StaffRoleSchema }),
  z.object({ status: z.literal('wrong-pin'), triesLeft: z.number().int().nonnegative() }),
  z.object({ status: z.literal('locked-out'), retryInSeconds: z.number().int().positive() }),
  z.object({ status: z.literal('no-pin') }),
]);
export type UnlockResult = z.infer<typeof UnlockResultSchema>;

export { StaffInfoSchema, type StaffInfo } from './schemas.js';

export const WithSession = z.object({ session: SessionSchema }).strict();

const Int = z.number().int().nonnegative();
/** A rectangle in sensor pixels (column 0 = viewer's left, row 0 = top). */
export const RegionSchema = z
  .object({ col: Int, row: Int, width: Int.min(1), height: Int.min(1) })
  .strict();
export type Region = z.infer<typeof RegionSchema>;

export const BlackbodyStateSchema = z.enum([
  'ok',
  'missing',
  'moved',
  'unstable',
  'out-of-tolerance',
  'not-configured',
  'unknown',
]);
export type BlackbodyState = z.infer<typeof BlackbodyStateSchema>;

export const CalibrationInfoSchema = z.object({
  /** 'shipped': the FDA-fitted model only; otherwise a blackbody calibration done on site. */
  kind: z.enum(['shipped', 'one-point', 'two-point']),
  date: z.string().nullable(),
  ageDays: z.number().int().nonnegative().nullable(),
  stale: z.boolean(),
  /** The site calibration with people in use for the sensor now streaming, or null. */
  site: SiteCalibrationInfoSchema.nullable(),
  /** What the sensor now streaming can screen (null before its first frame). */
  optics: OpticsCapabilitySchema.nullable(),
  /**
   * Readings rest on the physical model only: a sensor that cannot resolve the face's hottest
   * spot (any but a high-resolution one the optics model describes) has no site calibration.
   */
  physicalModelOnly: z.boolean(),
});
export type CalibrationInfo = z.infer<typeof CalibrationInfoSchema>;

export const StaffStatusSchema = z.object({
  state: ScreeningStateSchema,
  sensor: SensorStatusSchema,
  blackbody: z.object({
    state: BlackbodyStateSchema,
    region: RegionSchema.nullable(),
    setC: z.number().nullable(),
  }),
  room: RoomSchema,
  /** The room as the sensor reports it (not a person's temperature). */
  ambientC: z.number().nullable(),
  calibration: CalibrationInfoSchema,
  worker: z.object({
    state: z.enum(['running', 'restarting']),
    crashes: Int,
    framesProcessed: Int,
    framesDropped: Int,
  }),
  today: DailyCountSchema,
  /** Whether an HR PIN (export only) is set. */
  hrPinSet: z.boolean(),
  /** Something staff should know about the counts database (e.g. a damaged file set aside). */
  recordsNotice: z.string().nullable(),
  /** Refers waiting for their second check to be recorded. */
  pendingReferrals: Int,
  /** While the sensor warms up: when verdicts start (ms since 1970); otherwise null. */
  warmUpEndsAt: z.number().nullable(),
  /** The referral rate of the last days against what the calibration expects. */
  referralRate: ReferralRateCheckSchema,
});
export type StaffStatus = z.infer<typeof StaffStatusSchema>;

/** One thermal frame for the live view (transient: never stored, only sent to an unlocked console). */
export const ThermalViewSchema = z.object({
  seq: Int,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** °C, row by row, rounded to 0.01. */
  pixels: z.array(z.number()),
  minC: z.number(),
  maxC: z.number(),
  regions: z.object({
    subject: RegionSchema.nullable(),
    face: RegionSchema.nullable(),
    blackbody: RegionSchema.nullable(),
  }),
});
export type ThermalView = z.infer<typeof ThermalViewSchema>;

export const PortChoiceSchema = z.object({
  path: z.string(),
  /** What the USB ids suggest (e.g. "CH340 USB-serial"), or null. */
  likely: z.string().nullable(),
  manufacturer: z.string().nullable(),
});

export const SensorOptionsSchema = z.object({
  ports: z.array(PortChoiceSchema),
  protocols: z.array(
    z.object({ id: z.string(), label: z.string(), bauds: z.array(z.number().int().positive()) }),
  ),
});
export type SensorOptions = z.infer<typeof SensorOptionsSchema>;

export const SensorChoiceSchema = z
  .object({
    path: z.string().trim().min(1, 'choose a port').max(256),
    /** 'auto' tries every protocol and baud rate. */
    protocol: z.string().min(1).max(64),
    baud: z.number().int().positive().nullable(),
  })
  .strict();
export type SensorChoice = z.infer<typeof SensorChoiceSchema>;

/** The blackbody as read over a few seconds: the mean of its region and how sure that mean is. */
export const CalibrationPointSchema = z
  .object({
    setC: z.number().min(20).max(50),
    measuredC: z.number(),
    /** Standard uncertainty of measuredC (1σ, °C): temporal and spatial noise of the region. */
    uncertaintyC: z.number().nonnegative(),
    frames: z.number().int().positive(),
  })
  .strict();
export type CalibrationPoint = z.infer<typeof CalibrationPointSchema>;

export const CalibrationPointsSchema = z.union([
  z.tuple([CalibrationPointSchema]),
  z.tuple([CalibrationPointSchema, CalibrationPointSchema]),
]);

export const CalibrationResultSchema = z.object({
  gain: z.number(),
  offset: z.number(),
  /** 1σ uncertainty of a corrected reading at 37 °C, °C. */
  uncertaintyC: z.number().nonnegative(),
  /** Problems to fix before accepting (empty when it may be accepted). */
  problems: z.array(z.string()),
});
export type CalibrationResult = z.infer<typeof CalibrationResultSchema>;
