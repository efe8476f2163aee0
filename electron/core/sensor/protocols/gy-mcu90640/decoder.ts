// GY-MCU90640 (MLX90640 32x24 behind an STM32) binary frames, decoded incrementally: bytes may
// arrive in any chunking; bad frames are counted and dropped and the stream re-synchronised.
import type { ThermalFrame } from '../../frame.js';
import { SyncedDecoder } from '../../synced-decoder.js';

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

export class Gy90640Decoder extends SyncedDecoder {
  readonly protocol = 'gy-mcu90640' as const;

  constructor() {
    super(GY90640_FRAME_BYTES * 2, GY90640_HEADER);
  }

  protected drain(out: ThermalFrame[], receivedAt: number): number {
    let start = 0;
    for (;;) {
      start = this.seek(start);
      if (start < 0) return this.tail;
      if (this.length - start < GY90640_FRAME_BYTES) return start;
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
}
