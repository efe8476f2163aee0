// What every kiosk service shares: the clock, the local date, the log, the device's event log and
// the API's event stream. One object, so a service never needs the kiosk itself.
import type { EventName, EventPayload } from '../../contract/api.js';
import type { EventKind } from '../records/event-log.js';
import type { LocalTime } from '../records/local-date.js';

export interface KioskContext {
  now(): Date;
  local(): LocalTime;
  log(line: string): void;
  /** Notes what the device did (no personal data) in the events table. */
  note(kind: EventKind, detail?: string): void;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export type KioskListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** The API's event stream: listeners are the transports (and tests). */
export class KioskEvents {
  private readonly listeners = new Set<KioskListener>();

  subscribe(listener: KioskListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}
