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
import type { Layer } from './layer.js';
import type { SensorKind } from './sensor-kinds.js';

/** Radiance of the room's wall seen in the direction whose vertical tangent is `v` (down +). */
export type WallRadiance = (v: number) => number;

interface ViewGrid {
  nx: number;
  ny: number;
  uEdge: Float64Array;
  vEdge: Float64Array;
  /** Imaging: per output column, the first sub-cell and the weights; rows alike. */
  colStart: Int32Array;
  colWeights: Float64Array[];
  rowStart: Int32Array;
  rowWeights: Float64Array[];
  /** Single point: one weight per sub-cell (null for imaging sensors). */
  pointWeights: Float64Array | null;
  radiance: Float64Array;
  transmission: Float64Array;
  nodeR: Float64Array;
  nodeA: Float64Array;
  nodeIx: Int32Array;
  nodeFx: Float64Array;
  nodeIy: Int32Array;
  nodeFy: Float64Array;
  gx: Float64Array;
  gy: Float64Array;
  horizontal: Float64Array;
}

const grids = new Map<string, ViewGrid>();
const POINT_TAN_MAX = 3;
const POINT_CELLS = 120;

function gridKey(kind: SensorKind): string {
  return `${kind.width}x${kind.height}|${kind.hfovDeg}|${kind.vfovDeg}|${kind.blurSigmaPx}`;
}

/** Sub-cells per pixel: a quarter of σ or finer, never more than 8; 1 without blur. */
export function subdivisionsFor(sigmaPx: number): number {
  return sigmaPx > 0 ? Math.min(8, Math.max(2, Math.ceil(2 / sigmaPx))) : 1;
}

function erf(x: number): number {
  // Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7).
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return x >= 0 ? y : -y;
}

/** ∫ Φ(t) dt = t Φ(t) + φ(t): the antiderivative of the normal CDF. */
function psi(t: number): number {
  const cdf = 0.5 * (1 + erf(t / Math.SQRT2));
  return t * cdf + Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
}

/**
 * Weight of the sub-cell [a, b] for the pixel [p0, p1] under a Gaussian blur σ (same units):
 * ∫_a^b (box ⊗ G)(x) dx. With σ = 0, the overlap length.
 */
function cellWeight(a: number, b: number, p0: number, p1: number, sigma: number): number {
  if (sigma <= 0) return Math.max(0, Math.min(b, p1) - Math.max(a, p0));
  const s = sigma;
  return s * (psi((b - p0) / s) - psi((a - p0) / s) - psi((b - p1) / s) + psi((a - p1) / s));
}

/**
 * Per output pixel along one axis: the first input cell and the normalised weights of the input
 * cells (`edges`, ascending) under the pixel [pixelEdge(p), pixelEdge(p + 1)] blurred by σ.
 */
export function axisWeights(
  pixels: number,
  edges: Float64Array,
  pixelEdge: (p: number) => number,
  sigma: number,
): { start: Int32Array; weights: Float64Array[] } {
  const start = new Int32Array(pixels);
  const weights: Float64Array[] = [];
  const n = edges.length - 1;
  for (let p = 0; p < pixels; p++) {
    const p0 = pixelEdge(p);
    const p1 = pixelEdge(p + 1);
    const reach = 4 * sigma;
    let first = -1;
    let last = -1;
    for (let i = 0; i < n; i++) {
      if (edges[i + 1]! > p0 - reach && edges[i]! < p1 + reach) {
        if (first < 0) first = i;
        last = i;
      }
    }
    const w = new Float64Array(last - first + 1);
    let sum = 0;
    for (let i = first; i <= last; i++) {
      const v = cellWeight(edges[i]!, edges[i + 1]!, p0, p1, sigma);
      w[i - first] = v;
      sum += v;
    }
    for (let i = 0; i < w.length; i++) w[i] = w[i]! / sum;
    start[p] = first;
    weights.push(w);
  }
  return { start, weights };
}

function allocate(nx: number, ny: number) {
  const nodes = (nx + 1) * (ny + 1);
  return {
    radiance: new Float64Array(nx * ny),
    transmission: new Float64Array(nx * ny),
    nodeR: new Float64Array(nodes),
    nodeA: new Float64Array(nodes),
    nodeIx: new Int32Array(nx + 1),
    nodeFx: new Float64Array(nx + 1),
    nodeIy: new Int32Array(ny + 1),
    nodeFy: new Float64Array(ny + 1),
    gx: new Float64Array(nx + 1),
    gy: new Float64Array(ny + 1),
  };
}

