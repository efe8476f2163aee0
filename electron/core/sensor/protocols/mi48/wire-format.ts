// The MI48's reply format, as Meridian Innovation's own host libraries read it: GitHub
// MeridianInnovation/pysenxor-lite senxor/interface/serial_port/parser.py (`SenxorAckParser`,
// `SenxorAckDecoder`) and its tests/senxor/test_interface/test_serial_parser.py;
// MeridianInnovation/senxor-js packages/web-serial/src/parser.ts and packages/core/src/utils.ts;
// and the older pysenxor (a copy: littlehhj0/pysenxor-master) senxor/interfaces.py `usb_get_ack`
// and senxor/mi48.py `parse_frame_header`:
//
//   "   #" | LENGTH: 4 ASCII hex | CMD: 4 ASCII letters | DATA | CHECKSUM: 4 ASCII hex
//
// - LENGTH counts CMD + DATA + CHECKSUM, i.e. DATA is LENGTH − 8 bytes (a WREG ack with no DATA
//   is `   #0008WREG01FD`).
// - CHECKSUM = (sum of the bytes of LENGTH, CMD and DATA) & 0xFFFF, written as 4 hex digits:
//   sum("0008WREG") = 0x01FD. Uppercase is what the device sends; either case is accepted.
// - A GFRA (frame) reply's DATA for an 80×62 sensor is 16-bit little-endian words, rows of 80:
//   one RESERVED row, then (unless the host set FRAME_MODE's NO_HEADER bit) one HEADER row, then
//   62 pixel rows top to bottom, column 0 first. So DATA is 10240 bytes (LENGTH 0x2808) with the
//   header or 10080 bytes (LENGTH 0x2768) without: 80 × 64 or 80 × 63 words.
// - Pixels are deci-kelvin: °C = dK / 10 − 273.15.
// - HEADER words: 0 frame counter, 1 VDD × 10⁴, 2 sensor (die) temperature in centi-kelvin,
//   3–4 timestamp (low word first), 5 max pixel dK, 6 min pixel dK, 7 CRC-16/CCITT-FALSE of the
//   pixel bytes, 8–9 low-NETD pixel.
// - Orientation: the libraries reshape the pixel words row-major without any flip and show the
//   result as the image; the decoder delivers it as is, in image order (see frame.ts).
//
// Shared by the decoder (./decoder.ts) and the simulator's encoder (native-mocks/encoders).

export const MI48_WIDTH = 80;
export const MI48_HEIGHT = 62;
export const MI48_PIXELS = MI48_WIDTH * MI48_HEIGHT;
/** Three spaces and '#': the start of every message, in both directions. */
export const MI48_PREFIX = Uint8Array.of(0x20, 0x20, 0x20, 0x23);
/** Prefix (4) + LENGTH (4): LENGTH counts what follows. */
export const MI48_ENVELOPE_BYTES = 8;
export const MI48_CMD_BYTES = 4;
export const MI48_CHECKSUM_BYTES = 4;
/** One row of 16-bit words. */
export const MI48_ROW_BYTES = MI48_WIDTH * 2;
export const MI48_PIXEL_BYTES = MI48_PIXELS * 2;
/** GFRA DATA: reserved row + header row + pixels. */
export const MI48_GFRA_DATA_BYTES = 2 * MI48_ROW_BYTES + MI48_PIXEL_BYTES;
/** GFRA DATA when FRAME_MODE has NO_HEADER set: reserved row + pixels. */
export const MI48_GFRA_DATA_BYTES_NO_HEADER = MI48_ROW_BYTES + MI48_PIXEL_BYTES;
/** Smallest plausible LENGTH: CMD + CHECKSUM, no DATA. */
export const MI48_MIN_LENGTH = MI48_CMD_BYTES + MI48_CHECKSUM_BYTES;
/** Largest plausible LENGTH: a GFRA with header (0x2808). */
export const MI48_MAX_LENGTH = MI48_CMD_BYTES + MI48_GFRA_DATA_BYTES + MI48_CHECKSUM_BYTES;
export const MI48_MAX_REPLY_BYTES = MI48_ENVELOPE_BYTES + MI48_MAX_LENGTH;
/** Word indexes in the GFRA header row. */
export const MI48_HEADER_WORD = {
  frameCounter: 0,
  vdd: 1,
  senxorTemperature: 2,
  timestamp: 3,
  maxPixel: 5,
  minPixel: 6,
  crc: 7,
} as const;
export const KELVIN_OFFSET = 273.15;

/** (Sum of the bytes from LENGTH up to the CHECKSUM field) & 0xFFFF, for a whole reply. */
export function mi48Checksum(reply: Uint8Array, from = 0, to = reply.length): number {
  let sum = 0;
  const end = to - MI48_CHECKSUM_BYTES;
  for (let i = from + 4; i < end; i++) sum += reply[i]!;
  return sum & 0xffff;
}

/** Value of an ASCII hex digit, or -1. */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/** Four ASCII hex digits at `at` as a number, or -1. */
export function readHex4(b: Uint8Array, at: number): number {
  const d0 = hexValue(b[at]!);
  const d1 = hexValue(b[at + 1]!);
  const d2 = hexValue(b[at + 2]!);
  const d3 = hexValue(b[at + 3]!);
  if ((d0 | d1 | d2 | d3) < 0) return -1;
  return (d0 << 12) | (d1 << 8) | (d2 << 4) | d3;
}

function isLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** CMD is 4 ASCII letters (RREG, WREG, RRSE, GFRA, SERR, …). */
export function isCommand(b: Uint8Array, at: number): boolean {
  return isLetter(b[at]!) && isLetter(b[at + 1]!) && isLetter(b[at + 2]!) && isLetter(b[at + 3]!);
}
