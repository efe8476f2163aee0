// A flat piece of scene (a face, a body, a blackbody) at one distance from the sensor, as a
// raster of radiance and coverage stored as summed-area tables: the integral over any rectangle
// (a pixel's footprint, or a part of one) costs four bilinear look-ups however many cells it
// spans, and is exact for the piecewise-constant raster (a summed-area table is bilinear inside
// each cell, so bilinear interpolation of it is exact).
import { radianceOf } from './radiance.js';

export interface Layer {
  /** Distance from the sensor to the layer's plane, m. */
  distanceM: number;
  /** Plane position (m; x right, y down, from the optical axis) of the raster's top-left corner. */
  leftM: number;
  topM: number;
  /** Side of one square cell, m. */
  cellM: number;
  cols: number;
  rows: number;
  /** (cols + 1) × (rows + 1), row-major, in cell units: Σ coverage × radiance and Σ coverage. */
  satRadiance: Float64Array;
  satCoverage: Float64Array;
  /**
   * A uniform warming of the layer by shiftC (°C) without redrawing it: the radiance becomes
   * satRadiance + shiftC · satSlope + shiftC²/2 · satCurvature (Taylor to second order; the
   * third-order term is ~0.002 °C for a 5 °C shift). Absent: no shift.
   */
  shift?: { shiftC: number; satSlope: Float64Array; satCurvature: Float64Array };
}

/** Summed-area table with a zero first row and column: (cols + 1) × (rows + 1). */
export function summedArea(values: ArrayLike<number>, cols: number, rows: number): Float64Array {
  const stride = cols + 1;
  const sat = new Float64Array(stride * (rows + 1));
  for (let r = 0; r < rows; r++) {
    let rowSum = 0;
    const src = r * cols;
    const above = r * stride;
    const here = above + stride;
    for (let c = 0; c < cols; c++) {
      rowSum += values[src + c]!;
      sat[here + c + 1] = sat[above + c + 1]! + rowSum;
    }
  }
  return sat;
}

export interface Placement {
  distanceM: number;
  leftM: number;
  topM: number;
  cellM: number;
}

/** A layer from per-cell radiance (coverage-weighted: 0 where nothing is) and coverage 0…1. */
export function layerFromRaster(
  radianceTimesCoverage: ArrayLike<number>,
  coverage: ArrayLike<number>,
  cols: number,
  rows: number,
  placement: Placement,
): Layer {
  return {
    ...placement,
    cols,
    rows,
    satRadiance: summedArea(radianceTimesCoverage, cols, rows),
    satCoverage: summedArea(coverage, cols, rows),
  };
}

/**
 * A uniform disc of apparent temperature `c` (emissivity 1: a blackbody's aperture, or a test
 * target), centred at (xM, yM) on a plane `distanceM` away. Edge cells carry their covered
 * fraction (8 × 8 sub-samples), so the disc's area is right to ~1e-5 of it.
 */
export function discLayer(
  c: number,
  diameterMm: number,
  distanceM: number,
  xM: number,
  yM: number,
  cellsAcross = 160,
): Layer {
  const radiusM = diameterMm / 2000;
  const cols = cellsAcross + 2;
  const cellM = (2 * radiusM) / cellsAcross;
  const coverage = new Float32Array(cols * cols);
  const radiance = new Float32Array(cols * cols);
  const l = radianceOf(c);
  const half = cols / 2;
  const sub = 8;
  for (let r = 0; r < cols; r++) {
    for (let k = 0; k < cols; k++) {
      // Distances in cell units from the disc's centre to the cell's nearest and farthest point.
      const dx = Math.abs(k + 0.5 - half);
      const dy = Math.abs(r + 0.5 - half);
      const near = Math.hypot(Math.max(0, dx - 0.5), Math.max(0, dy - 0.5));
      const far = Math.hypot(dx + 0.5, dy + 0.5);
      const rad = cellsAcross / 2;
      let f: number;
      if (far <= rad) f = 1;
      else if (near >= rad) f = 0;
      else {
        let inside = 0;
        for (let sy = 0; sy < sub; sy++) {
          for (let sx = 0; sx < sub; sx++) {
            const px = k + (sx + 0.5) / sub - half;
            const py = r + (sy + 0.5) / sub - half;
            if (px * px + py * py <= rad * rad) inside++;
          }
        }
        f = inside / (sub * sub);
      }
      coverage[r * cols + k] = f;
      radiance[r * cols + k] = f * l;
    }
  }
  return layerFromRaster(radiance, coverage, cols, cols, {
    distanceM,
    leftM: xM - half * cellM,
    topM: yM - half * cellM,
    cellM,
  });
}
