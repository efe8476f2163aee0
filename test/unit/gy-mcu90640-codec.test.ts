import { describe, expect, it } from 'vitest';
import {
  GY90640_FRAME_BYTES,
  Gy90640Decoder,
  gy90640Checksum,
} from '../../electron/core/sensor/protocols/gy-mcu90640/decoder.js';
import { encodeGy90640Frame } from '../../native-mocks/encoders/gy-mcu90640.js';
import { createRng } from '../../native-mocks/prng.js';

function randomImage(seed: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: 768 }, () => Math.round((15 + 25 * rng()) * 100) / 100);
}

describe('GY-MCU90640 codec', () => {
  it('encodes 1544-byte frames that start with the sync and length bytes', () => {
    const bytes = encodeGy90640Frame(randomImage(1), 25.5);
    expect(bytes.length).toBe(1544);
    expect([...bytes.subarray(0, 4)]).toEqual([0x5a, 0x5a, 0x02, 0x06]);
    const trailer = bytes[1542]! | (bytes[1543]! << 8);
    expect(trailer).toBe(gy90640Checksum(bytes));
  });

  it('round-trips pixels (to 0.01 °C), ambient and sequence numbers', () => {
    const decoder = new Gy90640Decoder();
    const images = [randomImage(2), randomImage(3)];
    const frames = images.flatMap((img, i) => decoder.push(encodeGy90640Frame(img, 20 + i)));
    expect(frames.map((f) => f.seq)).toEqual([0, 1]);
    frames.forEach((frame, i) => {
      expect(frame.width).toBe(32);
      expect(frame.height).toBe(24);
      expect(frame.ambient).toBeCloseTo(20 + i, 2);
      for (let p = 0; p < 768; p++) expect(frame.pixels[p]).toBeCloseTo(images[i]![p]!, 2);
    });
  });

  it("decodes the manual's example: first wire pixel 0x0E6E is 36.94 °C at the image's right", () => {
    const image = new Float32Array(768).fill(22);
    image[31] = 36.94; // row 0, viewer's rightmost column = wire column 1
    const bytes = encodeGy90640Frame(image, 30);
    expect([...bytes.subarray(0, 6)]).toEqual([0x5a, 0x5a, 0x02, 0x06, 0x6e, 0x0e]);
    const [frame] = new Gy90640Decoder().push(bytes);
    expect(frame!.pixels[31]).toBeCloseTo(36.94, 2);
    expect(frame!.pixels[0]).toBeCloseTo(22, 2);
  });

  it('decodes negative temperatures (int16 sign)', () => {
    const image = new Float32Array(768).fill(-5.25);
    const [frame] = new Gy90640Decoder().push(encodeGy90640Frame(image, -1));
    expect(frame!.pixels[100]).toBeCloseTo(-5.25, 2);
    expect(frame!.ambient).toBeCloseTo(-1, 2);
  });

  it('counts and drops a frame with a bad checksum, then decodes the next good one', () => {
    const decoder = new Gy90640Decoder();
    const bad = encodeGy90640Frame(randomImage(4), 20);
    bad[500] = bad[500]! ^ 0xff;
    const good = encodeGy90640Frame(randomImage(5), 21);
    const frames = decoder.push(Uint8Array.from([...bad, ...good]));
    expect(frames).toHaveLength(1);
    expect(frames[0]!.ambient).toBeCloseTo(21, 2);
    expect(decoder.stats.checksumErrors).toBe(1);
    expect(decoder.stats.bytesDiscarded).toBe(GY90640_FRAME_BYTES);
  });

  it('resynchronises after garbage and decodes a frame fed one byte at a time', () => {
    const decoder = new Gy90640Decoder();
    const stream = Uint8Array.from([
      0x01,
      0x5a,
      0x5a,
      0x99,
      ...encodeGy90640Frame(randomImage(6), 19),
    ]);
    const frames = stream.reduce<number>(
      (n, byte) => n + decoder.push(Uint8Array.of(byte)).length,
      0,
    );
    expect(frames).toBe(1);
    expect(decoder.stats.bytesDiscarded).toBe(4);
    expect(decoder.stats.resyncs).toBe(1);
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
