// What is particular to the GY-MCU90614 decoder, beyond the shared conformance suite
// (test/conformance): its weak 8-bit SUM, stray headers, implausible temperatures, resyncs.
import { describe, expect, it } from 'vitest';
import { Gy90614Decoder } from '../../electron/core/sensor/protocols/gy-mcu90614/decoder.js';
import { encodeGy90614Frame } from '../../native-mocks/encoders/gy-mcu90614.js';
import type { SensorImage } from '../../native-mocks/encoders/types.js';
import { concat, hex, onlyFrame, pushInChunks, statsWith } from '../support/decoder-streams.js';

describe('GY-MCU90614 decoder', () => {
  const designExample = Uint8Array.of(0x5a, 0x5a, 0x45, 0x04, 0x0c, 0x78, 0x0d, 0x19, 0xa7);

  it("decodes DESIGN's example: 31.92 °C object, 33.53 °C ambient, as a 1×1 single-point frame", () => {
    const decoder = new Gy90614Decoder();
    const frame = onlyFrame(decoder.push(designExample, 1234));
    expect(frame).toMatchObject({
      width: 1,
      height: 1,
      singlePoint: true,
      seq: 0,
      receivedAt: 1234,
    });
    expect(frame.pixels).toHaveLength(1);
    expect(frame.pixels[0]).toBeCloseTo(31.92, 4);
    expect(frame.ambient).toBeCloseTo(33.53, 4);
    expect(decoder.stats).toEqual(statsWith({ frames: 1 }));
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
