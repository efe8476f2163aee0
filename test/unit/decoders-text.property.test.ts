import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AdafruitAmg88xxDecoder } from '../../electron/core/sensor/protocols/adafruit-amg88xx/decoder.js';
import { AdafruitMlx90640Decoder } from '../../electron/core/sensor/protocols/adafruit-mlx90640/decoder.js';
import type { FrameDecoder } from '../../electron/core/sensor/decoder.js';
import type { ThermalFrame } from '../../electron/core/sensor/frame.js';
import { SparkfunMlx90640Decoder } from '../../electron/core/sensor/protocols/sparkfun-mlx90640/decoder.js';
import { encodeAdafruitAmg88xxFrame } from '../../native-mocks/encoders/adafruit-amg88xx.js';
import { encodeAdafruitMlx90640Frame } from '../../native-mocks/encoders/adafruit-mlx90640.js';
import { encodeSparkfunMlx90640Frame } from '../../native-mocks/encoders/sparkfun-mlx90640.js';
import type { FrameEncoder } from '../../native-mocks/encoders/types.js';

interface Case {
  name: string;
  make: () => FrameDecoder;
  encode: FrameEncoder;
  width: number;
  height: number;
  /** Half the last printed digit, plus float32 rounding. */
  tolerance: number;
}

const CASES: Case[] = [
  {
    name: 'sparkfun-mlx90640',
    make: () => new SparkfunMlx90640Decoder(),
    encode: encodeSparkfunMlx90640Frame,
    width: 32,
    height: 24,
    tolerance: 0.005 + 1e-4,
  },
  {
    name: 'adafruit-mlx90640',
    make: () => new AdafruitMlx90640Decoder(),
    encode: encodeAdafruitMlx90640Frame,
    width: 32,
    height: 24,
    tolerance: 0.05 + 1e-4,
  },
  {
    name: 'adafruit-amg88xx',
    make: () => new AdafruitAmg88xxDecoder(),
    encode: encodeAdafruitAmg88xxFrame,
    width: 8,
    height: 8,
    tolerance: 0.005 + 1e-4,
  },
];

const NL = 0x0a;
const OPEN = 0x5b; // '['
const CLOSE = 0x5d; // ']'
const DASH = 0x2d;

/** A garbage line that cannot pass for frame structure: no "\n", "[" or "]", no leading "-". */
const garbageLine = fc.uint8Array({ maxLength: 60 }).map((raw) => {
  const line = raw.map((b) => (b === NL || b === OPEN || b === CLOSE ? 0x3f : b));
  if (line[0] === DASH) line[0] = 0x3f;
  return Uint8Array.from([...line, NL]);
});

/** Cuts `data` at random places (fractions of its length) and feeds every piece. */
function feedChunked(decoder: FrameDecoder, data: Uint8Array, cuts: number[]): ThermalFrame[] {
  const points = cuts.map((f) => Math.floor(f * data.length)).sort((a, b) => a - b);
  const frames: ThermalFrame[] = [];
  let at = 0;
  for (const point of [...points, data.length]) {
    frames.push(...decoder.push(data.subarray(at, point)));
    at = point;
  }
  return frames;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const cutsArb = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
  maxLength: 30,
});

describe.each(CASES)('$name text decoder (properties)', (c) => {
  const pixels = c.width * c.height;
  const image = fc
    .array(fc.double({ min: -50, max: 400, noNaN: true }), { minLength: pixels, maxLength: pixels })
    .map((values) => Float32Array.from(values));

  it('decodes every frame once, in order, whatever the garbage between and the chunking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(garbageLine, { maxLength: 3 }), image), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.array(garbageLine, { maxLength: 3 }),
        cutsArb,
        (framesWithGarbage, trailing, cuts) => {
          const parts: Uint8Array[] = [];
          for (const [garbage, px] of framesWithGarbage) {
            parts.push(...garbage);
            parts.push(c.encode({ width: c.width, height: c.height, pixels: px, ambientC: null }));
          }
          parts.push(...trailing);
          const decoder = c.make();
          const frames = feedChunked(decoder, concat(parts), cuts);
          expect(frames).toHaveLength(framesWithGarbage.length);
          expect(decoder.stats.frames).toBe(framesWithGarbage.length);
          frames.forEach((frame, i) => {
            expect(frame.seq).toBe(i);
            expect(frame.width).toBe(c.width);
            expect(frame.height).toBe(c.height);
            const expected = framesWithGarbage[i]![1];
            for (let p = 0; p < pixels; p++) {
              const error = Math.abs(frame.pixels[p]! - expected[p]!);
              if (!(error <= c.tolerance)) {
                throw new Error(`pixel ${p}: got ${frame.pixels[p]}, sent ${expected[p]}`);
              }
            }
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  const encoded = image.map((px) =>
    c.encode({ width: c.width, height: c.height, pixels: px, ambientC: null }),
  );
  /** Random bytes, pieces of real frames and whole frames, in any mix. */
  const noise = fc
    .array(
      fc.oneof(
        fc.uint8Array({ maxLength: 300 }),
        fc
          .tuple(encoded, fc.nat(), fc.nat())
          .map(([bytes, a, b]) => bytes.subarray(a % bytes.length, b % (bytes.length + 1))),
        encoded,
      ),
      { maxLength: 8 },
    )
    .map(concat);

  it('never throws on random bytes and frame pieces; frames have the right size; cuts do not matter', () => {
    fc.assert(
      fc.property(noise, cutsArb, (data, cuts) => {
        const chunked = c.make();
        const frames = feedChunked(chunked, data, cuts);
        for (const frame of frames) {
          expect(frame.width).toBe(c.width);
          expect(frame.height).toBe(c.height);
          expect(frame.pixels).toHaveLength(pixels);
        }
        // The outcome does not depend on how the bytes were cut.
        const whole = c.make();
        expect(whole.push(data)).toHaveLength(frames.length);
        expect(chunked.stats).toEqual(whole.stats);
        expect(chunked.stats.bytesDiscarded).toBeLessThanOrEqual(data.length);
      }),
      { numRuns: 100 },
    );
  });
});
