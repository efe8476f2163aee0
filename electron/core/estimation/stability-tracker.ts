// Stage 5: is the face holding still? The face moved when its centroid is farther than
// max(maxShiftFraction × face width, minShiftPx) from any centroid of the previous `frames` frames.
// A frame without a single face clears the history (a new face starts still).
import type { StabilitySettings } from './pipeline-settings.js';

export class StabilityTracker {
  private readonly xs: Float64Array;
  private readonly ys: Float64Array;
  private count = 0;
  private next = 0;

  constructor(private readonly settings: StabilitySettings) {
    const n = Math.max(1, Math.floor(settings.frames));
    this.xs = new Float64Array(n);
    this.ys = new Float64Array(n);
  }

  /** Adds this frame's face centroid; true when it moved beyond the threshold. */
  update(x: number, y: number, faceWidthPx: number): boolean {
    const limit = Math.max(this.settings.maxShiftFraction * faceWidthPx, this.settings.minShiftPx);
    const limit2 = limit * limit;
    let moving = false;
    for (let k = 0; k < this.count; k++) {
      const dx = x - this.xs[k]!;
      const dy = y - this.ys[k]!;
      if (dx * dx + dy * dy > limit2) {
        moving = true;
        break;
      }
    }
    // The newest centroid replaces the oldest.
    const cap = this.xs.length;
    this.xs[this.next] = x;
    this.ys[this.next] = y;
    this.next = (this.next + 1) % cap;
    if (this.count < cap) this.count++;
    return moving;
  }

  reset(): void {
    this.count = 0;
    this.next = 0;
  }
}