function buildGrid(kind: SensorKind): ViewGrid {
  if (kind.width * kind.height === 1) {
    const n = POINT_CELLS;
    const edge = Float64Array.from(
      { length: n + 1 },
      (_, i) => -POINT_TAN_MAX + (2 * POINT_TAN_MAX * i) / n,
    );
    const pointWeights = new Float64Array(n * n);
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const v = (edge[j]! + edge[j + 1]!) / 2;
      for (let i = 0; i < n; i++) {
        const u = (edge[i]! + edge[i + 1]!) / 2;
        const cos = 1 / Math.sqrt(1 + u * u + v * v);
        const w = cos ** 5; // response cos²θ × solid angle per tangent area cos³θ
        pointWeights[j * n + i] = w;
        sum += w;
      }
    }
    for (let k = 0; k < pointWeights.length; k++) pointWeights[k] = pointWeights[k]! / sum;
    return {
      nx: n,
      ny: n,
      uEdge: edge,
      vEdge: edge,
      colStart: new Int32Array(0),
      colWeights: [],
      rowStart: new Int32Array(0),
      rowWeights: [],
      pointWeights,
      ...allocate(n, n),
      horizontal: new Float64Array(0),
    };
  }
  const s = subdivisionsFor(kind.blurSigmaPx);
  const margin = Math.ceil(3 * kind.blurSigmaPx);
  const U = Math.tan((kind.hfovDeg * Math.PI) / 360);
  const V = Math.tan((kind.vfovDeg * Math.PI) / 360);
  const du = (2 * U) / kind.width;
  const dv = (2 * V) / kind.height;
  const nx = (kind.width + 2 * margin) * s;
  const ny = (kind.height + 2 * margin) * s;
  const uEdge = Float64Array.from({ length: nx + 1 }, (_, i) => -U + (i / s - margin) * du);
  const vEdge = Float64Array.from({ length: ny + 1 }, (_, j) => -V + (j / s - margin) * dv);
  const cols = axisWeights(kind.width, uEdge, (p) => -U + p * du, kind.blurSigmaPx * du);
  const rows = axisWeights(kind.height, vEdge, (p) => -V + p * dv, kind.blurSigmaPx * dv);
  return {
    nx,
    ny,
    uEdge,
    vEdge,
    colStart: cols.start,
    colWeights: cols.weights,
    rowStart: rows.start,
    rowWeights: rows.weights,
    pointWeights: null,
    ...allocate(nx, ny),
    horizontal: new Float64Array(ny * kind.width),
  };
}

function gridFor(kind: SensorKind): ViewGrid {
  const key = gridKey(kind);
  let grid = grids.get(key);
  if (!grid) {
    grid = buildGrid(kind);
    grids.set(key, grid);
  }
  return grid;
}

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

function addLayer(grid: ViewGrid, layer: Layer): void {
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
  const shift = layer.shift;
  for (let j = j0; j <= j1 + 1; j++) {
    const a = nodeIy[j]! * stride;
    const b = a + stride;
    const fy = nodeFy[j]!;
    const out = (j - j0) * w - i0;
    for (let i = i0; i <= i1 + 1; i++) {
      const ix = nodeIx[i]!;
      const fx = nodeFx[i]!;
      nodeR[out + i] = bilinear(satRadiance, a, b, ix, fx, fy);
      nodeA[out + i] = bilinear(satCoverage, a, b, ix, fx, fy);
    }
  }
  if (shift && shift.shiftC !== 0) {
    const d = shift.shiftC;
    const half = (d * d) / 2;
    for (let j = j0; j <= j1 + 1; j++) {
      const a = nodeIy[j]! * stride;
      const b = a + stride;
      const fy = nodeFy[j]!;
      const out = (j - j0) * w - i0;
      for (let i = i0; i <= i1 + 1; i++) {
        const ix = nodeIx[i]!;
        const fx = nodeFx[i]!;
        nodeR[out + i] =
          nodeR[out + i]! +
          d * bilinear(shift.satSlope, a, b, ix, fx, fy) +
          half * bilinear(shift.satCurvature, a, b, ix, fx, fy);
      }
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
