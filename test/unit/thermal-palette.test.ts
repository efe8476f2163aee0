import { describe, expect, it } from 'vitest';
import {
  isPaletteName,
  LUT_SIZE,
  PALETTE_NAMES,
  paletteLut,
} from '../../renderer/src/console/thermal/palette.js';

const rgb = (lut: Uint8ClampedArray, i: number) => [lut[i * 4], lut[i * 4 + 1], lut[i * 4 + 2]];

describe('thermal palettes', () => {
  it('are 256 opaque RGBA entries each, built once and shared', () => {
    for (const name of PALETTE_NAMES) {
      const lut = paletteLut(name);
      expect(lut).toHaveLength(LUT_SIZE * 4);
      for (let i = 0; i < LUT_SIZE; i++) expect(lut[i * 4 + 3]).toBe(255);
      expect(paletteLut(name)).toBe(lut);
    }
  });

  it('run from black to white in grey and iron, and from blue to dark red in rainbow', () => {
    expect(rgb(paletteLut('grey'), 0)).toEqual([0, 0, 0]);
    expect(rgb(paletteLut('grey'), 255)).toEqual([255, 255, 255]);
    expect(rgb(paletteLut('grey'), 128)).toEqual([128, 128, 128]);
    expect(rgb(paletteLut('iron'), 0)).toEqual([0, 0, 0]);
    expect(rgb(paletteLut('iron'), 255)).toEqual([255, 255, 255]);
    const [r0, , b0] = rgb(paletteLut('rainbow'), 0);
    expect(b0).toBeGreaterThan(r0!);
    const [r1, , b1] = rgb(paletteLut('rainbow'), 255);
    expect(r1).toBeGreaterThan(b1!);
  });

  it('get brighter from cold to warm in grey and iron (no fold-back)', () => {
    for (const name of ['grey', 'iron'] as const) {
      const lut = paletteLut(name);
      // Relative luminance (Rec. 709 weights): what the eye reads as warmer.
      const luma = (i: number) =>
        0.2126 * lut[i * 4]! + 0.7152 * lut[i * 4 + 1]! + 0.0722 * lut[i * 4 + 2]!;
      for (let i = 1; i < LUT_SIZE; i++) expect(luma(i)).toBeGreaterThan(luma(i - 1) - 0.5);
    }
  });

  it('recognises palette names from a select', () => {
    expect(isPaletteName('iron')).toBe(true);
    expect(isPaletteName('jet')).toBe(false);
  });
});
