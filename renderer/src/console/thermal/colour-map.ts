// Temperatures to palette colours: the scale (auto from the frame, or fixed by staff) and the
// per-pixel mapping into an RGBA buffer at sensor resolution.
import { LUT_SIZE } from './palette.js';

export interface ColourScale {
  lowC: number;
  highC: number;
}

export const SCALE_MODES = ['auto', 'fixed'] as const;
export type ScaleMode = (typeof SCALE_MODES)[number];

export function isScaleMode(value: string): value is ScaleMode {
  return (SCALE_MODES as readonly string[]).includes(value);
}

/** An auto scale never spans less than this, so a uniform scene does not turn sensor noise into
 * full-range colour (and the mapping never divides by zero). */
export const MIN_SPAN_C = 1;

export function autoScale(minC: number, maxC: number): ColourScale {
  if (maxC - minC >= MIN_SPAN_C) return { lowC: minC, highC: maxC };
  const mid = (minC + maxC) / 2;
  return { lowC: mid - MIN_SPAN_C / 2, highC: mid + MIN_SPAN_C / 2 };
}

export function isValidScale(scale: ColourScale): boolean {
  return Number.isFinite(scale.lowC) && Number.isFinite(scale.highC) && scale.highC > scale.lowC;
}

/** The scale in use: the fixed one when chosen and valid, else the frame's own range. */
export function chooseScale(
  mode: ScaleMode,
  frame: { minC: number; maxC: number },
  fixed: ColourScale | null,
): ColourScale {
  if (mode === 'fixed' && fixed && isValidScale(fixed)) return fixed;
  return autoScale(frame.minC, frame.maxC);
}

/** The palette entry for a temperature: below the scale is the first, above it the last. */
export function colourIndex(c: number, scale: ColourScale): number {
  if (!Number.isFinite(c)) return 0;
  const span = scale.highC - scale.lowC;
  if (!(span > 0)) return 0;
  const i = Math.round(((c - scale.lowC) / span) * (LUT_SIZE - 1));
  return i < 0 ? 0 : i > LUT_SIZE - 1 ? LUT_SIZE - 1 : i;
}

/** Writes one RGBA pixel per temperature into `out` (4 bytes each, as ImageData wants). */
export function paintFrame(
  pixels: readonly number[],
  scale: ColourScale,
  lut: Uint8ClampedArray,
  out: Uint8ClampedArray,
): void {
  const n = Math.min(pixels.length, out.length >> 2);
  for (let p = 0; p < n; p++) {
    const i = colourIndex(pixels[p]!, scale) * 4;
    const o = p * 4;
    out[o] = lut[i]!;
    out[o + 1] = lut[i + 1]!;
    out[o + 2] = lut[i + 2]!;
    out[o + 3] = 255;
  }
}
