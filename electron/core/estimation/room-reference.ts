// What the per-frame pipeline (frame-analyzer.ts) compares pixels with: the learned room, per
// pixel once the background is ready, else one robust level for the whole frame. Used for the
// warm-pixel mask (stage 2) and for the room around the blackbody (stage 6). Allocation-free.

/**
 * Stage 2's mask: 1 where a pixel is more than `deltaC` over the room, within skinMin…skinMax
 * and outside the blackbody region (`excluded`), else 0. The room is `mean` per pixel when
 * given, else `level`.
 */
export function markWarmPixels(
  candidate: Uint8Array,
  frame: Float32Array,
  excluded: Uint8Array,
  mean: Float64Array | null,
  level: number,
  deltaC: number,
  skinMin: number,
  skinMax: number,
): void {
  const size = frame.length;
  // Two loops rather than `ready ? mean[i] : level`: mixing the array read with a variable
  // makes V8 box every pixel's double (a heap allocation per pixel).
  if (mean) {
    for (let i = 0; i < size; i++) {
      const v = frame[i]!;
      const warm = v - mean[i]! > deltaC && v >= skinMin && v <= skinMax;
      candidate[i] = warm && excluded[i] === 0 ? 1 : 0;
    }
  } else {
    for (let i = 0; i < size; i++) {
      const v = frame[i]!;
      const warm = v - level > deltaC && v >= skinMin && v <= skinMax;
      candidate[i] = warm && excluded[i] === 0 ? 1 : 0;
    }
  }
}

/** The mean of the learned room over the pixels `ring` lists, NaN where none is learned. */
export function roomOver(mean: Float64Array, ring: Int32Array): number {
  let sum = 0;
  let n = 0;
  for (let k = 0; k < ring.length; k++) {
    const b = mean[ring[k]!]!;
    if (b === b) {
      sum += b;
      n++;
    }
  }
  return n > 0 ? sum / n : NaN;
}
