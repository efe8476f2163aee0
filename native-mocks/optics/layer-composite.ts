// One layer composited into a sensor's sub-cell grid (view-grid.ts): each sub-cell's exact mean
// radiance and coverage over its footprint on the layer's plane, read from the layer's summed-area
// tables at the sub-cell corners, added behind what nearer layers already cover.
import type { Layer } from './layer.js';
import type { ViewGrid } from './view-grid.js';

/** First index i in [0, n) with edges mapped by g, such that cell i overlaps (0, limit). */
function overlapRange(g: Float64Array, n: number, limit: number): [number, number] {
  let first = 0;
  while (first < n && g[first + 1]! <= 0) first++;
  let last = n - 1;
  while (last >= first && g[last]! >= limit) last--;
  return [first, last];
}

/** A summed-area table at a fractional node: rows starting at a and b, column ix + fx, fy. */
function bilinear(sat: Float64Array, a: number, b: number, ix: number, fx: number, fy: number) {
  const top = sat[a + ix]! + fx * (sat[a + ix + 1]! - sat[a + ix]!);
  const bottom = sat[b + ix]! + fx * (sat[b + ix + 1]! - sat[b + ix]!);
  return top + fy * (bottom - top);
}

export function addLayer(grid: ViewGrid, layer: Layer): void {
  const { nx, uEdge, vEdge, gx, gy, nodeIx, nodeFx, nodeIy, nodeFy, nodeR, nodeA } = grid;
  const { cols, rows, satRadiance, satCoverage } = layer;
  const scale = layer.distanceM / layer.cellM;
  const left = layer.leftM / layer.cellM;
  const top = layer.topM / layer.cellM;
  for (let i = 0; i <= nx; i++) gx[i] = uEdge[i]! * scale - left;
  for (let j = 0; j <= grid.ny; j++) gy[j] = vEdge[j]! * scale - top;
  const [i0, i1] = overlapRange(gx, nx, cols);
  const [j0, j1] = overlapRange(gy, grid.ny, rows);
  if (i1 < i0 || j1 < j0) return;
  const w = i1 - i0 + 2; // nodes per row in the window
  for (let i = i0; i <= i1 + 1; i++) {
    const x = Math.min(cols, Math.max(0, gx[i]!));
    const ix = Math.min(cols - 1, Math.floor(x));
    nodeIx[i] = ix;
    nodeFx[i] = x - ix;
  }
  for (let j = j0; j <= j1 + 1; j++) {
    const y = Math.min(rows, Math.max(0, gy[j]!));
    const iy = Math.min(rows - 1, Math.floor(y));
    nodeIy[j] = iy;
    nodeFy[j] = y - iy;
  }
  const stride = cols + 1;
  // A warmed layer adds its Taylor terms at each node (see Layer.shift); d = 0: no shift.
  const shift = layer.shift && layer.shift.shiftC !== 0 ? layer.shift : null;
  const d = shift ? shift.shiftC : 0;
  const half = (d * d) / 2;
  for (let j = j0; j <= j1 + 1; j++) {
    const a = nodeIy[j]! * stride;
    const b = a + stride;
    const fy = nodeFy[j]!;
    const out = (j - j0) * w - i0;
    for (let i = i0; i <= i1 + 1; i++) {
      const ix = nodeIx[i]!;
      const fx = nodeFx[i]!;
      let r = bilinear(satRadiance, a, b, ix, fx, fy);
      if (shift) {
        // Summed left to right, as r + d·slope, then + d²/2·curvature.
        r =
          r +
          d * bilinear(shift.satSlope, a, b, ix, fx, fy) +
          half * bilinear(shift.satCurvature, a, b, ix, fx, fy);
      }
      nodeR[out + i] = r;
      nodeA[out + i] = bilinear(satCoverage, a, b, ix, fx, fy);
    }
  }
  const { radiance, transmission } = grid;
  for (let j = j0; j <= j1; j++) {
    const h = gy[j + 1]! - gy[j]!;
    const up = (j - j0) * w - i0;
    const down = up + w;
    const rowAt = j * nx;
    for (let i = i0; i <= i1; i++) {
      const area = (gx[i + 1]! - gx[i]!) * h;
      const cov =
        (nodeA[down + i + 1]! - nodeA[down + i]! - nodeA[up + i + 1]! + nodeA[up + i]!) / area;
      if (cov <= 1e-12) continue;
      const rad =
        (nodeR[down + i + 1]! - nodeR[down + i]! - nodeR[up + i + 1]! + nodeR[up + i]!) / area;
      const k = rowAt + i;
      const t = transmission[k]!;
      radiance[k] = radiance[k]! + t * rad;
      transmission[k] = t * (1 - Math.min(1, cov));
    }
  }
}
