// Stage 2: connected warm regions, 8-connected (see flood-fill.ts; two people are still told
// apart: their heads are separated by room pixels, and the face stage also looks for a second
// face-hot core, see face-region.ts). Everything is preallocated.
import { FloodFill, type FillVisitor } from './flood-fill.js';

export class SubjectFinder {
  /** Component id per pixel (1-based), 0 = not a candidate. Valid after `label`. */
  readonly labels: Int32Array;
  /** Per component (index = id): pixel count, bounding box, extremes and where the max is. */
  readonly size: Int32Array;
  readonly minCol: Int32Array;
  readonly maxCol: Int32Array;
  readonly minRow: Int32Array;
  readonly maxRow: Int32Array;
  readonly minC: Float64Array;
  readonly maxC: Float64Array;
  readonly sumC: Float64Array;
  /** Number of components found by the last `label` (ids 1..count). */
  count = 0;
  private readonly flood: FloodFill;
  // The fill's inputs and the component it is growing, read by `grow`.
  private candidate: Uint8Array = new Uint8Array(0);
  private frame: Float32Array = new Float32Array(0);
  private id = 0;
  private readonly grow: FillVisitor = {
    accepts: (j) => this.candidate[j] !== 0,
    visit: (i, col, row) => this.add(i, col, row),
  };

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    const n = width * height;
    this.labels = new Int32Array(n);
    this.flood = new FloodFill(width, height);
    // At most one component per pixel (plus the unused id 0).
    this.size = new Int32Array(n + 1);
    this.minCol = new Int32Array(n + 1);
    this.maxCol = new Int32Array(n + 1);
    this.minRow = new Int32Array(n + 1);
    this.maxRow = new Int32Array(n + 1);
    this.minC = new Float64Array(n + 1);
    this.maxC = new Float64Array(n + 1);
    this.sumC = new Float64Array(n + 1);
  }

  /** Labels the 8-connected components of `candidate` (1 = warm pixel) and measures them. */
  label(candidate: Uint8Array, frame: Float32Array): number {
    const { width, height, labels } = this;
    labels.fill(0);
    this.flood.clearMarks();
    this.candidate = candidate;
    this.frame = frame;
    let count = 0;
    for (let start = 0; start < labels.length; start++) {
      if (candidate[start] === 0 || labels[start] !== 0) continue;
      const id = ++count;
      this.id = id;
      this.size[id] = 0;
      this.minCol[id] = width;
      this.maxCol[id] = -1;
      this.minRow[id] = height;
      this.maxRow[id] = -1;
      this.minC[id] = Infinity;
      this.maxC[id] = -Infinity;
      this.sumC[id] = 0;
      this.flood.fill(start, this.grow);
    }
    this.count = count;
    return count;
  }

  private add(i: number, col: number, row: number): void {
    const id = this.id;
    const v = this.frame[i]!;
    this.labels[i] = id;
    this.size[id] = this.size[id]! + 1;
    this.sumC[id] = this.sumC[id]! + v;
    if (v < this.minC[id]!) this.minC[id] = v;
    if (v > this.maxC[id]!) this.maxC[id] = v;
    if (col < this.minCol[id]!) this.minCol[id] = col;
    if (col > this.maxCol[id]!) this.maxCol[id] = col;
    if (row < this.minRow[id]!) this.minRow[id] = row;
    if (row > this.maxRow[id]!) this.maxRow[id] = row;
  }
}
