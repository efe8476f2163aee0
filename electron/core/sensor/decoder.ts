import type { DecoderStats, ThermalFrame } from './frame.js';
import type { ProtocolId } from './protocol-ids.js';

/**
 * Something the device printed about itself rather than a frame: a banner line that tells which
 * firmware runs, or a problem it reports (sensor not found, a read error, output the kiosk cannot
 * use). `message` is one sentence for staff saying what it means and what to do.
 */
export interface DeviceNotice {
  kind: 'banner' | 'problem';
  /** The line as the device sent it, shortened to 120 characters. */
  line: string;
  message: string;
}

/**
 * An incremental wire-protocol decoder: bytes in any chunking go in, complete valid frames come
 * out. It never throws on bad input: bad frames are counted in `stats` and dropped, and the
 * stream is re-synchronised on the next frame start.
 */
export interface FrameDecoder {
  readonly protocol: ProtocolId;
  readonly stats: DecoderStats;
  /** The latest banner or problem line the device printed, or null (binary protocols: always). */
  readonly notice: DeviceNotice | null;
  /** Feeds bytes; returns the frames they complete, oldest first. */
  push(chunk: Uint8Array, receivedAt?: number): ThermalFrame[];
}
