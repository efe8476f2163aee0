// Byte streams for the binary decoders' tests: building them from text and pieces, showing them
// as hex, feeding them in chunks, and the checks every decoder test makes of what came out.
import { expect } from 'vitest';
import { ascii, concatBytes } from '../../electron/core/sensor/bytes.js';
import {
  emptyStats,
  type DecoderStats,
  type ThermalFrame,
} from '../../electron/core/sensor/frame.js';
import type { SensorImage } from '../../native-mocks/encoders/types.js';

export { ascii };

/** Joins bytes given as byte arrays or plain number lists. */
export const concat = (...parts: ArrayLike<number>[]): Uint8Array =>
  concatBytes(parts.map((part) => Uint8Array.from(part)));

/** `A5 25 00 CA`: bytes as upper-case hex pairs. */
export const hex = (bytes: Uint8Array): string =>
  [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

/** Feeds `stream` in pieces of `size` bytes and collects every frame. */
export function pushInChunks<T>(
  decoder: { push(chunk: Uint8Array): T[] },
  stream: Uint8Array,
  size: number,
): T[] {
  const out: T[] = [];
  for (let at = 0; at < stream.length; at += size)
    out.push(...decoder.push(stream.subarray(at, at + size)));
  return out;
}

/** The one frame a push returned (fails the test if there were more or none). */
export function onlyFrame(frames: readonly ThermalFrame[]): ThermalFrame {
  expect(frames).toHaveLength(1);
  return frames[0]!;
}

/** A decoder's full stats: zero but for `counts`. */
export const statsWith = (counts: Partial<DecoderStats>): DecoderStats => ({
  ...emptyStats(),
  ...counts,
});

/** An 80×62 MI48 image: pixels travel as whole deci-kelvin, so exact values end in .x5 °C. */
export const mi48Image = (fill: number, ambientC: number | null): SensorImage => ({
  width: 80,
  height: 62,
  pixels: new Float32Array(80 * 62).fill(fill),
  ambientC,
});
