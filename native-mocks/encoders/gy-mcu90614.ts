// Encodes images into the GY-MCU90614/90615 wire format, the inverse of the core's decoder.
import {
  GY90614_FRAME_BYTES,
  GY90614_HEADER,
  gy90614Checksum,
} from '../../electron/core/sensor/protocols/gy-mcu90614/decoder.js';
import type { FrameEncoder, SensorImage } from './types.js';

/** A 1×1 image: `pixels[0]` is the object temperature, `ambientC` the sensor's own (required). */
export const encodeGy90614Frame: FrameEncoder = (image: SensorImage): Uint8Array => {
  if (image.width !== 1 || image.height !== 1 || image.pixels.length !== 1) {
    throw new Error(
      `GY-MCU90614 frames hold a single point (1×1), got ${image.width}×${image.height} with ${image.pixels.length} pixels`,
    );
  }
  if (image.ambientC === null) {
    throw new Error('GY-MCU90614 frames always carry the ambient temperature: ambientC is null');
  }
  const out = new Uint8Array(GY90614_FRAME_BYTES);
  out.set(GY90614_HEADER, 0);
  writeInt16BE(out, 4, image.pixels[0]!);
  writeInt16BE(out, 6, image.ambientC);
  out[GY90614_FRAME_BYTES - 1] = gy90614Checksum(out);
  return out;
};

function writeInt16BE(out: Uint8Array, at: number, celsius: number): void {
  const raw = Math.max(-32768, Math.min(32767, Math.round(celsius * 100))) & 0xffff;
  out[at] = raw >> 8;
  out[at + 1] = raw & 0xff;
}
