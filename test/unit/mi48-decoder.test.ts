// What is particular to the MI48 (Waveshare 80×62) decoder and encoder, beyond the shared
// conformance suite (test/conformance): the GFRA reply with and without its header row, the
// device's replies byte for byte, and the header CRC. Errors and resyncs: mi48-decoder.resync.
import { describe, expect, it } from 'vitest';
import { crc16CcittFalse as crc16 } from '../../electron/core/sensor/protocols/mi48/crc16.js';
import { Mi48Decoder } from '../../electron/core/sensor/protocols/mi48/decoder.js';
import {
  crc16CcittFalse,
  encodeMi48Frame,
  encodeMi48Gfra,
  encodeMi48Reply,
} from '../../native-mocks/encoders/mi48.js';
import { ascii, hex, mi48Image, onlyFrame, statsWith } from '../support/decoder-streams.js';

describe('MI48 (Waveshare 80×62) decoder', () => {
  /** What a GFRA reply looks like on the wire, built by hand from the format description. */
  function handBuiltGfra(withHeader: boolean): Uint8Array {
    const words: number[] = [];
    for (let i = 0; i < 80; i++) words.push(0); // reserved row
    if (withHeader) {
      const header = new Array<number>(80).fill(0);
      header[0] = 7; // frame counter
      header[1] = 33000; // VDD 3.3 V
      header[2] = 30315; // sensor temperature: 303.15 K = 30.00 °C
      words.push(...header);
    }
    const pixels = new Array<number>(80 * 62).fill(2950); // 295.0 K = 21.85 °C
    pixels[0] = 3100; // row 0, column 0: 310.0 K = 36.85 °C
    pixels[80] = 2731; // row 1, column 0: 273.1 K = -0.05 °C
    pixels[80 * 62 - 1] = 3731; // row 61, column 79: 373.1 K = 99.95 °C
    words.push(...pixels);
    const data: number[] = [];
    for (const w of words) data.push(w & 0xff, w >> 8); // little-endian words
    const length = 4 + data.length + 4; // CMD + DATA + CHECKSUM
    const lengthField = ascii(length.toString(16).toUpperCase().padStart(4, '0'));
    const body = [...lengthField, ...ascii('GFRA'), ...data];
    const sum = body.reduce((a, b) => a + b, 0) & 0xffff;
    const checksum = ascii(sum.toString(16).toUpperCase().padStart(4, '0'));
    return Uint8Array.from([...ascii('   #'), ...body, ...checksum]);
  }

  it('decodes a hand-built GFRA reply with a header row: pixels in image order, ambient', () => {
    const bytes = handBuiltGfra(true);
    expect(String.fromCharCode(...bytes.subarray(0, 12))).toBe('   #2808GFRA');
    const decoder = new Mi48Decoder();
    const frame = onlyFrame(decoder.push(bytes, 99));
    expect(frame).toMatchObject({ width: 80, height: 62, singlePoint: false, receivedAt: 99 });
    expect(frame.pixels).toHaveLength(80 * 62);
    expect(frame.pixels[0]).toBeCloseTo(36.85, 4);
    expect(frame.pixels[1]).toBeCloseTo(21.85, 4);
    expect(frame.pixels[80]).toBeCloseTo(-0.05, 4);
    expect(frame.pixels[80 * 62 - 1]).toBeCloseTo(99.95, 4);
    expect(frame.ambient).toBeCloseTo(30, 4);
    expect(decoder.stats).toEqual(statsWith({ frames: 1 }));
  });

  it('decodes a hand-built GFRA reply without the header row: ambient is null', () => {
    const bytes = handBuiltGfra(false);
    expect(String.fromCharCode(...bytes.subarray(0, 12))).toBe('   #2768GFRA');
    const [frame] = new Mi48Decoder().push(bytes);
    expect(frame!.pixels[0]).toBeCloseTo(36.85, 4);
    expect(frame!.pixels[80]).toBeCloseTo(-0.05, 4);
    expect(frame!.ambient).toBeNull();
  });

  it('encodes replies exactly as the device does (Meridian test vectors)', () => {
    expect(String.fromCharCode(...encodeMi48Reply('WREG', new Uint8Array(0)))).toBe(
      '   #0008WREG01FD',
    );
    expect(String.fromCharCode(...encodeMi48Reply('RREG', Uint8Array.from(ascii('01'))))).toBe(
      '   #000ARREG010262',
    );
    expect(crc16CcittFalse(Uint8Array.from(ascii('123456789')))).toBe(0x29b1);
  });

  it('encoder and decoder agree; the encoder writes the header the device writes', () => {
    const img = mi48Image(21.85, 30);
    img.pixels[0] = 36.85;
    const bytes = encodeMi48Gfra(img, { frameCounter: 7, timestampMs: 0x12345 });
    expect(bytes.length).toBe(8 + 0x2808);
    const word = (index: number) =>
      bytes[12 + 160 + 2 * index]! | (bytes[13 + 160 + 2 * index]! << 8);
    expect(word(0)).toBe(7);
    expect(word(2)).toBe(30315);
    expect([word(3), word(4)]).toEqual([0x2345, 0x1]);
    expect([word(5), word(6)]).toEqual([3100, 2950]);
    expect(word(7)).toBe(crc16CcittFalse(bytes.subarray(12 + 320, bytes.length - 4)));
    // The same pixels and sensor temperature as the hand-built reply.
    const hand = handBuiltGfra(true);
    expect(hex(bytes.subarray(12 + 320, 12 + 320 + 4))).toBe(
      hex(hand.subarray(12 + 320, 12 + 320 + 4)),
    );
    const [frame] = new Mi48Decoder().push(bytes);
    expect(frame!.pixels[0]).toBeCloseTo(36.85, 4);
    expect(frame!.pixels[4959]).toBeCloseTo(21.85, 4);
    expect(frame!.ambient).toBeCloseTo(30, 4);
    expect(encodeMi48Frame(mi48Image(20, null)).length).toBe(8 + 0x2768);
    expect(() => encodeMi48Frame({ ...mi48Image(20, 20), width: 32, height: 24 })).toThrow(/80×62/);
  });
});

describe('MI48 header CRC', () => {
  it('is CRC-16/CCITT-FALSE: the standard check value, odd lengths and ranges included', () => {
    const check = new TextEncoder().encode('123456789');
    expect(crc16(check)).toBe(0x29b1);
    expect(crc16(new Uint8Array(0))).toBe(0xffff);
    const padded = new Uint8Array([0xaa, ...check, 0xbb]);
    expect(crc16(padded, 1, 10)).toBe(0x29b1);
    expect(crc16(check, 0, 8)).toBe(crc16CcittFalse(check.subarray(0, 8)));
  });
});
