// The sub-cell grid a sensor kind is integrated on (view-integrator.ts), built once per kind and
// reused with its scratch buffers: tangent-space edges, the per-pixel blur weights of imaging
// sensors, or the angular weights of a single-point sensor.
import type { SensorKind } from './sensor-kinds.js';
import { axisWeights, subdivisionsFor } from './blur-weights.js';

export interface ViewGrid {
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

export function gridFor(kind: SensorKind): ViewGrid {
  const key = gridKey(kind);
  let grid = grids.get(key);
  if (!grid) {
    grid = buildGrid(kind);
    grids.set(key, grid);
  }
  return grid;
}
