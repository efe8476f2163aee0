// Encodes images into the GY-MCU90640 wire format, the inverse of the core's decoder.
import {
  GY90640_FRAME_BYTES,
  GY90640_HEADER,
  GY90640_HEIGHT,
  GY90640_PIXELS,
  GY90640_WIDTH,
  gy90640Checksum,
} from '../../electron/core/sensor/protocols/gy-mcu90640/decoder.js';

/** `pixels`: °C, row-major, column 0 at the viewer's left (the wire mirrors columns). */
export function encodeGy90640Frame(pixels: ArrayLike<number>, ambientC: number): Uint8Array {
  if (pixels.length !== GY90640_PIXELS) {
    throw new Error(`GY-MCU90640 frames hold ${GY90640_PIXELS} pixels, got ${pixels.length}`);
  }
  const out = new Uint8Array(GY90640_FRAME_BYTES);
  out.set(GY90640_HEADER, 0);
  for (let row = 0; row < GY90640_HEIGHT; row++) {
    for (let col = 0; col < GY90640_WIDTH; col++) {
      const value = pixels[row * GY90640_WIDTH + (GY90640_WIDTH - 1 - col)]!;
      writeInt16(out, 4 + 2 * (row * GY90640_WIDTH + col), value);
    }
  }
  writeInt16(out, 4 + 2 * GY90640_PIXELS, ambientC);
  const sum = gy90640Checksum(out);
  out[GY90640_FRAME_BYTES - 2] = sum & 0xff;
  out[GY90640_FRAME_BYTES - 1] = sum >> 8;
  return out;
}

function writeInt16(out: Uint8Array, at: number, celsius: number): void {
  const raw = Math.max(-32768, Math.min(32767, Math.round(celsius * 100))) & 0xffff;
  out[at] = raw & 0xff;
  out[at + 1] = raw >> 8;
}
