// Golden byte vectors: streams transcribed by hand from each firmware's own source (its print
// statements, its manual's example frame, its vendor library's tests), with what a decoder must
// make of them. Each protocol folder has a golden.ts; the shared conformance suite runs them all.
import type { DeviceNotice } from './decoder.js';
import { concatBytes } from './bytes.js';
import type { DecoderStats } from './frame.js';

export interface GoldenFrame {
  width: number;
  height: number;
  /** Checked pixels: [index in image order (row-major, column 0 at the image's left), °C]. */
  pixels: ReadonlyArray<readonly [number, number]>;
  /** Every other pixel, when the frame is uniform apart from `pixels` (else undefined). */
  others?: number;
  ambient: number | null;
}

export interface GoldenVector {
  name: string;
  /** The firmware source (repo@commit:path, manual, vendor test) the bytes come from. */
  source: string;
  bytes: Uint8Array;
  frames: readonly GoldenFrame[];
  /** The decoder's notice after the bytes, when the firmware printed a banner or problem. */
  notice?: Pick<DeviceNotice, 'kind' | 'line'> | null;
  stats?: Partial<DecoderStats>;
}

export { ascii } from './bytes.js';

export function concat(...parts: Uint8Array[]): Uint8Array {
  return concatBytes(parts);
}

/** 16-bit words, little-endian. */
export function le16(words: readonly number[]): Uint8Array {
  const out = new Uint8Array(words.length * 2);
  words.forEach((w, i) => {
    out[2 * i] = w & 0xff;
    out[2 * i + 1] = (w >> 8) & 0xff;
  });
  return out;
}
