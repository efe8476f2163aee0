// What is particular to each binary protocol, beyond the shared conformance suite
// (test/conformance): GY-MCU90614's weak 8-bit SUM, the MI48's replies and resynchronisation,
// the GY-MCU90640's commands and accounting.
import { describe, expect, it } from 'vitest';
import {
  baudCommand,
  emissivityCommand,
  frameRateCommand,
  frameTransferMs,
  minBaudForRate,
  modeCommand,
  nearestSupportedRate,
  parseGy90640Command,
  parseGy90640Commands,
  saveCommand,
  type Gy90640Command,
} from '../../electron/core/sensor/protocols/gy-mcu90640/commands.js';
import { Gy90614Decoder } from '../../electron/core/sensor/protocols/gy-mcu90614/decoder.js';
import {
  Gy90640Decoder,
  gy90640Checksum,
} from '../../electron/core/sensor/protocols/gy-mcu90640/decoder.js';
import { encodeGy90640Frame } from '../../native-mocks/encoders/gy-mcu90640.js';
import { crc16CcittFalse as crc16 } from '../../electron/core/sensor/protocols/mi48/crc16.js';
import { Mi48Decoder } from '../../electron/core/sensor/protocols/mi48/decoder.js';
import { encodeGy90614Frame } from '../../native-mocks/encoders/gy-mcu90614.js';
import {
  crc16CcittFalse,
  encodeMi48Frame,
  encodeMi48Gfra,
  encodeMi48Reply,
} from '../../native-mocks/encoders/mi48.js';
import type { SensorImage } from '../../native-mocks/encoders/types.js';

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const concat = (...parts: ArrayLike<number>[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => Array.from(part)));
const hex = (bytes: Uint8Array): string =>
  [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

/** Feeds `stream` in pieces of `size` bytes and collects every frame. */
function pushInChunks<T>(
  decoder: { push(chunk: Uint8Array): T[] },
  stream: Uint8Array,
  size: number,
) {
  const out: T[] = [];
  for (let at = 0; at < stream.length; at += size)
    out.push(...decoder.push(stream.subarray(at, at + size)));
  return out;
}

describe('GY-MCU90614 decoder', () => {
  const designExample = Uint8Array.of(0x5a, 0x5a, 0x45, 0x04, 0x0c, 0x78, 0x0d, 0x19, 0xa7);

  it("decodes DESIGN's example: 31.92 °C object, 33.53 °C ambient, as a 1×1 single-point frame", () => {
    const decoder = new Gy90614Decoder();
    const [frame, ...rest] = decoder.push(designExample, 1234);
    expect(rest).toHaveLength(0);
    expect(frame!.width).toBe(1);
    expect(frame!.height).toBe(1);
    expect(frame!.singlePoint).toBe(true);
    expect(frame!.pixels).toHaveLength(1);
    expect(frame!.pixels[0]).toBeCloseTo(31.92, 4);
    expect(frame!.ambient).toBeCloseTo(33.53, 4);
    expect(frame!.seq).toBe(0);
    expect(frame!.receivedAt).toBe(1234);
    expect(decoder.stats).toEqual({
      frames: 1,
      checksumErrors: 0,
      malformed: 0,
      resyncs: 0,
      bytesDiscarded: 0,
      repairedPixels: 0,
    });
  });

  it("encodes DESIGN's example byte for byte", () => {
    const image: SensorImage = {
      width: 1,
      height: 1,
      pixels: Float32Array.of(31.92),
      ambientC: 33.53,
    };
    expect(hex(encodeGy90614Frame(image))).toBe(hex(designExample));
  });

  it('decodes negative big-endian temperatures', () => {
    const image = { width: 1, height: 1, pixels: Float32Array.of(-12.34), ambientC: -0.01 };
    const bytes = encodeGy90614Frame(image);
    expect([...bytes.subarray(4, 8)]).toEqual([0xfb, 0x2e, 0xff, 0xff]); // -1234, -1
    const [frame] = new Gy90614Decoder().push(bytes);
    expect(frame!.pixels[0]).toBeCloseTo(-12.34, 4);
    expect(frame!.ambient).toBeCloseTo(-0.01, 4);
  });

  it('counts a bad SUM, skips two bytes and decodes the next frame', () => {
    const decoder = new Gy90614Decoder();
    const bad = Uint8Array.from(designExample);
    bad[8] = 0xa8;
    const good = encodeGy90614Frame({
      width: 1,
      height: 1,
      pixels: Float32Array.of(36.6),
      ambientC: 24,
    });
    const frames = decoder.push(concat(bad, good));
    expect(frames).toHaveLength(1);
    expect(frames[0]!.pixels[0]).toBeCloseTo(36.6, 4);
    expect(frames[0]!.seq).toBe(0);
    expect(decoder.stats.checksumErrors).toBe(1);
    expect(decoder.stats.bytesDiscarded).toBe(9);
    expect(decoder.stats.frames).toBe(1);
  });

  it('finds a real frame that starts inside a frame with a bad SUM', () => {
    // A truncated frame (its first 5 bytes) runs straight into a real one.
    const decoder = new Gy90614Decoder();
    const frames = decoder.push(concat(designExample.subarray(0, 5), designExample));
    expect(frames).toHaveLength(1);
    expect(frames[0]!.pixels[0]).toBeCloseTo(31.92, 4);
    expect(decoder.stats.bytesDiscarded).toBe(5);
  });

  it('is not fooled by a stray header right before a frame whose SUM then matches', () => {
    // `5A 5A 45 04` twice sums to 0x1FA: if TOh is 0xFA the first header "frames" the second.
    const real = encodeGy90614Frame({
      width: 1,
      height: 1,
      pixels: Float32Array.of(-15.36), // 0xFA00
      ambientC: 20,
    });
    expect(real[4]).toBe(0xfa);
    const decoder = new Gy90614Decoder();
    const frames = decoder.push(concat([0x5a, 0x5a, 0x45, 0x04], real));
    expect(frames).toHaveLength(1);
    expect(frames[0]!.pixels[0]).toBeCloseTo(-15.36, 4);
    expect(frames[0]!.ambient).toBeCloseTo(20, 4);
    expect(decoder.stats.malformed).toBe(1);
    expect(decoder.stats.bytesDiscarded).toBe(4);
  });

  it('drops frames with temperatures no MLX90614 can report, as malformed', () => {
    const decoder = new Gy90614Decoder();
    const hot = encodeGy90614Frame({
      width: 1,
      height: 1,
      pixels: Float32Array.of(30),
      ambientC: 130, // above the sensor's 125 °C
    });
    const cold = encodeGy90614Frame({
      width: 1,
      height: 1,
      pixels: Float32Array.of(-75), // below the sensor's -70 °C
      ambientC: 20,
    });
    expect(decoder.push(concat(hot, cold, designExample))).toHaveLength(1);
    expect(decoder.stats.malformed).toBe(2);
    expect(decoder.stats.checksumErrors).toBe(0);
  });

  it('resynchronises after noise and decodes frames fed one byte at a time', () => {
    const decoder = new Gy90614Decoder();
    const stream = concat([0x00, 0x5a, 0x5a, 0x45, 0x13], designExample, [0x5a], designExample);
    const frames = pushInChunks(decoder, stream, 1);
    expect(frames.map((f) => f.seq)).toEqual([0, 1]);
    expect(decoder.stats.bytesDiscarded).toBe(6);
    expect(decoder.stats.resyncs).toBe(2);
  });

  it('encoder rejects images that are not 1×1 or lack the ambient temperature', () => {
    expect(() =>
      encodeGy90614Frame({ width: 1, height: 1, pixels: Float32Array.of(30), ambientC: null }),
    ).toThrow(/ambient/);
    expect(() =>
      encodeGy90614Frame({ width: 2, height: 1, pixels: Float32Array.of(30, 31), ambientC: 20 }),
    ).toThrow(/1×1/);
  });
});

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

  /** Pixels travel as whole deci-kelvin, so exact values end in .x5 °C (273.15 K = 0 °C). */
  const image = (fill: number, ambientC: number | null): SensorImage => ({
    width: 80,
    height: 62,
    pixels: new Float32Array(80 * 62).fill(fill),
    ambientC,
  });

  it('decodes a hand-built GFRA reply with a header row: pixels in image order, ambient', () => {
    const bytes = handBuiltGfra(true);
    expect(String.fromCharCode(...bytes.subarray(0, 12))).toBe('   #2808GFRA');
    const decoder = new Mi48Decoder();
    const [frame, ...rest] = decoder.push(bytes, 99);
    expect(rest).toHaveLength(0);
    expect(frame!.width).toBe(80);
    expect(frame!.height).toBe(62);
    expect(frame!.singlePoint).toBe(false);
    expect(frame!.receivedAt).toBe(99);
    expect(frame!.pixels).toHaveLength(80 * 62);
    expect(frame!.pixels[0]).toBeCloseTo(36.85, 4);
    expect(frame!.pixels[1]).toBeCloseTo(21.85, 4);
    expect(frame!.pixels[80]).toBeCloseTo(-0.05, 4);
    expect(frame!.pixels[80 * 62 - 1]).toBeCloseTo(99.95, 4);
    expect(frame!.ambient).toBeCloseTo(30, 4);
    expect(decoder.stats).toEqual({
      frames: 1,
      checksumErrors: 0,
      malformed: 0,
      resyncs: 0,
      bytesDiscarded: 0,
      repairedPixels: 0,
    });
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
    const img = image(21.85, 30);
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
    expect(encodeMi48Frame(image(20, null)).length).toBe(8 + 0x2768);
    expect(() => encodeMi48Frame({ ...image(20, 20), width: 32, height: 24 })).toThrow(/80×62/);
  });

  it('counts a bad checksum, and still decodes the next frame', () => {
    const decoder = new Mi48Decoder();
    const bad = encodeMi48Frame(image(25, 20));
    bad[5000] = bad[5000]! ^ 0x01;
    const good = encodeMi48Frame(image(36.05, 21));
    const frames = decoder.push(concat(bad, good));
    expect(frames).toHaveLength(1);
    expect(frames[0]!.pixels[0]).toBeCloseTo(36.05, 4);
    expect(frames[0]!.seq).toBe(0);
    expect(decoder.stats.checksumErrors).toBe(1);
    expect(decoder.stats.bytesDiscarded).toBe(bad.length);
    expect(decoder.stats.frames).toBe(1);
  });

  it('skips replies to other commands without counting errors', () => {
    const decoder = new Mi48Decoder();
    const wreg = encodeMi48Reply('WREG', new Uint8Array(0));
    const rreg = encodeMi48Reply('RREG', Uint8Array.from(ascii('5F')));
    const frame = encodeMi48Frame(image(30, 25));
    const frames = decoder.push(concat(wreg, rreg, frame, wreg));
    expect(frames).toHaveLength(1);
    expect(decoder.stats).toEqual({
      frames: 1,
      checksumErrors: 0,
      malformed: 0,
      resyncs: 0,
      bytesDiscarded: 2 * wreg.length + rreg.length,
      repairedPixels: 0,
    });
  });

  it('counts an implausible LENGTH or a non-letter command as malformed and resyncs', () => {
    const decoder = new Mi48Decoder();
    const frame = encodeMi48Frame(image(33.05, 22));
    const stream = concat(
      ascii('   #0003GFRA'), // shorter than CMD + CHECKSUM
      ascii('   #FFFFGFRA'), // longer than any reply this device sends
      ascii('   #00z8GFRA'), // not hex
      ascii('   #000C12AB5F5F0000'), // CMD is not letters
      frame,
    );
    const frames = decoder.push(stream);
    expect(frames).toHaveLength(1);
    expect(frames[0]!.pixels[0]).toBeCloseTo(33.05, 4);
    expect(decoder.stats.malformed).toBe(4);
    expect(decoder.stats.checksumErrors).toBe(0);
    expect(decoder.stats.resyncs).toBe(4);
    expect(decoder.stats.bytesDiscarded).toBe(stream.length - frame.length);
  });

  it('finds a real frame swallowed by a fake header whose LENGTH runs over it', () => {
    const decoder = new Mi48Decoder();
    const frame = encodeMi48Frame(image(34, 22));
    const frames = decoder.push(concat(ascii('   #2808GFRA'), [1, 2, 3], frame, frame));
    expect(frames).toHaveLength(2);
    expect(decoder.stats.checksumErrors).toBe(1);
    expect(decoder.stats.bytesDiscarded).toBe(15);
  });

  it('does not hold a complete frame back behind a header that claims more bytes than follow', () => {
    const decoder = new Mi48Decoder();
    // The start of a frame with a header row (LENGTH 0x2808), cut short, then a whole frame
    // without one (LENGTH 0x2768, as after the host set NO_HEADER), then nothing more (yet):
    // the first header's LENGTH reaches past the end of the second frame.
    const cutShort = encodeMi48Frame(image(20.05, 22)).subarray(0, 100);
    const frame = encodeMi48Frame(image(34.05, null));
    const frames = pushInChunks(decoder, concat(cutShort, frame), 4096);
    expect(frames).toHaveLength(1);
    expect(frames[0]!.pixels[0]).toBeCloseTo(34.05, 4);
    expect(decoder.stats.malformed).toBe(1);
    expect(decoder.stats.checksumErrors).toBe(0);
    expect(decoder.stats.bytesDiscarded).toBe(100);
    // The stream goes on normally.
    expect(decoder.push(frame)).toHaveLength(1);
    expect(decoder.stats.frames).toBe(2);
  });

  it('keeps looking inside a long header after taking a short reply found inside it', () => {
    const decoder = new Mi48Decoder();
    const wreg = encodeMi48Reply('WREG', new Uint8Array(0));
    const frame = encodeMi48Frame(image(34.05, null));
    const stream = concat(ascii('   #2808GFRA'), wreg, ascii('   #2808GFRA'), frame);
    const frames = decoder.push(stream);
    expect(frames).toHaveLength(1);
    expect(frames[0]!.pixels[0]).toBeCloseTo(34.05, 4);
    expect(decoder.stats.malformed).toBe(2);
    expect(decoder.stats.bytesDiscarded).toBe(12 + wreg.length + 12);
  });

  it('drops a frame cut short by the next one once its LENGTH is complete', () => {
    const decoder = new Mi48Decoder();
    const frame = encodeMi48Frame(image(34.05, 22));
    const frames = pushInChunks(decoder, concat(frame.subarray(0, 5000), frame), 4096);
    expect(frames).toHaveLength(1);
    expect(decoder.stats.checksumErrors).toBe(1);
    expect(decoder.stats.bytesDiscarded).toBe(5000);
  });

  it('counts a valid GFRA of another sensor size as malformed and skips it whole', () => {
    const decoder = new Mi48Decoder();
    const small = encodeMi48Reply('GFRA', new Uint8Array(2 * 32 * 33));
    const frame = encodeMi48Frame(image(35, 22));
    const frames = decoder.push(concat(small, frame));
    expect(frames).toHaveLength(1);
    expect(decoder.stats.malformed).toBe(1);
    expect(decoder.stats.bytesDiscarded).toBe(small.length);
  });

  it('decodes frames delivered in small chunks, after noise and partial prefixes', () => {
    const frames = [encodeMi48Frame(image(30.05, 20)), encodeMi48Frame(image(31.15, null))];
    const stream = concat([0x00, 0x20, 0x20], frames[0]!, ascii('  '), frames[1]!, [0x20]);
    for (const size of [1, 7, 333, 4096, stream.length]) {
      const decoder = new Mi48Decoder();
      const out = pushInChunks(decoder, stream, size);
      expect(out.map((f) => [f.seq, f.pixels[0], f.ambient === null])).toEqual([
        [0, expect.closeTo(30.05, 4), false],
        [1, expect.closeTo(31.15, 4), true],
      ]);
      expect(decoder.stats.bytesDiscarded).toBe(5); // the trailing space is still pending
    }
  });
});

