import { describe, expect, it } from 'vitest';
import {
  autoScale,
  chooseScale,
  colourIndex,
  isScaleMode,
  isValidScale,
  MIN_SPAN_C,
  paintFrame,
} from '../../renderer/src/console/thermal/colour-map.js';
import { paletteLut } from '../../renderer/src/console/thermal/palette.js';

describe('colour scale', () => {
  it('auto spans the frame, widened around its middle when nearly uniform', () => {
    expect(autoScale(22.1, 35.4)).toEqual({ lowC: 22.1, highC: 35.4 });
    const flat = autoScale(30, 30.2);
    expect(flat.highC - flat.lowC).toBeCloseTo(MIN_SPAN_C);
    expect((flat.lowC + flat.highC) / 2).toBeCloseTo(30.1);
  });

  it('uses the fixed scale only when chosen and valid', () => {
    const frame = { minC: 20, maxC: 36 };
    const fixed = { lowC: 30, highC: 40 };
    expect(chooseScale('fixed', frame, fixed)).toBe(fixed);
    expect(chooseScale('auto', frame, fixed)).toEqual({ lowC: 20, highC: 36 });
    expect(chooseScale('fixed', frame, { lowC: 40, highC: 30 })).toEqual({ lowC: 20, highC: 36 });
    expect(chooseScale('fixed', frame, null)).toEqual({ lowC: 20, highC: 36 });
    expect(isValidScale({ lowC: 30, highC: 30 })).toBe(false);
    expect(isValidScale({ lowC: Number.NaN, highC: 30 })).toBe(false);
  });

  it('recognises scale modes from a select', () => {
    expect(isScaleMode('fixed')).toBe(true);
    expect(isScaleMode('manual')).toBe(false);
  });
});

describe('temperature to palette entry', () => {
  const scale = { lowC: 20, highC: 40 };

  it('maps the scale linearly onto 0–255 and clamps outside it', () => {
    expect(colourIndex(20, scale)).toBe(0);
    expect(colourIndex(40, scale)).toBe(255);
    expect(colourIndex(30, scale)).toBe(128);
    expect(colourIndex(-5, scale)).toBe(0);
    expect(colourIndex(80, scale)).toBe(255);
  });

  it('never fails on a bad value or an empty scale', () => {
    expect(colourIndex(Number.NaN, scale)).toBe(0);
    expect(colourIndex(30, { lowC: 30, highC: 30 })).toBe(0);
  });

  it('paints RGBA pixels from the lookup table, row by row', () => {
    const lut = paletteLut('grey');
    const out = new Uint8ClampedArray(3 * 4);
    paintFrame([20, 30, 40], scale, lut, out);
    expect([...out]).toEqual([0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255]);
  });

  it('follows a fixed scale: everything above it is the warmest colour', () => {
    const lut = paletteLut('grey');
    const out = new Uint8ClampedArray(2 * 4);
    paintFrame([36, 37], { lowC: 30, highC: 35 }, lut, out);
    expect([...out]).toEqual([255, 255, 255, 255, 255, 255, 255, 255]);
  });

  it('stops at the shorter of the frame and the buffer', () => {
    const lut = paletteLut('grey');
    const out = new Uint8ClampedArray(4);
    expect(() => paintFrame([20, 30, 40], scale, lut, out)).not.toThrow();
    const big = new Uint8ClampedArray(8);
    paintFrame([40], scale, lut, big);
    expect([...big.subarray(4)]).toEqual([0, 0, 0, 0]);
  });
});
