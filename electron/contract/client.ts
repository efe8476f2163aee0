// Client side of the API over any transport: validates every reply and event on receipt, so a
// malformed payload becomes an error value (calls) or is dropped with a report (events).
import {
  calls,
  describeIssues,
  events,
  EventNameSchema,
  ResultEnvelopeSchema,
  type CallArgs,
  type CallName,
  type CallResult,
  type EventName,
  type EventPayload,
  type KioskApi,
  type Result,
} from './api.js';

export interface ClientTransport {
  /** Sends a call; resolves with the raw reply, or rejects when the link itself failed. */
  invoke(name: CallName, args: unknown): Promise<unknown>;
  /** Delivers raw events; returns a function that stops delivery. */
  listen(handler: (event: unknown, payload: unknown) => void): () => void;
}

export function createApiClient(
  transport: ClientTransport,
  onInvalid: (message: string) => void = (m) => console.warn(m),
): KioskApi {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let stopListening: (() => void) | null = null;

  const deliver = (rawEvent: unknown, rawPayload: unknown): void => {
    const event = EventNameSchema.safeParse(rawEvent);
    if (!event.success)
      return onInvalid(`kiosk API: unknown event ${JSON.stringify(rawEvent)} ignored`);
    const payload = events[event.data].safeParse(rawPayload);
    if (!payload.success) {
      return onInvalid(
        `kiosk API: malformed "${event.data}" event ignored: ${describeIssues(payload.error)}`,
      );
    }
    for (const listener of listeners.get(event.data) ?? []) listener(payload.data as never);
  };

  return {
    async call<N extends CallName>(name: N, args: CallArgs<N>): Promise<Result<CallResult<N>>> {
      let raw: unknown;
      try {
        raw = await transport.invoke(name, args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'unavailable', message: `${name}: ${message}` } };
      }
      const envelope = ResultEnvelopeSchema.safeParse(raw);
      if (!envelope.success) {
        return {
          ok: false,
          error: { code: 'invalid-response', message: `${name}: reply is not a result` },
        };
      }
      if (!envelope.data.ok) return envelope.data;
      const value = calls[name].result.safeParse(envelope.data.value);
      if (!value.success) {
        return {
          ok: false,
          error: { code: 'invalid-response', message: `${name}: ${describeIssues(value.error)}` },
        };
      }
      return { ok: true, value: value.data as CallResult<N> };
    },

    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (payload: never) => void);
      stopListening ??= transport.listen(deliver);
      return () => {
        set.delete(listener as (payload: never) => void);
        if ([...listeners.values()].every((s) => s.size === 0) && stopListening) {
          stopListening();
          stopListening = null;
        }
      };
    },
  };
}
