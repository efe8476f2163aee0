// The device's own events (the audit trail): what the kiosk did and who of staff or HR did it,
// never who passed by. Details are short: a role, a count, a date range, a port, a pause reason.
import { z } from 'zod';

export const DEVICE_EVENT_KINDS = [
  'kiosk-started',
  'sensor-connected',
  'sensor-lost',
  'calibration-accepted',
  'settings-changed',
  'screening-paused',
  'screening-resumed',
  'database-set-aside',
  // Audit trail (issue 13): the role and a count, never the digits typed.
  'pin-failed',
  'pin-locked-out',
  'console-unlocked',
  'counts-exported',
  'kiosk-exited',
] as const;
export type DeviceEventKind = (typeof DEVICE_EVENT_KINDS)[number];

/** The most events one call returns (the Status tab shows the latest few). */
export const MAX_DEVICE_EVENTS = 500;

export const DeviceEventSchema = z
  .object({
    /** UTC, to the second. */
    at: z.string(),
    /** The kiosk's local date (retention deletes by it). */
    day: z.string(),
    kind: z.enum(DEVICE_EVENT_KINDS),
    detail: z.string().max(300),
  })
  .strict();
export type DeviceEvent = z.infer<typeof DeviceEventSchema>;
