// One-shot detection for `sensor inspect`: open the port once, listen at the firmware's real
// pace until a protocol is recognised or the time is up, and hand back the still-open port.
import type { SerialPort } from 'serialport';
import { listenForProtocol, type ListenOptions, type ListenResult } from './detect-on-port.js';
import { DETECTION_BAUDS } from './protocols/index.js';
import { openPort } from './open-port.js';
import { vendorIdOf } from './port-discovery.js';

export type DetectResult = ListenResult & { port: SerialPort };

/** A missing or busy port rejects with PortOpenError at once. */
export async function detectProtocol(
  path: string,
  options: ListenOptions = {},
): Promise<DetectResult> {
  const vendorId = options.vendorId ?? (await vendorIdOf(path));
  const port = await openPort(path, (options.bauds ?? DETECTION_BAUDS)[0]!);
  const result = await listenForProtocol(port, { ...options, vendorId });
  return { ...result, port };
}
