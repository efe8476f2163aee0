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

export const calls = {
  getSnapshot: { args: z.object({}).strict(), result: KioskSnapshotSchema },
  getCounts: { args: DateRangeSchema, result: z.array(DailyCountSchema) },
} as const;

export const events = {
  state: ScreeningStateSchema,
  verdict: VerdictEventSchema,
  sensor: SensorStatusSchema,
  counts: DailyCountSchema,
  room: RoomSchema,
} as const;

export type CallName = keyof typeof calls;
export type CallArgs<N extends CallName> = z.infer<(typeof calls)[N]['args']>;
export type CallResult<N extends CallName> = z.infer<(typeof calls)[N]['result']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

export const CallNameSchema = z.enum(Object.keys(calls) as [CallName, ...CallName[]]);
export const EventNameSchema = z.enum(Object.keys(events) as [EventName, ...EventName[]]);

export type ApiErrorCode = 'invalid-request' | 'invalid-response' | 'unavailable' | 'internal';
export interface ApiError {
  code: ApiErrorCode;
  message: string;
}
/** Errors travel as values: a call never rejects. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ApiErrorSchema = z.object({
  code: z.enum(['invalid-request', 'invalid-response', 'unavailable', 'internal']),
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

/** What the core implements; the dispatcher validates around it. */
export type CallHandlers = {
  [N in CallName]: (args: CallArgs<N>) => CallResult<N> | Promise<CallResult<N>>;
};

/** Turns a schema failure into one readable sentence naming the fields at fault. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
