// A text sketch prints a pixel it could not compute as nan/inf/ovf. A few such pixels in a frame
// are filled from their neighbours (and counted) so the frame is kept; many mean the frame (or
// the sensor) is bad, and it is dropped.

/** Most bad pixels a frame may have and still be kept: about 1 % of the image, at least one. */
export function maxRepairable(pixelCount: number): number {
  return Math.max(1, Math.floor(pixelCount / 100));
}

/**
 * Replaces each NaN in `pixels` (row-major, width × height) by the mean of its valid 8-neighbours.
 * Returns how many were replaced, or -1 (pixels untouched) when there are more than `maxBad` or
 * one has no valid neighbour.
 */
export function repairPixels(
  pixels: Float32Array,
  width: number,
  height: number,
  maxBad = maxRepairable(width * height),
): number {
  let bad = 0;
  for (let i = 0; i < pixels.length; i++) if (Number.isNaN(pixels[i])) bad++;
  if (bad === 0) return 0;
  if (bad > maxBad) return -1;
  const fills: Array<[number, number]> = [];
  for (let i = 0; i < pixels.length; i++) {
    if (!Number.isNaN(pixels[i])) continue;
    const row = Math.floor(i / width);
    const col = i % width;
    let sum = 0;
    let n = 0;
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        const r = row + dr;
        const c = col + dc;
        if ((dr === 0 && dc === 0) || r < 0 || r >= height || c < 0 || c >= width) continue;
        const v = pixels[r * width + c]!;
        if (Number.isNaN(v)) continue;
        sum += v;
        n++;
      }
    }
    if (n === 0) return -1;
    fills.push([i, sum / n]);
  }
  for (const [i, v] of fills) pixels[i] = v;
  return fills.length;
}
