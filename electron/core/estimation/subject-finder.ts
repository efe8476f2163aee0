// Stage 2: connected warm regions. 8-connectivity: at 8×8 and 32×24 a face's outline is a
// staircase of diagonal pixels, and 4-connectivity would cut a small face into pieces (two
// people are still told apart: their heads are separated by room pixels, and the face stage
// also looks for a second face-hot core, see face-region.ts). Everything is preallocated.

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
  private readonly stack: Int32Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    const n = width * height;
    this.labels = new Int32Array(n);
    this.stack = new Int32Array(n);
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
    const { width, height, labels, stack } = this;
    labels.fill(0);
    let count = 0;
    for (let start = 0; start < labels.length; start++) {
      if (candidate[start] === 0 || labels[start] !== 0) continue;
      const id = ++count;
      let size = 0;
      let minCol = width;
      let maxCol = -1;
      let minRow = height;
      let maxRow = -1;
      let minC = Infinity;
      let maxC = -Infinity;
      let sum = 0;
      let top = 0;
      labels[start] = id;
      stack[top++] = start;
      while (top > 0) {
        const i = stack[--top]!;
        const col = i % width;
        const row = (i - col) / width;
        const v = frame[i]!;
        size++;
        sum += v;
        if (v < minC) minC = v;
        if (v > maxC) maxC = v;
        if (col < minCol) minCol = col;
        if (col > maxCol) maxCol = col;
        if (row < minRow) minRow = row;
        if (row > maxRow) maxRow = row;
        const r0 = row > 0 ? row - 1 : 0;
        const r1 = row < height - 1 ? row + 1 : row;
        const c0 = col > 0 ? col - 1 : 0;
        const c1 = col < width - 1 ? col + 1 : col;
        for (let r = r0; r <= r1; r++) {
          for (let c = c0; c <= c1; c++) {
            const j = r * width + c;
            if (candidate[j] !== 0 && labels[j] === 0) {
              labels[j] = id;
              stack[top++] = j;
            }
          }
        }
      }
      this.size[id] = size;
      this.minCol[id] = minCol;
      this.maxCol[id] = maxCol;
      this.minRow[id] = minRow;
      this.maxRow[id] = maxRow;
      this.minC[id] = minC;
      this.maxC[id] = maxC;
      this.sumC[id] = sum;
    }
    this.count = count;
    return count;
  }
}
