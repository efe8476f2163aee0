// The kiosk API: one table of calls and one of events. Both transports (Electron IPC, local
// WebSocket) carry exactly these, validated against these schemas on receipt.
import { z } from 'zod';
import {
  DailyCountSchema,
  DateRangeSchema,
  KioskSnapshotSchema,
  RoomSchema,
  ScreeningStateSchema,
  SensorStatusSchema,
  VerdictEventSchema,
} from './schemas.js';
import { ExportFileSchema, ExportQuerySchema } from './export.js';
import { BundleFileSchema, BundleIdentitySchema } from './bundle.js';
import { ConditionsDaySchema } from './conditions.js';
import { DeploymentPackSchema } from './deployment-pack.js';
import { SecondCheckOutcomeSchema, SecondChecksSchema } from './second-checks.js';
import { KioskSettingsSchema } from './settings.js';
import {
  CalibrationInfoSchema,
  CalibrationPointSchema,
  CalibrationPointsSchema,
  CalibrationResultSchema,
  PinSchema,
  RegionSchema,
  SensorChoiceSchema,
  SensorOptionsSchema,
  SessionSchema,
  StaffInfoSchema,
  StaffStatusSchema,
  ThermalViewSchema,
  UnlockResultSchema,
  WithSession,
} from './staff.js';
import { LockWhySchema, SiteWizardStateSchema } from './site-calibration.js';
import { DeviceEventSchema, MAX_DEVICE_EVENTS } from './device-events.js';

const Empty = z.object({}).strict();
const staff = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ session: SessionSchema, ...shape }).strict();

/**
 * Who may make a call: anyone holding the transport's token, an open staff session, or an open
 * staff or HR session (HR opens the counts and their export only). The dispatcher enforces it
 * with the one guard the kiosk supplies, for both transports; `polled` calls check the session
 * without counting as staff activity (the console's own polling must not keep it unlocked).
 */
export type CallAccess = 'anyone' | 'staff' | 'staff-or-hr';
export interface CallRule {
  access: Exclude<CallAccess, 'anyone'>;
  polled: boolean;
}

