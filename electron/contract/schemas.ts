// Runtime schemas for every payload that crosses the kiosk API. Shared by the main process, the
// preload, the Node host and the renderer, so this folder must never import Node or Electron.
import { z } from 'zod';
import { KioskSettingsSchema } from './settings.js';

// Zod 4 probes `new Function` to compile faster parsers; under the kiosk's CSP (no eval) that probe
// is reported as a violation in the renderer and the preload. Payloads are tiny: skip the JIT.
z.config({ jitless: true });

export const OutcomeSchema = z.enum(['pass', 'refer', 'retry']);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const RetryReasonSchema = z.enum([
  'too-far',
  'too-close',
  'one-person',
  'hold-still',
  'too-cold',
  'too-warm',
  'uncertain',
]);
export type RetryReason = z.infer<typeof RetryReasonSchema>;

export const PauseReasonSchema = z.enum([
  'starting',
  'sensor-disconnected',
  'sensor-stalled',
  'sensor-frozen',
  'sensor-garbage',
  /** The sensor's firmware reports a problem (e.g. it cannot see its sensor chip). */
  'sensor-problem',
  /** A sensor was connected; the kiosk is finding out which protocol it speaks. */
  'sensor-detecting',
  'blackbody-missing',
  'blackbody-moved',
  'blackbody-unstable',
  'blackbody-out-of-tolerance',
  'records-unavailable',
  'estimator-restarting',
  /** The sensor started recently: verdicts wait for its warm-up (readyAt says until when). */
  'warming-up',
  /** The room is outside 18–24 °C (DESIGN.md): skin readings are not reliable. */
  'room-too-cold',
  'room-too-warm',
]);
export type PauseReason = z.infer<typeof PauseReasonSchema>;

/** What the person measuring should do now (live guidance from the engine). */
export const GuidanceSchema = z.enum([
  'step-closer',
  'step-back',
  'hold-still',
  'one-person',
  'measuring',
]);
export type Guidance = z.infer<typeof GuidanceSchema>;

export const ScreenSchema = z.enum(['idle', 'measuring', 'pass', 'refer', 'retry', 'paused']);
export type Screen = z.infer<typeof ScreenSchema>;

export const ModeSchema = z.enum(['live', 'demo']);
export type Mode = z.infer<typeof ModeSchema>;

/** What the walk-through screen shows. Carries no identity, and no temperature unless staff chose
 * to show it on screen (it is then displayed, never stored). */
export const ScreeningStateSchema = z.discriminatedUnion('screen', [
  z.object({ screen: z.literal('idle') }),
  z.object({
    screen: z.literal('measuring'),
    progress: z.number().min(0).max(1),
    guidance: GuidanceSchema,
  }),
  // The estimate (°C, 0.1) is present only when staff turned "show temperature" on.
  z.object({ screen: z.literal('pass'), temperatureC: z.number().optional() }),
  z.object({ screen: z.literal('refer'), temperatureC: z.number().optional() }),
  z.object({ screen: z.literal('retry'), reason: RetryReasonSchema }),
  z.object({
    screen: z.literal('paused'),
    reason: PauseReasonSchema,
    /** While warming up: when verdicts start (ms since 1970, the kiosk's clock). */
    readyAt: z.number().optional(),
  }),
]);
export type ScreeningState = z.infer<typeof ScreeningStateSchema>;

/** Why a reading passed or was referred (machine-readable; never a temperature). */
export const PassReasonSchema = z.enum(['below-threshold', 'within-baseline']);
export const ReferReasonSchema = z.enum(['above-threshold', 'borderline', 'above-baseline']);

export const VerdictEventSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('pass'), reason: PassReasonSchema }),
  z.object({ outcome: z.literal('refer'), reason: ReferReasonSchema }),
  z.object({ outcome: z.literal('retry'), reason: RetryReasonSchema }),
]);
export type VerdictEvent = z.infer<typeof VerdictEventSchema>;

export const SensorLinkStateSchema = z.enum([
  'none',
  'connecting',
  'detecting',
  'streaming',
  'disconnected',
]);
/** `device`: the device itself says something is wrong (its words are in lastError). */
export const SensorFaultSchema = z.enum(['stalled', 'frozen', 'garbage', 'device']);

const Counter = z.number().int().nonnegative();
/** The sensor link as staff see it: what is connected, how well it streams, what went wrong. */
export const SensorStatusSchema = z.object({
  state: SensorLinkStateSchema,
  fault: SensorFaultSchema.nullable(),
  port: z.string().nullable(),
  protocol: z.string().nullable(),
  baud: z.number().int().positive().nullable(),
  frames: Counter,
  checksumErrors: Counter,
  malformed: Counter,
  resyncs: Counter,
  bytesDiscarded: Counter,
  /** Pixels a text sketch printed as nan/inf/ovf, filled from their neighbours. */
  repairedPixels: Counter,
  reconnects: Counter,
  rateHz: z.number().nonnegative().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
});
export type SensorStatus = z.infer<typeof SensorStatusSchema>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const LocalDateSchema = z
  .string()
  .regex(ISO_DATE, 'expected a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a real calendar date');

export const DateRangeSchema = z
  .object({ from: LocalDateSchema, to: LocalDateSchema })
  .refine((r) => r.from <= r.to, { message: '"from" must not be after "to"', path: ['to'] });
export type DateRange = z.infer<typeof DateRangeSchema>;

const Count = z.number().int().nonnegative();
/** One local day's anonymous totals. screened = pass + refer + retry. */
export const DailyCountSchema = z.object({
  date: LocalDateSchema,
  screened: Count,
  pass: Count,
  refer: Count,
  retry: Count,
});
export type DailyCount = z.infer<typeof DailyCountSchema>;

/** The room as the kiosk sees it: screening is reliable at 18–24 °C (DESIGN.md). */
export const RoomSchema = z.enum(['ok', 'cold', 'warm', 'unknown']);
export type Room = z.infer<typeof RoomSchema>;

/** Public facts about the staff console: whether a PIN exists yet, and the demo's PINs. */
export const StaffInfoSchema = z.object({
  pinSet: z.boolean(),
  demoPin: z.string().nullable(),
  /** The demo's HR PIN (export only), shown on its banner; null on a real kiosk. */
  demoHrPin: z.string().nullable(),
});
export type StaffInfo = z.infer<typeof StaffInfoSchema>;

export const KioskSnapshotSchema = z.object({
  mode: ModeSchema,
  /** Times the estimation worker died and was restarted since the kiosk started. */
  estimatorCrashes: z.number().int().nonnegative(),
  room: RoomSchema,
  state: ScreeningStateSchema,
  sensor: SensorStatusSchema,
  today: DailyCountSchema,
  settings: KioskSettingsSchema,
  staff: StaffInfoSchema,
  /** Readings rest on the physical model only (no site calibration for a low-resolution sensor):
   * the staff line says so. */
  physicalModelOnly: z.boolean(),
  /** The camera calibration is older than staff allow (calibrationDueDays): the footer says so. */
  calibrationOverdue: z.boolean(),
  /** Refers waiting for staff to record their second check. */
  pendingReferrals: z.number().int().nonnegative(),
});
export type KioskSnapshot = z.infer<typeof KioskSnapshotSchema>;
