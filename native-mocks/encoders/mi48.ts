// Encodes images into the replies of a Waveshare thermal camera (Meridian MI48, 80×62), the
// inverse of the core's decoder; the format and its sources are in
// electron/core/sensor/protocols/mi48/wire-format.ts.
import {
  KELVIN_OFFSET,
  MI48_CHECKSUM_BYTES,
  MI48_ENVELOPE_BYTES,
  MI48_GFRA_DATA_BYTES,
  MI48_GFRA_DATA_BYTES_NO_HEADER,
  MI48_HEADER_WORD,
  MI48_HEIGHT,
  MI48_PIXELS,
  MI48_PREFIX,
  MI48_ROW_BYTES,
  MI48_WIDTH,
  mi48Checksum,
} from '../../electron/core/sensor/protocols/mi48/wire-format.js';
import type { FrameEncoder, SensorImage } from './types.js';

const MAX_LENGTH_FIELD = 0xffff;

function hex4(value: number): string {
  return value.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * One device reply: `"   #"` + LENGTH (4 hex, CMD + DATA + CHECKSUM) + CMD + DATA + CHECKSUM
 * (4 hex, sum of the LENGTH, CMD and DATA bytes & 0xFFFF). E.g. `encodeMi48Reply('WREG', empty)`
 * is `   #0008WREG01FD`, and a register read answer is `encodeMi48Reply('RREG', ascii('5F'))`.
 */
export function encodeMi48Reply(command: string, data: Uint8Array): Uint8Array {
  if (!/^[A-Za-z]{4}$/.test(command)) {
    throw new Error(`An MI48 command is 4 ASCII letters, got ${JSON.stringify(command)}`);
  }
  const length = command.length + data.length + MI48_CHECKSUM_BYTES;
  if (length > MAX_LENGTH_FIELD) {
    throw new Error(`An MI48 reply holds at most ${MAX_LENGTH_FIELD} bytes, got ${length}`);
  }
  const out = new Uint8Array(MI48_ENVELOPE_BYTES + length);
  out.set(MI48_PREFIX, 0);
  writeAscii(out, 4, hex4(length));
  writeAscii(out, MI48_ENVELOPE_BYTES, command);
  out.set(data, MI48_ENVELOPE_BYTES + command.length);
  writeAscii(out, out.length - MI48_CHECKSUM_BYTES, hex4(mi48Checksum(out)));
  return out;
}

export interface Mi48FrameOptions {
  /** Send the header row (FRAME_MODE without NO_HEADER). Default: when ambientC is not null. */
  header?: boolean;
  /** Header word 0; the device counts frames. Default 0. */
  frameCounter?: number;
  /** Header words 3–4 (milliseconds, low word first). Default 0. */
  timestampMs?: number;
  /** Header word 1, in volts. Default 3.3. */
  vddV?: number;
}

/**
 * A GFRA reply for an 80×62 image in image order: a reserved row (zeros), the header row when
 * asked for, then the 62 pixel rows, as little-endian deci-kelvin words.
 */
export function encodeMi48Gfra(image: SensorImage, options: Mi48FrameOptions = {}): Uint8Array {
  if (image.width !== MI48_WIDTH || image.height !== MI48_HEIGHT) {
    throw new Error(
      `MI48 frames are ${MI48_WIDTH}×${MI48_HEIGHT}, got ${image.width}×${image.height}`,
    );
  }
  if (image.pixels.length !== MI48_PIXELS) {
    throw new Error(`MI48 frames hold ${MI48_PIXELS} pixels, got ${image.pixels.length}`);
  }
  const header = options.header ?? image.ambientC !== null;
  if (header && image.ambientC === null) {
    throw new Error('An MI48 frame header carries the sensor temperature: ambientC is null');
  }
  const data = new Uint8Array(header ? MI48_GFRA_DATA_BYTES : MI48_GFRA_DATA_BYTES_NO_HEADER);
  const pixelsAt = (header ? 2 : 1) * MI48_ROW_BYTES;
  let min = 0xffff;
  let max = 0;
  for (let p = 0; p < MI48_PIXELS; p++) {
    const dK = toUint16(Math.round((image.pixels[p]! + KELVIN_OFFSET) * 10));
    writeUint16LE(data, pixelsAt + 2 * p, dK);
    if (dK < min) min = dK;
    if (dK > max) max = dK;
  }
  if (header) {
    const word = (index: number, value: number): void =>
      writeUint16LE(data, MI48_ROW_BYTES + 2 * index, toUint16(value));
    const timestamp = Math.max(0, Math.floor(options.timestampMs ?? 0)) % 2 ** 32;
    word(MI48_HEADER_WORD.frameCounter, (options.frameCounter ?? 0) & 0xffff);
    word(MI48_HEADER_WORD.vdd, Math.round((options.vddV ?? 3.3) * 1e4));
    word(MI48_HEADER_WORD.senxorTemperature, Math.round((image.ambientC! + KELVIN_OFFSET) * 100));
    word(MI48_HEADER_WORD.timestamp, timestamp & 0xffff);
    word(MI48_HEADER_WORD.timestamp + 1, Math.floor(timestamp / 0x10000));
    word(MI48_HEADER_WORD.maxPixel, max);
    word(MI48_HEADER_WORD.minPixel, min);
    word(MI48_HEADER_WORD.crc, crc16CcittFalse(data.subarray(pixelsAt)));
  }
  return encodeMi48Reply('GFRA', data);
}

/** The FrameEncoder: with a header (and the sensor temperature) unless ambientC is null. */
export const encodeMi48Frame: FrameEncoder = (image) => encodeMi48Gfra(image);

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection), as the MI48 header holds it. */
export function crc16CcittFalse(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (let i = 0; i < bytes.length; i++) {
    crc ^= bytes[i]! << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

function toUint16(value: number): number {
  return Number.isNaN(value) ? 0 : Math.max(0, Math.min(0xffff, value));
}

function writeUint16LE(out: Uint8Array, at: number, value: number): void {
  out[at] = value & 0xff;
  out[at + 1] = value >> 8;
}

function writeAscii(out: Uint8Array, at: number, text: string): void {
  for (let i = 0; i < text.length; i++) out[at + i] = text.charCodeAt(i);
}
