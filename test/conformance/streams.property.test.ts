// The shared conformance suite, part 2: every protocol, fed what its firmware prints (the
// simulated board, native-mocks/firmware), in any chunking, with garbage between frames, with
// board resets and cables pulled mid-frame, decodes every whole frame exactly once and never a
// wrong one. Random bytes never make a decoder throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ThermalFrame } from '../../electron/core/sensor/frame.js';
import { PROTOCOLS } from '../../electron/core/sensor/protocols/index.js';
import { PROTOCOL_IDS, type ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import type { SensorImage } from '../../native-mocks/encoders/types.js';
import {
  createFirmware,
  type FirmwareModel,
  type FirmwareOptions,
} from '../../native-mocks/firmware/index.js';
import { concat, feedChunked, garbageFor, imageArbitrary, tolerance } from './stream-support.js';

interface Setup {
  protocol: ProtocolId;
  options: FirmwareOptions;
}

/** Every firmware variant that prints frames. */
const SETUPS: readonly Setup[] = [
  { protocol: 'gy-mcu90640', options: {} },
  { protocol: 'gy-mcu90614', options: {} },
  { protocol: 'sparkfun-mlx90640', options: { board: 'teensy' } },
  { protocol: 'sparkfun-mlx90640', options: { board: 'bridge' } },
  { protocol: 'adafruit-mlx90640', options: { version: '1.1.2' } },
  { protocol: 'adafruit-mlx90640', options: { version: '1.0.1' } },
  { protocol: 'adafruit-amg88xx', options: {} },
  { protocol: 'mi48', options: {} },
];

const name = (s: Setup): string =>
  `${s.protocol}${s.options.version ? ` ${s.options.version}` : ''}${s.options.board ? ` on ${s.options.board}` : ''}`;

/**
 * Frames a decoder must deliver from boot bytes + these frames: all of them, except that a text
 * stream's first line is never trusted (it may have begun before the port opened), so a sketch
 * that prints nothing before its first frame loses that one.
 */
function expectedFrom(firmware: FirmwareModel, images: SensorImage[]): SensorImage[] {
  return firmware.text && firmware.bootBytes().length === 0 ? images.slice(1) : images;
}

function sameImage(frame: ThermalFrame, image: SensorImage, protocol: ProtocolId): boolean {
  if (frame.width !== image.width || frame.height !== image.height) return false;
  const tol = tolerance(protocol);
  for (let i = 0; i < image.pixels.length; i++) {
    if (Math.abs(frame.pixels[i]! - image.pixels[i]!) > tol) return false;
  }
  return true;
}

function expectFrames(frames: ThermalFrame[], images: SensorImage[], protocol: ProtocolId): void {
  expect(frames.length).toBe(images.length);
  frames.forEach((frame, i) => expect(sameImage(frame, images[i]!, protocol)).toBe(true));
}

/** Every frame decoded is one of the images sent: nothing is ever decoded wrongly. */
function expectNoWrongFrame(
  frames: ThermalFrame[],
  images: SensorImage[],
  protocol: ProtocolId,
): void {
  for (const frame of frames) {
    expect(images.some((image) => sameImage(frame, image, protocol))).toBe(true);
  }
}

describe.each(SETUPS.map((s) => [name(s), s] as const))('%s', (_name, setup) => {
  const { protocol } = setup;
  const facts = PROTOCOLS[protocol];
  const firmware = createFirmware(protocol, setup.options);
  const images = fc.array(imageArbitrary(facts.width, facts.height, protocol), {
    minLength: 1,
    maxLength: 4,
  });
  const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });

  it('decodes every frame exactly once whatever the chunking, after the boot output', () => {
    fc.assert(
      fc.property(images, cuts, (imgs, cutPoints) => {
        const bytes = concat([firmware.bootBytes(), ...imgs.map((i) => firmware.frameBytes(i))]);
        const frames = feedChunked(facts.createDecoder(), bytes, cutPoints);
        expectFrames(frames, expectedFrom(firmware, imgs), protocol);
      }),
      { numRuns: 25 },
    );
  });

  it('decodes every frame with garbage between frames, and never a wrong one', () => {
    fc.assert(
      fc.property(
        images,
        fc.array(garbageFor(firmware.text), { minLength: 4, maxLength: 4 }),
        cuts,
        (imgs, noise, cutPoints) => {
          const parts = [firmware.bootBytes()];
          imgs.forEach((image, i) => parts.push(noise[i]!, firmware.frameBytes(image)));
          const frames = feedChunked(facts.createDecoder(), concat(parts), cutPoints);
          expectNoWrongFrame(frames, imgs, protocol);
          // Binary framing finds every frame after any noise; a text frame needs its first line
          // whole, which a garbage line ending in a line break leaves intact.
          expect(frames.length).toBe(imgs.length);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a cable pulled or a board reset mid-frame loses that frame only', () => {
    fc.assert(
      fc.property(
        images,
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        cuts,
        (imgs, cutAt, cutPoints) => {
          const cut = firmware.frameBytes(imgs[0]!);
          const partial = cut.subarray(0, Math.floor(cut.length * cutAt));
          // A board that resets prints its boot output again; a pulled cable just stops (the
          // kiosk reopens the port with a new decoder, and a new stream begins with boot output).
          const afterReset = firmware.resetsOnOpen || firmware.bootBytes().length > 0;
          const tail = afterReset
            ? concat([firmware.bootBytes(), ...imgs.map((i) => firmware.frameBytes(i))])
            : new Uint8Array(0);
          const bytes = concat([firmware.bootBytes(), partial, tail]);
          const frames = feedChunked(facts.createDecoder(), bytes, cutPoints);
          expectNoWrongFrame(frames, imgs, protocol);
          if (afterReset) expect(frames.length).toBe(imgs.length);
          else expect(frames).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe.each(PROTOCOL_IDS)('%s decoder on anything', (protocol) => {
  it('never throws on random bytes, and what it delivers has the right shape', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 600 }), { maxLength: 20 }), (chunks) => {
        const decoder = PROTOCOLS[protocol].createDecoder();
        for (const chunk of chunks) {
          for (const frame of decoder.push(chunk)) {
            expect(frame.pixels.length).toBe(frame.width * frame.height);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("decodes nothing from any other protocol's firmware output (the wrong sketch)", () => {
    const facts = PROTOCOLS[protocol];
    for (const other of PROTOCOL_IDS.filter((p) => p !== protocol)) {
      const firmware = createFirmware(other);
      const image: SensorImage = {
        width: PROTOCOLS[other].width,
        height: PROTOCOLS[other].height,
        pixels: new Float32Array(PROTOCOLS[other].width * PROTOCOLS[other].height).fill(24.5),
        ambientC: 25,
      };
      const bytes = concat([
        firmware.bootBytes(),
        firmware.frameBytes(image),
        firmware.frameBytes(image),
      ]);
      expect(facts.createDecoder().push(bytes), `${other} read as ${protocol}`).toEqual([]);
    }
  });
});