export const calls = {
  getSnapshot: { args: Empty, result: KioskSnapshotSchema, access: 'anyone' },
  /** Days with any count in the range, oldest first. Staff or HR session. */
  getCounts: {
    args: staff({ range: DateRangeSchema }),
    result: z.array(DailyCountSchema),
    access: 'staff-or-hr',
  },
  /** The HR export as a CSV file's text. Staff or HR session. */
  exportCounts: {
    args: staff({ query: ExportQuerySchema }),
    result: ExportFileSchema,
    access: 'staff-or-hr',
  },
  /** Records what the clinical thermometer said after a refer: refused unless one is pending.
   * Returns the referrals still pending. Staff session. */
  recordSecondCheck: {
    args: staff({ outcome: SecondCheckOutcomeSchema }),
    result: z.object({ pending: z.number().int().nonnegative() }),
    access: 'staff',
  },
  /** Second-check totals by day in the range, and the share of referrals confirmed. */
  getSecondChecks: {
    args: staff({ range: DateRangeSchema }),
    result: SecondChecksSchema,
    access: 'staff-or-hr',
  },
  /** The daily conditions record (minutes ready, paused by reason, room range, reference). */
  getConditions: {
    args: staff({ range: DateRangeSchema }),
    result: z.array(ConditionsDaySchema),
    access: 'staff-or-hr',
  },
  /** The conditions record as its own CSV file, for compliance files. */
  exportConditions: {
    args: staff({ range: DateRangeSchema }),
    result: ExportFileSchema,
    access: 'staff-or-hr',
  },
  /** The signing key's fingerprint (for HR to register the kiosk) and the daily folder's state. */
  getBundleIdentity: { args: WithSession, result: BundleIdentitySchema, access: 'staff-or-hr' },
  /** A signed counts bundle for the multi-site roll-up, for the range. */
  exportBundle: {
    args: staff({ range: DateRangeSchema }),
    result: BundleFileSchema,
    access: 'staff-or-hr',
  },
  /** What the sign, the record of processing and the DPIA draft are written from. */
  getDeploymentPack: { args: WithSession, result: DeploymentPackSchema, access: 'staff' },
  // Staff console. Only setting the first PIN and unlocking work without a session.
  staffSetPin: {
    args: z.object({ pin: PinSchema }).strict(),
    result: UnlockResultSchema,
    access: 'anyone',
  },
  staffUnlock: {
    args: z.object({ pin: PinSchema }).strict(),
    result: UnlockResultSchema,
    access: 'anyone',
  },
  /** `why`: the console's own auto-lock says so, for the site calibration's notice. */
  staffLock: { args: staff({ why: LockWhySchema.optional() }), result: Empty, access: 'anyone' },
  /** Staff input counts as activity: the console locks itself after autoLockMinutes without. */
  staffKeepAlive: { args: WithSession, result: Empty, access: 'staff-or-hr' },
  staffChangePin: { args: staff({ pin: PinSchema }), result: Empty, access: 'staff' },
  /** Sets (or, with null, removes) the HR PIN, which opens the export only. Staff session. */
  setHrPin: { args: staff({ pin: PinSchema.nullable() }), result: Empty, access: 'staff' },
  getStaffStatus: { args: WithSession, result: StaffStatusSchema, access: 'staff', polled: true },
  /** The latest frame, or null before the first one. Polled by the console (that throttles it). */
  getThermalView: {
    args: WithSession,
    result: ThermalViewSchema.nullable(),
    access: 'staff',
    polled: true,
  },
  getSensorOptions: { args: WithSession, result: SensorOptionsSchema, access: 'staff' },
  connectSensor: {
    args: staff({ choice: SensorChoiceSchema }),
    result: SensorStatusSchema,
    access: 'staff',
  },
  disconnectSensor: { args: WithSession, result: SensorStatusSchema, access: 'staff' },
  updateSettings: {
    args: staff({ settings: KioskSettingsSchema }),
    result: KioskSettingsSchema,
    access: 'staff',
  },
  /** Reads the blackbody region for a few seconds at its set point. */
  captureCalibrationPoint: {
    args: staff({ region: RegionSchema, setC: z.number().min(20).max(50) }),
    result: CalibrationPointSchema,
    access: 'staff',
  },
  evaluateCalibration: {
    args: staff({ points: CalibrationPointsSchema }),
    result: CalibrationResultSchema,
    access: 'staff',
  },
  /** Saves the calibration and the blackbody region/set point; applied to the next frame. */
  acceptCalibration: {
    args: staff({
      region: RegionSchema,
      setC: z.number().min(20).max(50),
      points: CalibrationPointsSchema,
    }),
    result: CalibrationInfoSchema,
    access: 'staff',
  },
  // Site calibration with people: one session in the kiosk's memory, owned by the console session
  // that started it, ended by a lock, a PIN change or a sensor change. Only the accepted fit is
  // stored; the kiosk's readings never cross, the typed values come back for the wizard alone.
  /** The wizard's state (polled: not staff activity). */
  siteCalibrationState: {
    args: WithSession,
    result: SiteWizardStateSchema,
    access: 'staff',
    polled: true,
  },
  siteCalibrationStart: { args: WithSession, result: SiteWizardStateSchema, access: 'staff' },
  /** Adds a volunteer; the kiosk's next pass/refer reading is theirs. */
  siteCalibrationReadNext: { args: WithSession, result: SiteWizardStateSchema, access: 'staff' },
  /** The clinical thermometer's reading for a volunteer the kiosk has read, °C. */
  siteCalibrationEnterValue: {
    args: staff({ slot: z.number().int().positive(), clinicalC: z.number() }),
    result: SiteWizardStateSchema,
    access: 'staff',
  },
  /** Clears a volunteer's typed value, or drops the volunteer (their reading too). */
  siteCalibrationRemove: {
    args: staff({ slot: z.number().int().positive(), what: z.enum(['value', 'volunteer']) }),
    result: SiteWizardStateSchema,
    access: 'staff',
  },
  siteCalibrationFit: { args: WithSession, result: SiteWizardStateSchema, access: 'staff' },
  /** Stores the fit (refused unless it passed its checks), applies it, ends the session. */
  siteCalibrationAccept: { args: WithSession, result: SiteWizardStateSchema, access: 'staff' },
  siteCalibrationDiscard: { args: WithSession, result: SiteWizardStateSchema, access: 'staff' },
  /** Leaves kiosk mode (closes the app). Needs a session: passers-by cannot. */
  exitKiosk: { args: WithSession, result: Empty, access: 'staff' },
  /** The device's own events, newest first (audit trail: no personal data). Staff session. */
  getDeviceEvents: {
    args: staff({ limit: z.number().int().min(1).max(MAX_DEVICE_EVENTS).optional() }),
    result: z.array(DeviceEventSchema),
    access: 'staff',
    polled: true,
  },
} as const satisfies Record<
  string,
  { args: z.ZodType; result: z.ZodType; access: CallAccess; polled?: boolean }
