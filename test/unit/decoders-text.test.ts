import { describe, expect, it } from 'vitest';
import { AdafruitAmg88xxDecoder } from '../../electron/core/sensor/protocols/adafruit-amg88xx/decoder.js';
import { AdafruitMlx90640Decoder } from '../../electron/core/sensor/protocols/adafruit-mlx90640/decoder.js';
import type { FrameDecoder } from '../../electron/core/sensor/decoder.js';
import type { ThermalFrame } from '../../electron/core/sensor/frame.js';
import { SparkfunMlx90640Decoder } from '../../electron/core/sensor/protocols/sparkfun-mlx90640/decoder.js';
import { LineSplitter } from '../../electron/core/sensor/text-lines.js';
import {
  ADAFRUIT_AMG88XX_BANNER,
  encodeAdafruitAmg88xxFrame,
} from '../../native-mocks/encoders/adafruit-amg88xx.js';
import {
  ADAFRUIT_MLX90640_BANNER,
  encodeAdafruitMlx90640Frame,
} from '../../native-mocks/encoders/adafruit-mlx90640.js';
import {
  encodeSparkfunMlx90640Frame,
  SPARKFUN_BANNER,
} from '../../native-mocks/encoders/sparkfun-mlx90640.js';
import { createRng } from '../../native-mocks/prng.js';

const bytes = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Feeds `text` in the given chunk sizes (the rest in one last chunk); returns all frames. */
function feed(
  decoder: FrameDecoder,
  text: string | Uint8Array,
  sizes: number[] = [],
): ThermalFrame[] {
  const data = typeof text === 'string' ? bytes(text) : text;
  const frames: ThermalFrame[] = [];
  let at = 0;
  for (const size of sizes) {
    frames.push(...decoder.push(data.subarray(at, at + size), 1000 + at));
    at += size;
  }
  frames.push(...decoder.push(data.subarray(at), 1000 + at));
  return frames;
}

function feedBytewise(decoder: FrameDecoder, text: string): ThermalFrame[] {
  return feed(
    decoder,
    text,
    Array.from({ length: text.length }, () => 1),
  );
}

function randomImage(seed: number, width: number, height: number) {
  const rng = createRng(seed);
  const pixels = Float32Array.from({ length: width * height }, () => -20 + 80 * rng());
  return { width, height, pixels, ambientC: 30 };
}

// ---- SparkFun MLX90640: one line of 768 `%.2f,` values, MLX90640 wire order (mirrored) -------

/** Wire row 0 column 0 = 36.60, wire row 23 column 31 = 12.25, everything else 25.00. */
const SPARKFUN_FRAME = '36.60,' + '25.00,'.repeat(766) + '12.25,\r\n';
const SPARKFUN_FRAME_2 = '30.00,'.repeat(768) + '\r\n';

