import type { DecoderStats, ThermalFrame } from './frame.js';
import type { ProtocolId } from './protocol-ids.js';

/**
 * An incremental wire-protocol decoder: bytes in any chunking go in, complete valid frames come
 * out. It never throws on bad input: bad frames are counted in `stats` and dropped, and the
 * stream is re-synchronised on the next frame start.
 */
export interface FrameDecoder {
  readonly protocol: ProtocolId;
  readonly stats: DecoderStats;
  /** Feeds bytes; returns the frames they complete, oldest first. */
  push(chunk: Uint8Array, receivedAt?: number): ThermalFrame[];
}
