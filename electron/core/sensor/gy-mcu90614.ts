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
import type { FrameDecoder } from './decoder.js';
import { emptyStats, type ThermalFrame } from './frame.js';

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

/** Low byte of the sum of the frame's first 8 bytes. */
export function gy90614Checksum(frame: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < GY90614_FRAME_BYTES - 1; i++) sum += frame[i]!;
  return sum & 0xff;
}

/** Bytes staged per drain: many 9-byte frames are decoded per copy. */
const BUFFER_BYTES = 4096;

export class Gy90614Decoder implements FrameDecoder {
  readonly protocol = 'gy-mcu90614' as const;
  readonly stats = emptyStats();
  private readonly buffer = new Uint8Array(BUFFER_BYTES);
  private length = 0;
  private seq = 0;
  private lostSync = false;

  /** Feeds bytes; returns the frames they complete, oldest first. */
  push(chunk: Uint8Array, receivedAt = Date.now()): ThermalFrame[] {
    const frames: ThermalFrame[] = [];
    let offset = 0;
    while (offset < chunk.length) {
      const take = Math.min(chunk.length - offset, this.buffer.length - this.length);
      this.buffer.set(chunk.subarray(offset, offset + take), this.length);
      this.length += take;
      offset += take;
      this.drain(frames, receivedAt);
    }
    return frames;
  }

  private drain(out: ThermalFrame[], receivedAt: number): void {
    let start = 0;
    for (;;) {
      const sync = this.findHeader(start);
      if (sync < 0) {
        // Keep a possible partial header at the tail (never bytes of a frame already delivered);
        // everything before it is noise.
        const keep = Math.min(this.partialHeaderAt(), this.length - start);
        this.discard(this.length - keep - start);
        start = this.length - keep;
        break;
      }
      this.discard(sync - start);
      if (this.lostSync) {
        this.stats.resyncs++;
        this.lostSync = false;
      }
      start = sync;
      if (this.length - start < GY90614_FRAME_BYTES) break;
      const bytes = this.buffer.subarray(start, start + GY90614_FRAME_BYTES);
      const checksumOk = gy90614Checksum(bytes) === bytes[GY90614_FRAME_BYTES - 1];
      if (!checksumOk || !plausible(bytes)) {
        // Skip just the `5A 5A`: a real frame may begin inside the bad one.
        if (checksumOk) this.stats.malformed++;
        else this.stats.checksumErrors++;
        this.discard(2);
        start += 2;
        continue;
      }
      out.push(this.decodeFrame(bytes, receivedAt));
      start += GY90614_FRAME_BYTES;
    }
    this.buffer.copyWithin(0, start, this.length);
    this.length -= start;
  }

  private decodeFrame(bytes: Uint8Array, receivedAt: number): ThermalFrame {
    const object = readInt16BE(bytes, 4) / 100;
    const ambient = readInt16BE(bytes, 6) / 100;
    this.stats.frames++;
    return {
      width: 1,
      height: 1,
      pixels: Float32Array.of(object),
      ambient,
      singlePoint: true,
      seq: this.seq++,
      receivedAt,
    };
  }

  private findHeader(from: number): number {
    const b = this.buffer;
    for (let i = from; i + 3 < this.length; i++) {
      if (b[i] === 0x5a && b[i + 1] === 0x5a && b[i + 2] === 0x45 && b[i + 3] === 0x04) return i;
    }
    return -1;
  }

  /** How many trailing bytes could be the start of a header. */
  private partialHeaderAt(): number {
    for (let keep = Math.min(3, this.length); keep > 0; keep--) {
      let match = true;
      for (let k = 0; k < keep; k++) {
        if (this.buffer[this.length - keep + k] !== GY90614_HEADER[k]) match = false;
      }
      if (match) return keep;
    }
    return 0;
  }

  /** Counts skipped bytes; the next header found after a skip counts as one resync. */
  private discard(count: number): void {
    if (count <= 0) return;
    this.stats.bytesDiscarded += count;
    this.lostSync = true;
  }
}

function plausible(bytes: Uint8Array): boolean {
  const object = readInt16BE(bytes, 4);
  const ambient = readInt16BE(bytes, 6);
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
