// Helpers for the conformance suite: images a firmware can print, chunked feeding, garbage.
import fc from 'fast-check';
import type { FrameDecoder } from '../../electron/core/sensor/decoder.js';
import type { ThermalFrame } from '../../electron/core/sensor/frame.js';
import type { ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import type { SensorImage } from '../../native-mocks/encoders/types.js';

/** How close a decoded pixel is to the image sent: half the firmware's last printed digit. */
export function tolerance(protocol: ProtocolId): number {
  switch (protocol) {
    case 'adafruit-mlx90640':
    case 'mi48':
      return 0.05 + 1e-3;
    case 'adafruit-amg88xx':
      return 0.125 + 1e-3; // the sensor's 0.25 °C steps
    default:
      return 0.005 + 1e-3;
  }
}

/** Images of plausible temperatures (a room, a face, a blackbody). */
export function imageArbitrary(
  width: number,
  height: number,
  protocol: ProtocolId,
): fc.Arbitrary<SensorImage> {
  return fc
    .record({
      base: fc.double({ min: 5, max: 40, noNaN: true }),
      spots: fc.array(
        fc.tuple(fc.nat(width * height - 1), fc.double({ min: -20, max: 60, noNaN: true })),
        { maxLength: 8 },
      ),
      ambient: fc.double({ min: 10, max: 45, noNaN: true }),
    })
    .map(({ base, spots, ambient }) => {
      const pixels = new Float32Array(width * height).fill(base);
      for (const [at, value] of spots) pixels[at] = value;
      if (protocol === 'adafruit-amg88xx') {
        for (let i = 0; i < pixels.length; i++) pixels[i] = Math.round(pixels[i]! * 4) / 4;
      }
      return { width, height, pixels, ambientC: Math.round(ambient * 100) / 100 };
    });
}

/** Noise between frames: random bytes for binary streams; for text, a stray line of letters
 * (what reaches a line reader from a noisy line: it ends at the next line break). */
export function garbageFor(text: boolean): fc.Arbitrary<Uint8Array> {
  if (!text) return fc.uint8Array({ maxLength: 48 });
  return fc
    .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwyz?!'), maxLength: 40 })
    .map((s) => new TextEncoder().encode(`${s}\r\n`));
}

/** Cuts `data` at random places (fractions of its length) and feeds every piece. */
export function feedChunked(
  decoder: FrameDecoder,
  data: Uint8Array,
  cuts: number[],
): ThermalFrame[] {
  const points = cuts.map((f) => Math.floor(f * data.length)).sort((a, b) => a - b);
  const frames: ThermalFrame[] = [];
  let at = 0;
  for (const point of [...points, data.length]) {
    frames.push(...decoder.push(data.subarray(at, point)));
    at = point;
  }
  return frames;
}

export { concatBytes as concat } from '../../electron/core/sensor/bytes.js';