>;

export const events = {
  state: ScreeningStateSchema,
  verdict: VerdictEventSchema,
  sensor: SensorStatusSchema,
  counts: DailyCountSchema,
  room: RoomSchema,
  settings: KioskSettingsSchema,
  staff: StaffInfoSchema,
  /** Whether readings rest on the physical model only (see the snapshot). */
  physicalModelOnly: z.boolean(),
  /** Refers waiting for staff to record their second check (a count, never who). */
  pendingReferrals: z.number().int().nonnegative(),
  /** The camera calibration became overdue, or was renewed (see the snapshot). */
  calibrationOverdue: z.boolean(),
} as const;

export type CallName = keyof typeof calls;
export type CallArgs<N extends CallName> = z.infer<(typeof calls)[N]['args']>;
export type CallResult<N extends CallName> = z.infer<(typeof calls)[N]['result']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

export const CallNameSchema = z.enum(Object.keys(calls) as [CallName, ...CallName[]]);
export const EventNameSchema = z.enum(Object.keys(events) as [EventName, ...EventName[]]);

export const API_ERROR_CODES = [
  'invalid-request',
  'invalid-response',
  'unavailable',
  'internal',
  /** The staff session is missing, expired or locked: unlock with the PIN again. */
  'unauthorized',
  /** The kiosk understood the call and refused it, saying why (e.g. a PIN is already set). */
  'rejected',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export interface ApiError {
  code: ApiErrorCode;
  message: string;
}
/** Errors travel as values: a call never rejects. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by a handler to fail with a specific code; anything else thrown is 'internal'. */
export class ApiFailure extends Error {
  constructor(
    readonly code: 'unauthorized' | 'rejected',
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export const ApiErrorSchema = z.object({
  code: z.enum(API_ERROR_CODES),
  message: z.string(),
});
export const ResultEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorSchema }),
]);

export type Unsubscribe = () => void;

/** What the renderer sees, whatever carries it. */
export interface KioskApi {
  call<N extends CallName>(name: N, args: CallArgs<N>): Promise<Result<CallResult<N>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe;
}

/**
 * What the core implements; the dispatcher validates around it and, before any call that needs a
 * session, runs `authorize` (which throws ApiFailure 'unauthorized' to refuse).
 */
export type CallHandlers = {
  [N in CallName]: (args: CallArgs<N>) => CallResult<N> | Promise<CallResult<N>>;
} & { authorize: (session: string, rule: CallRule) => void };

/** Turns a schema failure into one readable sentence naming the fields at fault. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
