// The MI48 (Waveshare 80×62) decoder on damaged streams: bad checksums, replies that are not
// frames, implausible LENGTHs, fake and cut-short headers, other sensor sizes, small chunks.
import { describe, expect, it } from 'vitest';
import { Mi48Decoder } from '../../electron/core/sensor/protocols/mi48/decoder.js';
import { encodeMi48Frame, encodeMi48Reply } from '../../native-mocks/encoders/mi48.js';
import { ascii, concat, mi48Image, pushInChunks, statsWith } from '../support/decoder-streams.js';

describe('MI48 (Waveshare 80×62) decoder: errors and resynchronisation', () => {
  it('counts a bad checksum, and still decodes the next frame', () => {
    const decoder = new Mi48Decoder();
    const bad = encodeMi48Frame(mi48Image(25, 20));
    bad[5000] = bad[5000]! ^ 0x01;
    const good = encodeMi48Frame(mi48Image(36.05, 21));
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
    const frame = encodeMi48Frame(mi48Image(30, 25));
    const frames = decoder.push(concat(wreg, rreg, frame, wreg));
    expect(frames).toHaveLength(1);
    expect(decoder.stats).toEqual(
      statsWith({ frames: 1, bytesDiscarded: 2 * wreg.length + rreg.length }),
    );
  });

  it('counts an implausible LENGTH or a non-letter command as malformed and resyncs', () => {
    const decoder = new Mi48Decoder();
    const frame = encodeMi48Frame(mi48Image(33.05, 22));
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
    const frame = encodeMi48Frame(mi48Image(34, 22));
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
    const cutShort = encodeMi48Frame(mi48Image(20.05, 22)).subarray(0, 100);
    const frame = encodeMi48Frame(mi48Image(34.05, null));
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
    const frame = encodeMi48Frame(mi48Image(34.05, null));
    const stream = concat(ascii('   #2808GFRA'), wreg, ascii('   #2808GFRA'), frame);
    const frames = decoder.push(stream);
    expect(frames).toHaveLength(1);
    expect(frames[0]!.pixels[0]).toBeCloseTo(34.05, 4);
    expect(decoder.stats.malformed).toBe(2);
    expect(decoder.stats.bytesDiscarded).toBe(12 + wreg.length + 12);
  });

  it('drops a frame cut short by the next one once its LENGTH is complete', () => {
    const decoder = new Mi48Decoder();
    const frame = encodeMi48Frame(mi48Image(34.05, 22));
    const frames = pushInChunks(decoder, concat(frame.subarray(0, 5000), frame), 4096);
    expect(frames).toHaveLength(1);
    expect(decoder.stats.checksumErrors).toBe(1);
    expect(decoder.stats.bytesDiscarded).toBe(5000);
  });

  it('counts a valid GFRA of another sensor size as malformed and skips it whole', () => {
    const decoder = new Mi48Decoder();
    const small = encodeMi48Reply('GFRA', new Uint8Array(2 * 32 * 33));
    const frame = encodeMi48Frame(mi48Image(35, 22));
    const frames = decoder.push(concat(small, frame));
    expect(frames).toHaveLength(1);
    expect(decoder.stats.malformed).toBe(1);
    expect(decoder.stats.bytesDiscarded).toBe(small.length);
  });

  it('decodes frames delivered in small chunks, after noise and partial prefixes', () => {
    const frames = [encodeMi48Frame(mi48Image(30.05, 20)), encodeMi48Frame(mi48Image(31.15, null))];
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
