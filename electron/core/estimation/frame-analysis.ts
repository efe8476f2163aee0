// Per-frame analysis: room background, blackbody check, and the warm blobs that may be people.
import type { EstimationSettings } from './settings.js';

export type BlackbodyCheck =
  | { status: 'ok'; correctionC: number }
  | { status: 'missing' }
  | { status: 'out-of-tolerance'; correctionC: number }
  | { status: 'not-configured' };

export type Presence = 'none' | 'far' | 'close' | 'multiple';

export interface FrameAnalysis {
  backgroundC: number;
  blackbody: BlackbodyCheck;
  presence: Presence;
  /** Pixels of the largest blob. */
  blobPixels: number;
  /** Mean of the largest blob's hottest pixels, corrected by the blackbody; null without a blob. */
  hottestC: number | null;
}

export function analyseFrame(
  pixels: Float32Array,
  width: number,
  height: number,
  settings: EstimationSettings,
): FrameAnalysis {
  const inBlackbody = blackbodyMask(width, height, settings);
  const backgroundC = lowerQuantile(pixels, inBlackbody, 0.2);
  const blackbody = checkBlackbody(pixels, width, settings, backgroundC);
  const blobs = warmBlobs(pixels, width, height, inBlackbody, backgroundC + settings.presenceDeltaC)
    .filter((b) => b.length >= settings.minBlobPixels)
    .sort((a, b) => b.length - a.length);
  const largest = blobs[0];
  if (!largest) return { backgroundC, blackbody, presence: 'none', blobPixels: 0, hottestC: null };
  const second = blobs[1];
  // A second sizeable warm blob means two people in view (FDA: one person at a time).
  const presence: Presence =
    second && second.length >= Math.max(settings.minBlobPixels, 0.3 * largest.length)
      ? 'multiple'
      : largest.length >= settings.closeBlobPixels
        ? 'close'
        : 'far';
  const correction = blackbody.status === 'ok' ? blackbody.correctionC : 0;
  const hottestC = meanOfHottest(pixels, largest, settings.hottestPixels) + correction;
  return { backgroundC, blackbody, presence, blobPixels: largest.length, hottestC };
}

function blackbodyMask(width: number, height: number, settings: EstimationSettings): Uint8Array {
  const mask = new Uint8Array(width * height);
  const bb = settings.blackbody;
  if (!bb) return mask;
  // One pixel of margin: the source's edge blurs into its neighbours on a low-resolution array.
  for (let row = Math.max(0, bb.row - 1); row < Math.min(height, bb.row + bb.height + 1); row++) {
    for (let col = Math.max(0, bb.col - 1); col < Math.min(width, bb.col + bb.width + 1); col++) {
      mask[row * width + col] = 1;
    }
  }
  return mask;
}

function checkBlackbody(
  pixels: Float32Array,
  width: number,
  settings: EstimationSettings,
  backgroundC: number,
): BlackbodyCheck {
  const bb = settings.blackbody;
  if (!bb) return { status: 'not-configured' };
  let sum = 0;
  for (let row = bb.row; row < bb.row + bb.height; row++) {
    for (let col = bb.col; col < bb.col + bb.width; col++) sum += pixels[row * width + col]!;
  }
  const measured = sum / (bb.width * bb.height);
  if (measured < backgroundC + settings.presenceDeltaC) return { status: 'missing' };
  const correctionC = bb.temperatureC - measured;
  return Math.abs(correctionC) > bb.toleranceC
    ? { status: 'out-of-tolerance', correctionC }
    : { status: 'ok', correctionC };
}

function lowerQuantile(pixels: Float32Array, exclude: Uint8Array, q: number): number {
  const values: number[] = [];
  for (let i = 0; i < pixels.length; i++) if (!exclude[i]) values.push(pixels[i]!);
  values.sort((a, b) => a - b);
  return values[Math.floor(q * (values.length - 1))] ?? 0;
}

/** 4-connected components of pixels above `threshold`, outside the excluded region. */
function warmBlobs(
  pixels: Float32Array,
  width: number,
  height: number,
  exclude: Uint8Array,
  threshold: number,
): number[][] {
  const seen = new Uint8Array(pixels.length);
  const blobs: number[][] = [];
  const stack: number[] = [];
  for (let start = 0; start < pixels.length; start++) {
    if (seen[start] || exclude[start] || pixels[start]! < threshold) continue;
    const blob: number[] = [];
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop()!;
      blob.push(i);
      const col = i % width;
      const row = (i - col) / width;
      const neighbours = [
        col > 0 ? i - 1 : -1,
        col < width - 1 ? i + 1 : -1,
        row > 0 ? i - width : -1,
        row < height - 1 ? i + width : -1,
      ];
      for (const n of neighbours) {
        if (n >= 0 && !seen[n] && !exclude[n] && pixels[n]! >= threshold) {
          seen[n] = 1;
          stack.push(n);
        }
      }
    }
    blobs.push(blob);
  }
  return blobs;
}

function meanOfHottest(pixels: Float32Array, blob: number[], count: number): number {
  const values = blob.map((i) => pixels[i]!).sort((a, b) => b - a);
  const top = values.slice(0, Math.max(1, count));
  return top.reduce((s, v) => s + v, 0) / top.length;
}
