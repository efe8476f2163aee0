import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FrameDecoder } from '../../electron/core/sensor/decoder.js';
import type { ThermalFrame } from '../../electron/core/sensor/frame.js';
import { Gy90614Decoder } from '../../electron/core/sensor/protocols/gy-mcu90614/decoder.js';
import { Gy90640Decoder } from '../../electron/core/sensor/protocols/gy-mcu90640/decoder.js';
import { Mi48Decoder } from '../../electron/core/sensor/protocols/mi48/decoder.js';
import { encodeGy90614Frame } from '../../native-mocks/encoders/gy-mcu90614.js';
import { encodeGy90640Frame } from '../../native-mocks/encoders/gy-mcu90640.js';
import { encodeMi48Frame, encodeMi48Reply } from '../../native-mocks/encoders/mi48.js';
import { createRng } from '../../native-mocks/prng.js';

/** A frame on the wire and what its decoder must deliver for it. */
interface Case {
  bytes: Uint8Array;
  width: number;
  height: number;
  /** Exactly what the decoder's Float32Array must hold. */
  pixels: Float32Array;
  ambient: number | null;
}

interface Codec {
  name: string;
  width: number;
  height: number;
  createDecoder(): FrameDecoder;
  frame: fc.Arbitrary<Case>;
  maxFrames: number;
  /** Byte runs that look like parts of this protocol's frames (sync fragments, fake headers). */
  fragments: fc.Arbitrary<Uint8Array>;
}

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Random bytes, or fragments of the protocol, 0–3 pieces of them. */
function garbage(codec: Codec): fc.Arbitrary<Uint8Array> {
  const piece = fc.oneof(fc.uint8Array({ maxLength: 48 }), codec.fragments);
  return fc.array(piece, { maxLength: 3 }).map(concat);
}