describe('SparkFun MLX90640 text decoder', () => {
  it('decodes a frame and un-mirrors the columns', () => {
    const decoder = new SparkfunMlx90640Decoder();
    const [frame, ...rest] = decoder.push(bytes(SPARKFUN_FRAME), 1234);
    expect(rest).toEqual([]);
    expect(frame).toMatchObject({ width: 32, height: 24, ambient: null, singlePoint: false });
    expect(frame!.seq).toBe(0);
    expect(frame!.receivedAt).toBe(1234);
    expect(frame!.pixels).toHaveLength(768);
    // The first wire value is the sensor's column 1: the image's top right.
    expect(frame!.pixels[31]).toBeCloseTo(36.6, 5);
    expect(frame!.pixels[0]).toBeCloseTo(25, 5);
    // The last wire value is the bottom row's last column: the image's bottom left.
    expect(frame!.pixels[23 * 32]).toBeCloseTo(12.25, 5);
    expect(frame!.pixels[767]).toBeCloseTo(25, 5);
    expect(decoder.stats).toEqual({
      frames: 1,
      checksumErrors: 0,
      malformed: 0,
      resyncs: 0,
      bytesDiscarded: 0,
    });
  });

  it('tolerates spaces, "\\n" endings, a missing trailing comma and negative values', () => {
    const line = ' -5.25 , ' + '25.00, '.repeat(766) + '24.5\n';
    const [frame] = new SparkfunMlx90640Decoder().push(bytes(line));
    expect(frame!.pixels[31]).toBeCloseTo(-5.25, 5);
    expect(frame!.pixels[23 * 32]).toBeCloseTo(24.5, 5);
  });

  it('skips banners, blank and stray lines without counting them as errors', () => {
    const decoder = new SparkfunMlx90640Decoder();
    const noise = 'MLX90640 IR Array Example\r\n\r\nMLX90640 online!\r\n';
    const frames = feed(
      decoder,
      noise + SPARKFUN_FRAME + '\r\nThermistor = 25.50 *C\n' + SPARKFUN_FRAME_2,
    );
    expect(frames.map((f) => f.seq)).toEqual([0, 1]);
    expect(frames[1]!.pixels[100]).toBeCloseTo(30, 5);
    expect(decoder.stats.malformed).toBe(0);
    expect(decoder.stats.bytesDiscarded).toBe(noise.length + 2 + 22);
    expect(decoder.stats.resyncs).toBe(2);
  });

  it('counts a line with the wrong number of values as malformed, then decodes the next', () => {
    const decoder = new SparkfunMlx90640Decoder();
    const short = '25.00,'.repeat(767) + '\r\n';
    const long = '25.00,'.repeat(769) + '\r\n';
    const frames = feed(decoder, short + long + SPARKFUN_FRAME);
    expect(frames).toHaveLength(1);
    expect(frames[0]!.pixels[31]).toBeCloseTo(36.6, 5);
    expect(decoder.stats.malformed).toBe(2);
    expect(decoder.stats.bytesDiscarded).toBe(short.length + long.length);
    expect(decoder.stats.resyncs).toBe(1);
  });

  it('counts non-numeric and implausible values as malformed', () => {
    const decoder = new SparkfunMlx90640Decoder();
    const nan = 'nan,' + '25.00,'.repeat(767) + '\r\n';
    const word = '25.00,'.repeat(400) + 'ovf,' + '25.00,'.repeat(367) + '\r\n';
    const unit = '25.00C,' + '25.00,'.repeat(767) + '\r\n';
    const hot = '400.01,' + '25.00,'.repeat(767) + '\r\n';
    const cold = '-50.01,' + '25.00,'.repeat(767) + '\r\n';
    const empty = '25.00,,' + '25.00,'.repeat(766) + '\r\n';
    const frames = feed(decoder, nan + word + unit + hot + cold + empty + SPARKFUN_FRAME);
    expect(frames).toHaveLength(1);
    expect(decoder.stats.malformed).toBe(5); // "nan…" starts with a letter: a stray line
    expect(decoder.stats.frames).toBe(1);
  });

  it('accepts the plausible extremes -50 and 400', () => {
    const line = '-50.00,' + '25.00,'.repeat(766) + '400.00,\r\n';
    const [frame] = new SparkfunMlx90640Decoder().push(bytes(line));
    expect(frame!.pixels[31]).toBe(-50);
    expect(frame!.pixels[23 * 32]).toBe(400);
  });

  it('decodes the same whatever the chunking, "\\r\\n" split across pushes included', () => {
    const text = 'MLX90640 online!\r\n' + SPARKFUN_FRAME + SPARKFUN_FRAME_2;
    const decoder = new SparkfunMlx90640Decoder();
    const cut = 18 + SPARKFUN_FRAME.length - 1; // the first frame's "\r" arrives, its "\n" not
    expect(decoder.push(bytes(text.slice(0, cut)))).toEqual([]);
    expect(decoder.push(bytes(text.slice(cut)))).toHaveLength(2);
    const bytewise = feedBytewise(new SparkfunMlx90640Decoder(), text);
    expect(bytewise.map((f) => Array.from(f.pixels))).toEqual(
      new SparkfunMlx90640Decoder().push(bytes(text)).map((f) => Array.from(f.pixels)),
    );
  });

  it('discards an over-long line without newline instead of buffering it, then carries on', () => {
    const decoder = new SparkfunMlx90640Decoder();
    const garbage = '7'.repeat(40_000);
    expect(feed(decoder, garbage, [10_000, 10_000, 10_000])).toEqual([]);
    expect(decoder.stats.bytesDiscarded).toBe(40_000); // counted before its end arrives
    const frames = feed(decoder, '\n' + SPARKFUN_FRAME);
    expect(frames).toHaveLength(1);
    expect(decoder.stats.bytesDiscarded).toBe(40_001);
    expect(decoder.stats.malformed).toBe(0);
    expect(decoder.stats.resyncs).toBe(1);
  });

  it('round-trips the encoder to 0.005 °C, after the banner', () => {
    const images = [randomImage(1, 32, 24), randomImage(2, 32, 24)];
    const decoder = new SparkfunMlx90640Decoder();
    const frames = [
      ...decoder.push(bytes(SPARKFUN_BANNER)),
      ...images.flatMap((image) => decoder.push(encodeSparkfunMlx90640Frame(image))),
    ];
    expect(frames).toHaveLength(2);
    frames.forEach((frame, i) => {
      for (let p = 0; p < 768; p++) {
        expect(Math.abs(frame.pixels[p]! - images[i]!.pixels[p]!)).toBeLessThanOrEqual(0.0051);
      }
    });
  });

  it('encodes `%.2f,` in mirrored wire order, one "\\r\\n" line per frame', () => {
    const image = { width: 32, height: 24, pixels: new Float32Array(768).fill(25), ambientC: null };
    image.pixels[31] = 36.6;
    image.pixels[0] = -1.5;
    const text = new TextDecoder().decode(encodeSparkfunMlx90640Frame(image));
    expect(text.startsWith('36.60,' + '25.00,'.repeat(30) + '-1.50,25.00,')).toBe(true);
    expect(text.endsWith('25.00,\r\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(2);
  });

  it('refuses to encode an image of the wrong size', () => {
    const image = { width: 8, height: 8, pixels: new Float32Array(64), ambientC: null };
    expect(() => encodeSparkfunMlx90640Frame(image)).toThrow(/32x24/);
  });
});

// ---- Adafruit MLX90640: dash line, then 24 lines of 32 `%.1f, ` values (mirrored) -----------

/** Wire row 0 column 0 = 36.6, wire row 23 column 31 = 12.3, everything else 25.0. */
const ADAFRUIT_ROW = '25.0, '.repeat(32) + '\r\n';
const ADAFRUIT_FRAME =
  '-----------------------------------\r\n' +
  '36.6, ' +
  '25.0, '.repeat(31) +
  '\r\n' +
  ADAFRUIT_ROW.repeat(22) +
  '25.0, '.repeat(31) +
  '12.3, \r\n';
const ADAFRUIT_FRAME_2 = '---\n' + ('30.0, '.repeat(32) + '\n').repeat(24);

describe('Adafruit MLX90640 text decoder', () => {
  it('decodes a frame and un-mirrors the columns', () => {
    const decoder = new AdafruitMlx90640Decoder();
    const [frame, ...rest] = decoder.push(bytes(ADAFRUIT_FRAME), 99);
    expect(rest).toEqual([]);
    expect(frame).toMatchObject({ width: 32, height: 24, ambient: null, singlePoint: false });
    expect(frame!.seq).toBe(0);
    expect(frame!.receivedAt).toBe(99);
    expect(frame!.pixels[31]).toBeCloseTo(36.6, 5);
    expect(frame!.pixels[0]).toBeCloseTo(25, 5);
    expect(frame!.pixels[23 * 32]).toBeCloseTo(12.3, 5);
    expect(decoder.stats).toEqual({
      frames: 1,
      checksumErrors: 0,
      malformed: 0,
      resyncs: 0,
      bytesDiscarded: 0,
    });
  });

  it('tolerates a dash line with trailing blanks, tight commas and no trailing comma', () => {
    const text = '------  \r\n' + ('-3.5,' + '25.0,'.repeat(30) + '25.0\r\n').repeat(24);
    const [frame] = new AdafruitMlx90640Decoder().push(bytes(text));
    expect(frame!.pixels[31]).toBeCloseTo(-3.5, 5);
    expect(frame!.pixels[24 * 32 - 1]).toBeCloseTo(-3.5, 5);
  });

  it('skips banners, blank and stray lines ("==="/"--" are not frame starts)', () => {
    const decoder = new AdafruitMlx90640Decoder();
    const noise =
      'Adafruit MLX90640 Simple Test\r\nFound Adafruit MLX90640\r\n\r\n' +
      '===================================\r\n--\r\n -----\r\n--- x\r\n';
    const frames = feed(decoder, noise + ADAFRUIT_FRAME + '\r\n\r\nFailed\r\n' + ADAFRUIT_FRAME_2);
    expect(frames.map((f) => f.seq)).toEqual([0, 1]);
    expect(frames[1]!.pixels[500]).toBeCloseTo(30, 5);
    expect(decoder.stats.malformed).toBe(0);
    expect(decoder.stats.bytesDiscarded).toBe(noise.length + 4 + 8);
    expect(decoder.stats.resyncs).toBe(2);
  });

  it('counts a row with the wrong number of values as malformed, then decodes the next', () => {
    const decoder = new AdafruitMlx90640Decoder();
    const bad = '-----\r\n' + ADAFRUIT_ROW.repeat(5) + '25.0, '.repeat(31) + '\r\n' + ADAFRUIT_ROW;
    const frames = feed(decoder, bad + ADAFRUIT_FRAME);
    expect(frames).toHaveLength(1);
    expect(frames[0]!.pixels[31]).toBeCloseTo(36.6, 5);
    expect(decoder.stats.malformed).toBe(1);
    // The dropped frame's lines up to the bad row, and the orphan row after it.
    expect(decoder.stats.bytesDiscarded).toBe(bad.length);
    expect(decoder.stats.resyncs).toBe(1);
  });

  it('counts a new frame start before the previous frame ended (too few rows) as malformed', () => {
    const decoder = new AdafruitMlx90640Decoder();
    const truncated = '-----\r\n' + ADAFRUIT_ROW.repeat(23);
    const frames = feed(decoder, truncated + ADAFRUIT_FRAME);
    expect(frames).toHaveLength(1);
    expect(decoder.stats.malformed).toBe(1);
    expect(decoder.stats.bytesDiscarded).toBe(truncated.length);
  });

  it('counts a non-numeric value, a blank line in a frame and an implausible value as malformed', () => {
    const decoder = new AdafruitMlx90640Decoder();
    const word = '-----\r\n' + ADAFRUIT_ROW.repeat(3) + '25.0, '.repeat(31) + 'inf, \r\n';
    const blank = '-----\r\n' + ADAFRUIT_ROW.repeat(3) + '\r\n';
    const hot = '-----\r\n' + '999.0, ' + '25.0, '.repeat(31) + '\r\n';
    const frames = feed(decoder, word + blank + hot + ADAFRUIT_FRAME);
    expect(frames).toHaveLength(1);
    expect(decoder.stats.malformed).toBe(3);
    expect(decoder.stats.bytesDiscarded).toBe(word.length + blank.length + hot.length);
  });

  it('decodes the same whatever the chunking, "\\r\\n" split across pushes included', () => {
    const text = 'Found Adafruit MLX90640\r\n' + ADAFRUIT_FRAME + ADAFRUIT_FRAME_2;
    const decoder = new AdafruitMlx90640Decoder();
    const cut = text.indexOf('\r\n', 100) + 1;
    expect(feed(decoder, text.slice(0, cut))).toEqual([]);
    expect(feed(decoder, text.slice(cut))).toHaveLength(2);
    const bytewise = feedBytewise(new AdafruitMlx90640Decoder(), text);
    expect(bytewise.map((f) => Array.from(f.pixels))).toEqual(
      new AdafruitMlx90640Decoder().push(bytes(text)).map((f) => Array.from(f.pixels)),
    );
  });

  it('discards an over-long line without newline, even inside a frame, then carries on', () => {
    const decoder = new AdafruitMlx90640Decoder();
    const started = '-----\r\n' + ADAFRUIT_ROW;
    const garbage = 'x'.repeat(20_000);
    expect(feed(decoder, started + garbage, [3000, 3000])).toEqual([]);
    expect(decoder.stats.malformed).toBe(1);
    expect(decoder.stats.bytesDiscarded).toBe(started.length + garbage.length);
    const frames = feed(decoder, '\r\n' + ADAFRUIT_FRAME);
    expect(frames).toHaveLength(1);
    expect(decoder.stats.bytesDiscarded).toBe(started.length + garbage.length + 2);
  });

  it('round-trips the encoder to 0.05 °C, after the banner', () => {
    const images = [randomImage(3, 32, 24), randomImage(4, 32, 24)];
    const decoder = new AdafruitMlx90640Decoder();
    const frames = [
      ...decoder.push(bytes(ADAFRUIT_MLX90640_BANNER)),
      ...images.flatMap((image) => decoder.push(encodeAdafruitMlx90640Frame(image))),
    ];
    expect(frames).toHaveLength(2);
    frames.forEach((frame, i) => {
      for (let p = 0; p < 768; p++) {
        expect(Math.abs(frame.pixels[p]! - images[i]!.pixels[p]!)).toBeLessThanOrEqual(0.0501);
      }
    });
  });

  it('encodes a dash line, then `%.1f, ` rows in mirrored wire order', () => {
    const image = { width: 32, height: 24, pixels: new Float32Array(768).fill(25), ambientC: null };
    image.pixels[31] = 36.6;
    const lines = new TextDecoder().decode(encodeAdafruitMlx90640Frame(image)).split('\r\n');
    expect(lines).toHaveLength(26);
    expect(lines[0]).toMatch(/^-{3,}$/);
    expect(lines[1]).toBe('36.6, ' + '25.0, '.repeat(31));
    expect(lines[25]).toBe('');
  });

  it('refuses to encode an image of the wrong size', () => {
    const image = { width: 32, height: 23, pixels: new Float32Array(736), ambientC: null };
    expect(() => encodeAdafruitMlx90640Frame(image)).toThrow(/32x24/);
  });
});

// ---- Adafruit AMG88xx: "[", 64 `%.2f, ` values eight a line, "]" (image order) -----------

const AMG_ROW = '25.00, '.repeat(8) + '\r\n';
/** As the sketch prints it: "[" before the first value, "]" on its own line. */
const AMG_FRAME =
  '[36.60, ' +
  '25.00, '.repeat(7) +
  '\r\n' +
  AMG_ROW.repeat(6) +
  '25.00, '.repeat(7) +
  '12.25, \r\n]\r\n';
/** "[" alone on its line, "]" right after the last value. */
const AMG_FRAME_2 =
  '[\r\n' + ('30.00, '.repeat(8) + '\r\n').repeat(7) + '30.00, '.repeat(8) + ']\r\n';

describe('Adafruit AMG88xx text decoder', () => {
  it('decodes a frame in image order (no mirroring)', () => {
    const decoder = new AdafruitAmg88xxDecoder();
    const [frame, ...rest] = decoder.push(bytes(AMG_FRAME), 5);
    expect(rest).toEqual([]);
    expect(frame).toMatchObject({ width: 8, height: 8, ambient: null, singlePoint: false });
    expect(frame!.seq).toBe(0);
    expect(frame!.receivedAt).toBe(5);
    expect(frame!.pixels).toHaveLength(64);
    expect(frame!.pixels[0]).toBeCloseTo(36.6, 5);
    expect(frame!.pixels[7]).toBeCloseTo(25, 5);
    expect(frame!.pixels[63]).toBeCloseTo(12.25, 5);
    expect(decoder.stats).toEqual({
      frames: 1,
      checksumErrors: 0,
      malformed: 0,
      resyncs: 0,
      bytesDiscarded: 0,
    });
  });

  it('accepts "[" alone on its line and "]" right after the last values', () => {
    const decoder = new AdafruitAmg88xxDecoder();
    const frames = feed(decoder, AMG_FRAME_2 + AMG_FRAME);
    expect(frames.map((f) => f.seq)).toEqual([0, 1]);
    expect(frames[0]!.pixels[63]).toBeCloseTo(30, 5);
    expect(frames[1]!.pixels[0]).toBeCloseTo(36.6, 5);
    expect(decoder.stats.bytesDiscarded).toBe(0);
  });

  it('skips banners, blank lines and the thermistor line', () => {
    const decoder = new AdafruitAmg88xxDecoder();
    const noise = 'AMG88xx pixels\r\n-- Pixels Test --\r\n\r\n';
    const between = '\r\nThermistor Temperature = 25.50 *C\r\n';
    const frames = feed(decoder, noise + AMG_FRAME + between + AMG_FRAME_2);
    expect(frames).toHaveLength(2);
    expect(decoder.stats.malformed).toBe(0);
    expect(decoder.stats.bytesDiscarded).toBe(noise.length + between.length);
    expect(decoder.stats.resyncs).toBe(2);
  });

  it('counts a row with the wrong number of values as malformed, then decodes the next', () => {
    const decoder = new AdafruitAmg88xxDecoder();
    const bad =
      '[' + AMG_ROW.repeat(3) + '25.00, '.repeat(9) + '\r\n' + AMG_ROW.repeat(4) + ']\r\n';
    const frames = feed(decoder, bad + AMG_FRAME);
    expect(frames).toHaveLength(1);
    expect(frames[0]!.pixels[0]).toBeCloseTo(36.6, 5);
    expect(decoder.stats.malformed).toBe(1);
    expect(decoder.stats.bytesDiscarded).toBe(bad.length);
    expect(decoder.stats.resyncs).toBe(1);
  });

  it('counts too few rows, too many rows and a missing "]" as malformed', () => {
    const decoder = new AdafruitAmg88xxDecoder();
    const few = '[' + AMG_ROW.repeat(7) + ']\r\n';
    const many = '[' + AMG_ROW.repeat(9) + ']\r\n';
    const unclosed = '[' + AMG_ROW.repeat(8);
    const early = '[' + AMG_ROW.repeat(7) + '25.00, '.repeat(7) + ']\r\n';
    const frames = feed(decoder, few + many + unclosed + early + AMG_FRAME);
    expect(frames).toHaveLength(1);
    expect(decoder.stats.malformed).toBe(4);
    expect(decoder.stats.bytesDiscarded).toBe(
      few.length + many.length + unclosed.length + early.length,
    );
  });

  it('counts non-numeric and implausible values as malformed', () => {
    const decoder = new AdafruitAmg88xxDecoder();
    const word = '[' + AMG_ROW.repeat(2) + '25.00, nan, ' + '25.00, '.repeat(6) + '\r\n';
    const hot = '[' + '1e3, ' + '25.00, '.repeat(7) + '\r\n';
    const frames = feed(decoder, word + hot + AMG_FRAME);
    expect(frames).toHaveLength(1);
    expect(decoder.stats.malformed).toBe(2);
  });

  it('decodes the same whatever the chunking, "\\r\\n" split across pushes included', () => {
    const text = 'AMG88xx pixels\r\n' + AMG_FRAME + AMG_FRAME_2 + AMG_FRAME;
    const decoder = new AdafruitAmg88xxDecoder();
    const cut = AMG_FRAME.length + 16 - 1; // between the first frame's final "\r" and "\n"
    expect(feed(decoder, text.slice(0, cut))).toEqual([]);
    expect(feed(decoder, text.slice(cut))).toHaveLength(3);
    const bytewise = feedBytewise(new AdafruitAmg88xxDecoder(), text);
    expect(bytewise.map((f) => Array.from(f.pixels))).toEqual(
      new AdafruitAmg88xxDecoder().push(bytes(text)).map((f) => Array.from(f.pixels)),
    );
  });

  it('discards an over-long line without newline, then carries on', () => {
    const decoder = new AdafruitAmg88xxDecoder();
    const garbage = new Uint8Array(50_000).fill(0xa7); // non-ASCII noise
    expect(decoder.push(garbage)).toEqual([]);
    expect(decoder.stats.bytesDiscarded).toBe(50_000);
    expect(feed(decoder, '\n' + AMG_FRAME)).toHaveLength(1);
    expect(decoder.stats.bytesDiscarded).toBe(50_001);
  });

  it('round-trips the encoder to 0.005 °C, after the banner', () => {
    const images = [randomImage(5, 8, 8), randomImage(6, 8, 8)];
    const decoder = new AdafruitAmg88xxDecoder();
    const frames = [
      ...decoder.push(bytes(ADAFRUIT_AMG88XX_BANNER)),
      ...images.flatMap((image) => decoder.push(encodeAdafruitAmg88xxFrame(image))),
    ];
    expect(frames).toHaveLength(2);
    frames.forEach((frame, i) => {
      for (let p = 0; p < 64; p++) {
        expect(Math.abs(frame.pixels[p]! - images[i]!.pixels[p]!)).toBeLessThanOrEqual(0.0051);
      }
    });
  });

  it('encodes "[" before the first value, eight `%.2f, ` a line, then "]"', () => {
    const image = { width: 8, height: 8, pixels: new Float32Array(64).fill(25), ambientC: null };
    image.pixels[0] = 36.6;
    const text = new TextDecoder().decode(encodeAdafruitAmg88xxFrame(image));
    expect(text).toBe('[36.60, ' + '25.00, '.repeat(7) + '\r\n' + AMG_ROW.repeat(7) + ']\r\n');
  });

  it('refuses to encode an image of the wrong size', () => {
    const image = { width: 32, height: 24, pixels: new Float32Array(768), ambientC: null };
    expect(() => encodeAdafruitAmg88xxFrame(image)).toThrow(/8x8/);
  });
});

describe('LineSplitter', () => {
  function split(chunks: string[], max = 10) {
    const events: string[] = [];
    const splitter = new LineSplitter(
      {
        line: (buf, start, end, raw) =>
          events.push(`${String.fromCharCode(...buf.subarray(start, end))}:${raw}`),
        overlong: (count) => events.push(`!${count}`),
      },
      max,
    );
    for (const chunk of chunks) splitter.push(bytes(chunk));
    return events;
  }

  it('splits lines across chunks and strips "\\r\\n" or "\\n"', () => {
    expect(split(['ab', 'c\r', '\nde\n\n', 'f\r\r\n'])).toEqual(['abc:5', 'de:3', ':1', 'f\r:4']);
  });

  it('throws away lines over the limit, counting every byte, whatever the chunking', () => {
    expect(split(['0123456789\n'])).toEqual(['0123456789:11']);
    expect(split(['0123456789A\nok\n'])).toEqual(['!12', 'ok:3']);
    expect(split(['01234', '56789A', 'BC', '\nok\n'])).toEqual(['!11', '!2', '!1', 'ok:3']);
  });
});
