// The text protocols' shared line splitting and number parsing.
import { describe, expect, it } from 'vitest';
import { LineSplitter, parseTemperatureList } from '../../electron/core/sensor/text-lines.js';
import { repairPixels } from '../../electron/core/sensor/pixel-repair.js';

const bytes = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

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

describe('parseTemperatureList', () => {
  const parse = (text: string, capacity = 8): number[] | -1 => {
    const out = new Float32Array(capacity);
    const n = parseTemperatureList(bytes(text), 0, text.length, out);
    return n < 0 ? -1 : Array.from(out.subarray(0, n));
  };

  it('reads Arduino\'s `print(t, 2)` + "," and `print(t, 1)` + ", " lists', () => {
    expect(parse('22.15,-3.50,0.00,')).toEqual([22.15, -3.5, 0].map((v) => Math.fround(v)));
    expect(parse('23.4, 23.5, 24.0, ')).toEqual([23.4, 23.5, 24].map((v) => Math.fround(v)));
  });

  it('reads nan, inf and ovf (what Print writes for a float it cannot print) as NaN', () => {
    const values = parse('nan,22.50,inf,ovf,');
    expect(values).not.toBe(-1);
    expect((values as number[]).map((v) => Number.isNaN(v))).toEqual([true, false, true, true]);
  });

  it('accepts the plausible extremes -50 and 400, refuses beyond them and words', () => {
    expect(parse('-50.00,400.00,')).toEqual([-50, 400]);
    expect(parse('-50.01,')).toBe(-1);
    expect(parse('400.01,')).toBe(-1);
    expect(parse('22.5,hello,')).toBe(-1);
    expect(parse('22.5,,23.0')).toBe(-1);
    expect(parse('1,2,3', 2)).toBe(-1); // more values than room
  });
});

describe('repairPixels', () => {
  it('fills a nan pixel with the mean of its valid neighbours and counts it', () => {
    const px = Float32Array.from([1, 2, 3, 4, NaN, 6, 7, 8, 9]);
    expect(repairPixels(px, 3, 3)).toBe(1);
    expect(px[4]).toBeCloseTo((1 + 2 + 3 + 4 + 6 + 7 + 8 + 9) / 8, 5);
  });

  it('refuses (and leaves the frame untouched) when too many are bad or one has no neighbour', () => {
    const many = new Float32Array(100).fill(20);
    many[0] = many[50] = NaN;
    expect(repairPixels(many, 10, 10)).toBe(-1); // 1 % of 100 is 1
    expect(Number.isNaN(many[0])).toBe(true);
    const lonely = Float32Array.from([NaN, NaN, NaN, NaN]);
    expect(repairPixels(lonely, 2, 2, 4)).toBe(-1);
  });
});
