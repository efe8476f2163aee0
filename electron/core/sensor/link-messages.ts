// What the link supervisor (link-supervisor.ts) tells the staff about a sick stream: sentences
// that name the likely cause and what to do about it.
import type { DeviceNotice } from './decoder.js';
import { PROTOCOLS } from './protocols/index.js';
import type { ProtocolId } from './protocol-ids.js';

export const FROZEN_MESSAGE =
  'the sensor keeps sending the identical image: it may have hung; power-cycle it';

/** A problem the device reported about itself, quoted. */
export function noticeMessage(notice: DeviceNotice): string {
  return `the sensor says "${notice.line.trim()}": ${notice.message}`;
}

/** No frames: what the device said comes first (it names the cause), then what starting it said. */
export function stallMessage(
  notice: DeviceNotice | null | undefined,
  driverProblem: string | null,
): string {
  if (notice?.kind === 'problem') return noticeMessage(notice);
  if (driverProblem) return driverProblem;
  return 'no valid frame for several frame intervals: the sensor stopped sending';
}

/** Bytes but no valid frames: most often the sensor is set to another of its baud rates. */
export function garbageMessage(protocol: ProtocolId, baud: number | null): string {
  const others = PROTOCOLS[protocol].bauds.filter((b) => b !== baud);
  const hint = others.length ? ` — the sensor may be set to ${others.join(' or ')}` : '';
  return `no valid frames at ${baud} baud${hint}`;
}
