// Hand-built frames for the frame analyser's tests: a room at one temperature with rectangles
// painted on it (faces, the blackbody), and an analyser for a sensor size.
import { FrameAnalyzer } from '../../electron/core/estimation/frame-analyzer.js';
import type { FrameAnalysis } from '../../electron/core/estimation/observation.js';
import {
  DEFAULT_PIPELINE_SETTINGS,
  profileFor,
  type PipelineSettings,
} from '../../electron/core/estimation/pipeline-settings.js';

export const S = DEFAULT_PIPELINE_SETTINGS;
/** The default sensor (GY-MCU90640): 32×24 at 55°. */
export const W = 32;
export const H = 24;
/** 2 tan(hfov / 2) of the default sensor: the pinhole distance is faceWidth · W / (px · TAN). */
export const TAN = 2 * Math.tan((55 / 2) * (Math.PI / 180));

export type Rect = [col: number, row: number, w: number, h: number, c: number];

/** A width×height frame at `bg` °C with rectangles painted on it. */
export function paintFrame(
  width: number,
  height: number,
  bg: number,
  rects: readonly Rect[] = [],
): Float32Array {
  const px = new Float32Array(width * height).fill(bg);
  for (const [col, row, w, h, c] of rects) {
    for (let r = row; r < row + h; r++) for (let k = col; k < col + w; k++) px[r * width + k] = c;
  }
  return px;
}

/** A frame at `bg` °C with rectangles painted on it (32×24 unless told). */
export function frame(bg: number, rects: Rect[] = [], width = W, height = H): Float32Array {
  return paintFrame(width, height, bg, rects);
}

/** The default blackbody (col 28, row 1, 3×3) reading `c`. */
export const blackbody = (c: number): Rect => [28, 1, 3, 3, c];

export function analyzer(
  overrides: Partial<PipelineSettings> = {},
  width = W,
  height = H,
): FrameAnalyzer {
  return new FrameAnalyzer({ ...S, ...overrides }, profileFor(width, height));
}

/** A deep copy: `analyse` returns a reused object. */
export const copy = (a: FrameAnalysis): FrameAnalysis => structuredClone(a);
