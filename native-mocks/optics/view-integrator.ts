// The optics of one sensor over a stack of layers: what radiance each pixel collects.
//
// The field of view is cut into a grid of sub-cells in tangent space (x/d, y/d: the rectilinear
// projection), s per pixel in each direction plus a margin for the blur. Each sub-cell's radiance
// is the exact integral of every layer over the sub-cell's footprint on that layer's plane
// (summed-area tables, layer.ts), layers composited nearest first by their coverage, the wall
// behind. A pixel is then the sub-cells weighted by its footprint convolved with the lens's
// Gaussian PSF (the weights integrate box ⊗ Gaussian exactly over each sub-cell), separably.
// With no blur, s = 1 and a pixel is exactly the mean radiance over its footprint.
//
// Compositing several layers inside one sub-cell treats their coverages as independent (exact
// when a nearer layer covers the sub-cell fully or not at all: true except along silhouettes).
//
// A single-point sensor (1 × 1) instead weights the whole tangent plane by its angular response
// (sensor-kinds.ts: cos²θ) times the solid angle of each sub-cell (cos³θ per unit of tangent
// area), out to tan θ = 3 (72°; what lies beyond carries < 0.1 % of the weight).
//
// Parts: view-grid.ts (the sub-cell grid per sensor kind), blur-weights.ts (box ⊗ PSF weights),
// layer-composite.ts (one layer into the grid); this file composites and resamples.
import type { Layer } from './layer.js';
import { addLayer } from './layer-composite.js';
import type { SensorKind } from './sensor-kinds.js';
import { gridFor } from './view-grid.js';

/** Radiance of the room's wall seen in the direction whose vertical tangent is `v` (down +). */
export type WallRadiance = (v: number) => number;

/**
 * Mean radiance collected by each pixel (row-major, width × height) of `kind` looking at
 * `layers` (any order: sorted here, nearest first) in front of the wall.
 */
export function integrateView(
  kind: SensorKind,
  layers: readonly Layer[],
  wall: WallRadiance,
): Float64Array {
  const grid = gridFor(kind);
  const { nx, ny, radiance, transmission, vEdge } = grid;
  radiance.fill(0);
  transmission.fill(1);
  const ordered = [...layers].sort((a, b) => a.distanceM - b.distanceM);
  for (const layer of ordered) addLayer(grid, layer);
  for (let j = 0; j < ny; j++) {
    const l = wall((vEdge[j]! + vEdge[j + 1]!) / 2);
    for (let i = j * nx; i < (j + 1) * nx; i++) radiance[i] = radiance[i]! + transmission[i]! * l;
  }
  const out = new Float64Array(kind.width * kind.height);
  if (grid.pointWeights) {
    const w = grid.pointWeights;
    let sum = 0;
    for (let k = 0; k < w.length; k++) sum += w[k]! * radiance[k]!;
    out[0] = sum;
    return out;
  }
  const { horizontal, colStart, colWeights, rowStart, rowWeights } = grid;
  const W = kind.width;
  for (let j = 0; j < ny; j++) {
    const row = j * nx;
    for (let c = 0; c < W; c++) {
      const wts = colWeights[c]!;
      const s0 = row + colStart[c]!;
      let sum = 0;
      for (let k = 0; k < wts.length; k++) sum += wts[k]! * radiance[s0 + k]!;
      horizontal[j * W + c] = sum;
    }
  }
  for (let r = 0; r < kind.height; r++) {
    const wts = rowWeights[r]!;
    const j0 = rowStart[r]!;
    for (let c = 0; c < W; c++) {
      let sum = 0;
      for (let k = 0; k < wts.length; k++) sum += wts[k]! * horizontal[(j0 + k) * W + c]!;
      out[r * W + c] = sum;
    }
  }
  return out;
}
