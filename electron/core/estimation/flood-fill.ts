// The one flood fill of the estimation stages: labelling warm regions (subject-finder.ts), growing
// the face from its seed and looking for a second face-hot core (face-region.ts). 8-connected: at
// 8×8 and 32×24 a face's outline is a staircase of diagonal pixels, and 4-connectivity would cut
// a small face into pieces. Allocation-free per frame: the stack and the marks are preallocated,
// and callers pass visitor objects they made once.

/** What a fill asks of its caller: which neighbours join the region, and each pixel that did. */
export interface FillVisitor {
  /** May pixel `j` (8-connected to the region, not yet marked) join it? */
  accepts(j: number): boolean;
  /** Pixel `i`, at (`col`, `row`), joined the region. */
  visit(i: number, col: number, row: number): void;
}

export class FloodFill {
  private readonly marks: Uint32Array;
  private readonly stack: Int32Array;
  // Marks equal to the generation are set; bumping it unmarks every pixel without a pass.
  private generation = 1;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.marks = new Uint32Array(width * height);
    this.stack = new Int32Array(width * height);
  }

  /** Unmarks every pixel. */
  clearMarks(): void {
    this.generation++;
    if (this.generation === 0xffffffff) this.reset();
  }

  isMarked(i: number): boolean {
    return this.marks[i] === this.generation;
  }

  /** Marks `start` and every pixel 8-connected to it that `visitor` accepts; returns how many. */
  fill(start: number, visitor: FillVisitor): number {
    const { width, height, marks, stack } = this;
    const gen = this.generation;
    let count = 0;
    let top = 0;
    marks[start] = gen;
    stack[top++] = start;
    while (top > 0) {
      const i = stack[--top]!;
      const col = i % width;
      const row = (i - col) / width;
      count++;
      visitor.visit(i, col, row);
      const r0 = row > 0 ? row - 1 : 0;
      const r1 = row < height - 1 ? row + 1 : row;
      const c0 = col > 0 ? col - 1 : 0;
      const c1 = col < width - 1 ? col + 1 : col;
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          const j = r * width + c;
          if (marks[j] !== gen && visitor.accepts(j)) {
            marks[j] = gen;
            stack[top++] = j;
          }
        }
      }
    }
    return count;
  }

  /** Forgets every mark (a new session). */
  reset(): void {
    this.marks.fill(0);
    this.generation = 1;
  }
}