/** Cuts `stream` at the given points (any numbers; taken modulo its length). */
function cut(stream: Uint8Array, points: number[]): Uint8Array[] {
  const at = [...new Set(points.map((p) => p % (stream.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const to of [...at, stream.length]) {
    chunks.push(stream.subarray(from, to));
    from = to;
  }
  return chunks;
}

function decodeAll(decoder: FrameDecoder, chunks: Uint8Array[]): ThermalFrame[] {
  return chunks.flatMap((chunk, i) => decoder.push(chunk, i));
}

/** Index of the first pixel that differs, or -1. */
function firstMismatch(actual: Float32Array, expected: Float32Array): number {
  if (actual.length !== expected.length) return 0;
  for (let i = 0; i < expected.length; i++) if (actual[i] !== expected[i]) return i;
  return -1;
}

// --- GY-MCU90640: 32×24, int16 °C × 100, checksum of 16-bit words ---------------------------
const gy90640: Codec = {
  name: 'gy-mcu90640',
  width: 32,
  height: 24,
  createDecoder: () => new Gy90640Decoder(),
  maxFrames: 5,
  frame: fc
    .record({
      seed: fc.integer(),
      first: fc.integer({ min: -32768, max: 32767 }),
      ambient: fc.integer({ min: -4000, max: 8000 }),
    })
    .map(({ seed, first, ambient }): Case => {
      const rng = createRng(seed);
      // Plausible temperatures (−20…60 °C) in 0.01 °C steps; the first pixel spans all of int16.
      const pixels = Float32Array.from({ length: 768 }, (_, i) =>
        i === 0 ? first / 100 : (Math.floor(rng() * 8001) - 2000) / 100,
      );
      return {
        bytes: encodeGy90640Frame(pixels, ambient / 100),
        width: 32,
        height: 24,
        pixels,
        ambient: ambient / 100,
      };
    }),
  fragments: fc
    .constantFrom([0x5a], [0x5a, 0x5a], [0x5a, 0x5a, 0x02], [0x02, 0x06])
    .map((b) => Uint8Array.from(b)),
};

// --- GY-MCU90614: 1×1, big-endian int16 °C × 100, 8-bit sum ----------------------------------
const gy90614: Codec = {
  name: 'gy-mcu90614',
  width: 1,
  height: 1,
  createDecoder: () => new Gy90614Decoder(),
  maxFrames: 30,
  frame: fc
    .record({
      // Anything the sensor can report (°C × 100; int16 caps the object range at 327.67 °C).
      object: fc.integer({ min: -7000, max: 32767 }),
      ambient: fc.integer({ min: -4000, max: 12500 }),
    })
    .map(({ object, ambient }): Case => {
      const pixels = Float32Array.of(object / 100);
      return {
        bytes: encodeGy90614Frame({ width: 1, height: 1, pixels, ambientC: ambient / 100 }),
        width: 1,
        height: 1,
        pixels,
        ambient: ambient / 100,
      };
    }),
  fragments: fc
    .constantFrom([0x5a], [0x5a, 0x5a], [0x5a, 0x5a, 0x45], [0x45, 0x04])
    .map((b) => Uint8Array.from(b)),
};

// --- MI48: 80×62, ASCII-framed replies, deci-kelvin words --------------------------------------
const mi48Sample = encodeMi48Frame({
  width: 80,
  height: 62,
  pixels: new Float32Array(80 * 62).fill(20.05),
  ambientC: 25,
});

const mi48: Codec = {
  name: 'mi48',
  width: 80,
  height: 62,
  createDecoder: () => new Mi48Decoder(),
  maxFrames: 3,
  frame: fc
    .record({
      seed: fc.integer(),
      first: fc.integer({ min: 0, max: 0xffff }),
      // Sensor temperature in centi-kelvin (−40…60 °C), or no header row at all.
      ambient: fc.option(fc.integer({ min: 23315, max: 33315 }), { freq: 3 }),
    })
    .map(({ seed, first, ambient }): Case => {
      const rng = createRng(seed);
      // Plausible temperatures (−20…60 °C) in whole deci-kelvin; the first pixel spans all of it.
      const pixels = Float32Array.from({ length: 80 * 62 }, (_, i) => {
        const dK = i === 0 ? first : 2531 + Math.floor(rng() * 801);
        return dK / 10 - 273.15;
      });
      const ambientC = ambient === null ? null : ambient / 100 - 273.15;
      return {
        bytes: encodeMi48Frame({ width: 80, height: 62, pixels, ambientC }),
        width: 80,
        height: 62,
        pixels,
        ambient: ambientC,
      };
    }),
  fragments: fc.oneof(
    fc
      .constantFrom(
        ' ',
        '   ',
        '   #',
        '   #FFFF',
        '   #0003GFRA',
        '   #zzzz',
        '   #000C12AB',
        '   #2808GFRA', // a header whose LENGTH runs over whatever follows
        '   #2768GFRA',
        '   #0008WREG01FD', // a valid reply to a register write
        '   #000ARREG010262', // a valid reply to a register read
      )
      .map(ascii),
    fc.constant(encodeMi48Reply('RRSE', ascii('B100B220'))),
    // The start of a real frame, cut short.
    fc.integer({ min: 1, max: 400 }).map((n) => mi48Sample.slice(0, n)),
  ),
};

describe.each([gy90640, gy90614, mi48])('$name decoder (property)', (codec) => {
  it('decodes every frame once, in order, through garbage and any chunking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(garbage(codec), codec.frame), {
          minLength: 1,
          maxLength: codec.maxFrames,
        }),
        garbage(codec),
        fc.array(fc.nat(), { maxLength: 16 }),
        (pairs, tail, cutPoints) => {
          const stream = concat([...pairs.flatMap(([g, f]) => [g, f.bytes]), tail]);
          const decoder = codec.createDecoder();
          const frames = decodeAll(decoder, cut(stream, cutPoints));
          expect(frames).toHaveLength(pairs.length);
          frames.forEach((frame, i) => {
            const expected = pairs[i]![1];
            expect(frame.seq).toBe(i);
            expect(frame.width).toBe(expected.width);
            expect(frame.height).toBe(expected.height);
            expect(frame.singlePoint).toBe(codec.width === 1);
            expect(firstMismatch(frame.pixels, expected.pixels)).toBe(-1);
            expect(frame.ambient).toBe(expected.ambient);
          });
          expect(decoder.stats.frames).toBe(pairs.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never throws on random bytes and never yields a frame of the wrong size', () => {
    const noise = fc
      .array(fc.oneof(fc.uint8Array({ maxLength: 256 }), codec.fragments), { maxLength: 24 })
      .map(concat);
    fc.assert(
      fc.property(noise, fc.array(fc.nat(), { maxLength: 16 }), (stream, cutPoints) => {
        const decoder = codec.createDecoder();
        for (const frame of decodeAll(decoder, cut(stream, cutPoints))) {
          expect(frame.width).toBe(codec.width);
          expect(frame.height).toBe(codec.height);
          expect(frame.pixels).toHaveLength(codec.width * codec.height);
        }
        const { frames, bytesDiscarded } = decoder.stats;
        expect(frames).toBeGreaterThanOrEqual(0);
        expect(bytesDiscarded).toBeLessThanOrEqual(stream.length);
      }),
      { numRuns: 100 },
    );
  });
});