describe('GY-MCU90640 commands', () => {
  it('encodes frame rates: A5 25 00..04 SUM', () => {
    expect(hex(frameRateCommand(0.5))).toBe('A5 25 00 CA');
    expect(hex(frameRateCommand(1))).toBe('A5 25 01 CB');
    expect(hex(frameRateCommand(2))).toBe('A5 25 02 CC');
    expect(hex(frameRateCommand(4))).toBe('A5 25 03 CD');
    expect(hex(frameRateCommand(8))).toBe('A5 25 04 CE');
    expect(() => frameRateCommand(3 as 4)).toThrow(/frame rate/);
  });

  it('encodes baud rates, modes, emissivity and save', () => {
    expect(hex(baudCommand(9600))).toBe('A5 15 01 BB');
    expect(hex(baudCommand(115200))).toBe('A5 15 02 BC');
    expect(hex(baudCommand(460800))).toBe('A5 15 03 BD');
    expect(hex(modeCommand('query'))).toBe('A5 35 01 DB');
    expect(hex(modeCommand('auto'))).toBe('A5 35 02 DC');
    expect(hex(emissivityCommand(0.95))).toBe('A5 45 5F 49');
    expect(hex(emissivityCommand(1))).toBe('A5 45 64 4E');
    expect(hex(emissivityCommand(0.1))).toBe('A5 45 0A F4');
    expect(hex(saveCommand())).toBe('A5 65 01 0B');
  });

  it('rejects an emissivity outside 0.10 … 1.00 with a clear error', () => {
    for (const e of [0, 0.05, 0.099, 1.01, 95, -0.5, Number.NaN, Infinity]) {
      expect(() => emissivityCommand(e)).toThrow(/emissivity must be between 0.10 and 1.00/);
    }
  });

  it('parses every command it can encode, and nothing else', () => {
    const cases: [Uint8Array, Gy90640Command][] = [
      ...([0.5, 1, 2, 4, 8] as const).map((hz): [Uint8Array, Gy90640Command] => [
        frameRateCommand(hz),
        { kind: 'frameRate', hz },
      ]),
      ...([9600, 115200, 460800] as const).map((baud): [Uint8Array, Gy90640Command] => [
        baudCommand(baud),
        { kind: 'baud', baud },
      ]),
      [modeCommand('query'), { kind: 'mode', mode: 'query' }],
      [modeCommand('auto'), { kind: 'mode', mode: 'auto' }],
      [saveCommand(), { kind: 'save' }],
    ];
    for (let percent = 10; percent <= 100; percent++) {
      cases.push([
        emissivityCommand(percent / 100),
        { kind: 'emissivity', emissivity: percent / 100 },
      ]);
    }
    for (const [bytes, parsed] of cases) expect(parseGy90640Command(bytes)).toEqual(parsed);

    expect(parseGy90640Command(Uint8Array.of(0xa5, 0x25, 0x04, 0xcf))).toBeNull(); // bad SUM
    expect(parseGy90640Command(Uint8Array.of(0xa5, 0x25, 0x05, 0xcf))).toBeNull(); // no such rate
    expect(parseGy90640Command(Uint8Array.of(0xa5, 0x55, 0x01, 0xfb))).toBeNull(); // unknown CMD
    expect(parseGy90640Command(Uint8Array.of(0xa5, 0x45, 0x05, 0xef))).toBeNull(); // ε 0.05
    expect(parseGy90640Command(Uint8Array.of(0xa4, 0x25, 0x04, 0xcd))).toBeNull(); // not A5
    expect(parseGy90640Command(Uint8Array.of(0xa5, 0x25, 0x04))).toBeNull(); // short
  });

  it('finds several commands in one write, skipping noise', () => {
    const write = concat([0x00], modeCommand('auto'), [0xa5, 0x01], frameRateCommand(8));
    expect(parseGy90640Commands(write)).toEqual([
      { kind: 'mode', mode: 'auto' },
      { kind: 'frameRate', hz: 8 },
    ]);
  });

  it('rounds a wanted rate to the nearest supported one (the rates double)', () => {
    expect(nearestSupportedRate(8)).toBe(8);
    expect(nearestSupportedRate(100)).toBe(8);
    expect(nearestSupportedRate(6)).toBe(8);
    expect(nearestSupportedRate(5)).toBe(4);
    expect(nearestSupportedRate(3)).toBe(4);
    expect(nearestSupportedRate(2.5)).toBe(2);
    expect(nearestSupportedRate(0.7)).toBe(0.5);
    expect(nearestSupportedRate(0.01)).toBe(0.5);
    expect(() => nearestSupportedRate(0)).toThrow();
    expect(() => nearestSupportedRate(Number.NaN)).toThrow();
  });

  it('knows which baud each rate needs: 8 Hz only at 460800', () => {
    expect(frameTransferMs(115200)).toBeCloseTo(134, 0);
    expect(minBaudForRate(0.5)).toBe(9600);
    expect(minBaudForRate(1)).toBe(115200);
    expect(minBaudForRate(2)).toBe(115200);
    expect(minBaudForRate(4)).toBe(115200);
    expect(minBaudForRate(8)).toBe(460800);
    expect(() => minBaudForRate(64)).toThrow(/faster/);
  });
});

describe('GY-MCU90640 decoder accounting', () => {
  it('never re-reads the tail of a delivered frame that looks like a header start', () => {
    // Choose the ambient word so that the checksum, the frame's last two bytes, reads 5A 5A.
    const image = new Float32Array(768).fill(20);
    const sumWithoutAmbient = gy90640Checksum(encodeGy90640Frame(image, 0));
    const raw = (0x5a5a - sumWithoutAmbient) & 0xffff;
    const bytes = encodeGy90640Frame(image, ((raw << 16) >> 16) / 100);
    expect([bytes[1542], bytes[1543]]).toEqual([0x5a, 0x5a]);
    const decoder = new Gy90640Decoder();
    expect(decoder.push(bytes)).toHaveLength(1);
    expect(decoder.push(encodeGy90640Frame(image, 25))).toHaveLength(1);
    expect(decoder.stats).toMatchObject({ frames: 2, bytesDiscarded: 0, resyncs: 0 });
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
