// GY-MCU90640 (MLX90640 32x24 behind an STM32) binary frames, decoded incrementally: bytes may
// arrive in any chunking; bad frames are counted and dropped and the stream re-synchronised.
import type { FrameDecoder } from './decoder.js';
import { emptyStats, type ThermalFrame } from './frame.js';

export const GY90640_WIDTH = 32;
export const GY90640_HEIGHT = 24;
export const GY90640_PIXELS = GY90640_WIDTH * GY90640_HEIGHT;
/** `5A 5A` + length 0x0602 (little-endian `02 06`): the sync pattern. */
export const GY90640_HEADER = Uint8Array.of(0x5a, 0x5a, 0x02, 0x06);
/** Header (4) + 768 pixels + ambient (2 bytes each) + checksum (2). */
export const GY90640_FRAME_BYTES = 4 + GY90640_PIXELS * 2 + 2 + 2;
/** Words summed for the checksum: header (2) + pixels + ambient. */
const CHECKSUM_WORDS = 2 + GY90640_PIXELS + 1;

/** Sum of the first 771 little-endian 16-bit words, mod 65536. */
export function gy90640Checksum(frame: Uint8Array): number {
  let sum = 0;
  for (let w = 0; w < CHECKSUM_WORDS; w++) sum += frame[2 * w]! | (frame[2 * w + 1]! << 8);
  return sum & 0xffff;
}

export class Gy90640Decoder implements FrameDecoder {
  readonly protocol = 'gy-mcu90640' as const;
  readonly stats = emptyStats();
  private readonly buffer = new Uint8Array(GY90640_FRAME_BYTES * 2);
  private length = 0;
  private seq = 0;
  private lostSync = false;

  /** Feeds bytes; returns the frames they complete (usually zero or one). */
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
        // Keep a possible partial header at the tail; everything before it is noise.
        const keep = this.partialHeaderAt(start);
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
      if (this.length - start < GY90640_FRAME_BYTES) break;
      const bytes = this.buffer.subarray(start, start + GY90640_FRAME_BYTES);
      const expected = bytes[GY90640_FRAME_BYTES - 2]! | (bytes[GY90640_FRAME_BYTES - 1]! << 8);
      if (gy90640Checksum(bytes) !== expected) {
        // Skip just this header: a real frame may begin inside the bad one.
        this.stats.checksumErrors++;
        this.discard(2);
        start += 2;
        continue;
      }
      out.push(this.decodeFrame(bytes, receivedAt));
      start += GY90640_FRAME_BYTES;
    }
    this.buffer.copyWithin(0, start, this.length);
    this.length -= start;
  }

  private decodeFrame(bytes: Uint8Array, receivedAt: number): ThermalFrame {
    const pixels = new Float32Array(GY90640_PIXELS);
    for (let row = 0; row < GY90640_HEIGHT; row++) {
      for (let col = 0; col < GY90640_WIDTH; col++) {
        const at = 4 + 2 * (row * GY90640_WIDTH + col);
        const raw = ((bytes[at]! | (bytes[at + 1]! << 8)) << 16) >> 16; // sign-extend int16
        // Column 1 on the wire is the image's right: mirror into image order (see frame.ts).
        pixels[row * GY90640_WIDTH + (GY90640_WIDTH - 1 - col)] = raw / 100;
      }
    }
    const at = 4 + 2 * GY90640_PIXELS;
    const ambient = (((bytes[at]! | (bytes[at + 1]! << 8)) << 16) >> 16) / 100;
    this.stats.frames++;
    return {
      width: GY90640_WIDTH,
      height: GY90640_HEIGHT,
      pixels,
      ambient,
      singlePoint: false,
      seq: this.seq++,
      receivedAt,
    };
  }

  private findHeader(from: number): number {
    const b = this.buffer;
    for (let i = from; i + 3 < this.length; i++) {
      if (b[i] === 0x5a && b[i + 1] === 0x5a && b[i + 2] === 0x02 && b[i + 3] === 0x06) return i;
    }
    return -1;
  }

  /** How many trailing bytes (at or after `from`) could be the start of a header. */
  private partialHeaderAt(from: number): number {
    for (let keep = Math.min(3, this.length - from); keep > 0; keep--) {
      let match = true;
      for (let k = 0; k < keep; k++) {
        if (this.buffer[this.length - keep + k] !== GY90640_HEADER[k]) match = false;
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
