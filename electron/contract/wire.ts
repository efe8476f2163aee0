// Message shapes and names for the two transports. Kept here so both ends agree.
import { z } from 'zod';

/** Electron IPC channels. */
export const IPC_CALL = 'kiosk:call';
export const IPC_EVENT = 'kiosk:event';

/** WebSocket path on the local host; the token travels as the `token` query parameter. */
export const WS_PATH = '/api';

export const WsRequestSchema = z.object({
  id: z.number().int().nonnegative(),
  call: z.string().max(64),
  /** Optional: a call without arguments (e.g. getSnapshot) may leave them out. */
  args: z.unknown().optional(),
});
export type WsRequest = z.infer<typeof WsRequestSchema>;

export const WsServerMessageSchema = z.union([
  z.object({ id: z.number().int().nonnegative(), result: z.unknown() }),
  z.object({ event: z.string(), payload: z.unknown() }),
]);
export type WsServerMessage = z.infer<typeof WsServerMessageSchema>;
