// GY-MCU90614 / GY-MCU90615 (single-point MLX90614/90615 behind an STM8) binary frames, decoded
// incrementally: 9 bytes `5A 5A 45 04 TOh TOl TAh TAl SUM`, big-endian int16 °C × 100 (object,
// then ambient), SUM = low byte of the sum of bytes 0–7. Bad frames are counted and dropped and
// the stream re-synchronised; push() never throws.
//
// An 8-bit SUM is weak: a stray `5A 5A 45 04` just before a real frame makes a "frame" of its own
// with the real frame's first bytes, and its SUM matches often (always, when the stray header is
// directly before the real one: the two headers sum to 0x1FA and the next byte is TOh = 0xFA one
// time in 256), swallowing the real frame's header. Such overlaps always carry an ambient word
// made of header bytes (0x4504, 0x5A45, 0x5A5A: 176–231 °C), so a frame whose temperatures lie
// outside what the sensors can report (object −70…382.2 °C, ambient −40…125 °C, MLX90614
// datasheet; the MLX90615's ranges are narrower) is counted as malformed and skipped like a bad
// SUM.
import type { ThermalFrame } from '../../frame.js';
import { SyncedDecoder } from '../../synced-decoder.js';

/** `5A 5A` + type `45` + data length `04`: the sync pattern. */
export const GY90614_HEADER = Uint8Array.of(0x5a, 0x5a, 0x45, 0x04);
/** Header (4) + object (2) + ambient (2) + SUM (1). */
export const GY90614_FRAME_BYTES = 9;

/**
 * What an MLX90614 can report, in °C × 100 (the MLX90615's ranges lie inside these; the int16
 * word itself stops at 327.67 °C).
 */
export const GY90614_OBJECT_RANGE = { min: -7000, max: 38220 } as const;
export const GY90614_AMBIENT_RANGE = { min: -4000, max: 12500 } as const;

/** Low byte of the sum of the first 8 bytes of the frame at `at` (read in place, no view). */
export function gy90614Checksum(bytes: Uint8Array, at = 0): number {
  let sum = 0;
  for (let i = at; i < at + GY90614_FRAME_BYTES - 1; i++) sum += bytes[i]!;
  return sum & 0xff;
}

/** Bytes staged per drain: many 9-byte frames are decoded per copy. */
const BUFFER_BYTES = 4096;

export class Gy90614Decoder extends SyncedDecoder {
  readonly protocol = 'gy-mcu90614' as const;

  constructor() {
    super(BUFFER_BYTES, GY90614_HEADER);
  }

  protected drain(out: ThermalFrame[], receivedAt: number): number {
    const b = this.buffer;
    let start = 0;
    for (;;) {
      start = this.seek(start);
      if (start < 0) return this.tail;
      if (this.length - start < GY90614_FRAME_BYTES) return start;
      // Read in place: millions of 9-byte frames a second leave no room for a view per frame.
      const checksumOk = gy90614Checksum(b, start) === b[start + GY90614_FRAME_BYTES - 1];
      const object = readInt16BE(b, start + 4);
      const ambient = readInt16BE(b, start + 6);
      if (!checksumOk || !plausible(object, ambient)) {
        // Skip just the `5A 5A`: a real frame may begin inside the bad one.
        if (checksumOk) this.stats.malformed++;
        else this.stats.checksumErrors++;
        this.discard(2);
        start += 2;
        continue;
      }
      this.stats.frames++;
      out.push({
        width: 1,
        height: 1,
        pixels: Float32Array.of(object / 100),
        ambient: ambient / 100,
        singlePoint: true,
        seq: this.seq++,
        receivedAt,
      });
      start += GY90614_FRAME_BYTES;
    }
  }
}

function plausible(object: number, ambient: number): boolean {
  return (
    object >= GY90614_OBJECT_RANGE.min &&
    object <= GY90614_OBJECT_RANGE.max &&
    ambient >= GY90614_AMBIENT_RANGE.min &&
    ambient <= GY90614_AMBIENT_RANGE.max
  );
}

function readInt16BE(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16)) >> 16; // sign-extend int16
}
