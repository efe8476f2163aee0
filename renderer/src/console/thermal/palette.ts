// Colour palettes for the thermal image as 256-entry RGBA lookup tables, each built once on first
// use, so colouring a frame costs one table read per pixel.
export const PALETTE_NAMES = ['iron', 'rainbow', 'grey'] as const;
export type PaletteName = (typeof PALETTE_NAMES)[number];

export const LUT_SIZE = 256;

/** [position 0–1, red, green, blue]: the palette is linear between stops. */
type Stop = readonly [number, number, number, number];

const STOPS: Record<PaletteName, readonly Stop[]> = {
  // Black through violet, red and orange to white: the usual "ironbow" of thermal cameras.
  iron: [
    [0, 0, 0, 0],
    [0.15, 32, 0, 110],
    [0.35, 140, 0, 160],
    [0.55, 220, 50, 40],
    [0.75, 250, 150, 0],
    [0.9, 255, 220, 40],
    [1, 255, 255, 255],
  ],
  rainbow: [
    [0, 0, 0, 140],
    [0.125, 0, 0, 255],
    [0.375, 0, 255, 255],
    [0.625, 255, 255, 0],
    [0.875, 255, 0, 0],
    [1, 128, 0, 0],
  ],
  grey: [
    [0, 0, 0, 0],
    [1, 255, 255, 255],
  ],
};

export function isPaletteName(value: string): value is PaletteName {
  return (PALETTE_NAMES as readonly string[]).includes(value);
}

function build(stops: readonly Stop[]): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(LUT_SIZE * 4);
  let s = 0;
  for (let i = 0; i < LUT_SIZE; i++) {
    const p = i / (LUT_SIZE - 1);
    while (s < stops.length - 2 && p > stops[s + 1]![0]) s++;
    const [p0, r0, g0, b0] = stops[s]!;
    const [p1, r1, g1, b1] = stops[s + 1]!;
    const f = p1 > p0 ? Math.min(1, Math.max(0, (p - p0) / (p1 - p0))) : 0;
    lut[i * 4] = Math.round(r0 + (r1 - r0) * f);
    lut[i * 4 + 1] = Math.round(g0 + (g1 - g0) * f);
    lut[i * 4 + 2] = Math.round(b0 + (b1 - b0) * f);
    lut[i * 4 + 3] = 255;
  }
  return lut;
}

const built = new Map<PaletteName, Uint8ClampedArray>();

/** The palette's RGBA table (entry i at [4i, 4i + 4)); shared: do not modify. */
export function paletteLut(name: PaletteName): Uint8ClampedArray {
  let lut = built.get(name);
  if (!lut) {
    lut = build(STOPS[name]);
    built.set(name, lut);
  }
  return lut;
}
