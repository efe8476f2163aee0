// Real radiometric photographs of people (test/fixtures/real-thermal/, CC BY-SA 4.0, see its
// README) as a low-resolution sensor would see them: each sensor pixel is the radiance-weighted
// mean of the photo's pixels it overlaps (fractional overlaps counted by area), blurred by the
// sensor's lens unless told otherwise. A check of person detection on real people, not on
// simulated ones; the photos are one frame each, of people a few metres away.
import { readFileSync } from 'node:fs';
import { radianceOf, temperatureOf } from './radiance.js';
import type { SensorKind } from './sensor-kinds.js';
import { axisWeights } from './blur-weights.js';

export interface ThermalImage {
  width: number;
  height: number;
  /** °C, row-major from the top left. */
  pixels: Float32Array;
}

/** One temperature per pixel, comma-separated, one image row per line. */
export function parseThermalCsv(text: string): ThermalImage {
  const rows = text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(',').map(Number));
  const width = rows[0]?.length ?? 0;
  if (width === 0 || rows.some((r) => r.length !== width || r.some((v) => !Number.isFinite(v)))) {
    throw new Error('not a rectangular CSV of temperatures');
  }
  return { width, height: rows.length, pixels: Float32Array.from(rows.flat()) };
}

export function loadRealThermal(path: string): ThermalImage {
  return parseThermalCsv(readFileSync(path, 'utf8'));
}

export interface RealRenderOptions {
  /** The part of the photo that fills the sensor's view (photo pixels); default: all of it. */
  crop?: { x: number; y: number; w: number; h: number };
  /** Apply the sensor's lens blur (default true); false: area averaging alone. */
  blur?: boolean;
}

/** The photo on the sensor's grid, °C, row-major (kind.width × kind.height). */
export function renderRealOnto(
  image: ThermalImage,
  kind: SensorKind,
  opts: RealRenderOptions = {},
): Float32Array {
  const crop = opts.crop ?? { x: 0, y: 0, w: image.width, h: image.height };
  const { width: W, height: H } = kind;
  const sigma = opts.blur === false ? 0 : kind.blurSigmaPx;
  const xEdges = Float64Array.from({ length: image.width + 1 }, (_, i) => i);
  const yEdges = Float64Array.from({ length: image.height + 1 }, (_, i) => i);
  const cols = axisWeights(W, xEdges, (p) => crop.x + (p * crop.w) / W, (sigma * crop.w) / W);
  const rows = axisWeights(H, yEdges, (p) => crop.y + (p * crop.h) / H, (sigma * crop.h) / H);
  const radiance = Float64Array.from(image.pixels, radianceOf);
  const out = new Float32Array(W * H);
  for (let r = 0; r < H; r++) {
    const wy = rows.weights[r]!;
    const y0 = rows.start[r]!;
    for (let c = 0; c < W; c++) {
      const wx = cols.weights[c]!;
      const x0 = cols.start[c]!;
      let sum = 0;
      for (let j = 0; j < wy.length; j++) {
        const rowAt = (y0 + j) * image.width + x0;
        let line = 0;
        for (let i = 0; i < wx.length; i++) line += wx[i]! * radiance[rowAt + i]!;
        sum += wy[j]! * line;
      }
      out[r * W + c] = temperatureOf(sum);
    }
  }
  return out;
}
