// The outlines of a simulated face in canonical mm (a face 150 mm wide, origin at its middle, y
// down; see face-geometry.ts): face, hairline, head, ears, eyes, lips, brows, and what each
// variant (glasses, hat, mask) puts over it.
import type { FaceRegionsRel, FaceVariant } from './face-types.js';

export function faceHalfWidth(y: number): number {
  if (Math.abs(y) >= 100) return -1;
  const hw = 75 * Math.sqrt(1 - (y / 100) ** 2);
  return y > 20 ? hw * (1 - 0.3 * ((y - 20) / 80) ** 2) : hw;
}

export const hairline = (x: number): number => -80 + 12 * (x / 55) ** 2;
export const inHead = (x: number, y: number): boolean => (x / 82) ** 2 + ((y + 10) / 118) ** 2 <= 1;
export const inEar = (x: number, y: number): boolean =>
  ((Math.abs(x) - 79) / 9) ** 2 + ((y + 2) / 27) ** 2 <= 1;
export const inEye = (x: number, y: number): boolean =>
  ((Math.abs(x) - 33) / 14) ** 2 + ((y + 17) / 5) ** 2 <= 1;
export const inLips = (x: number, y: number): boolean => (x / 24) ** 2 + ((y - 52) / 8) ** 2 <= 1;

export function onBrow(x: number, y: number): boolean {
  const ax = Math.abs(x);
  if (ax < 14 || ax > 54) return false;
  return Math.abs(y - (-31 - 4 * Math.sin((Math.PI * (ax - 14)) / 40))) <= 3;
}

function inLens(x: number, y: number): boolean {
  const dx = Math.max(0, Math.abs(Math.abs(x) - 33) - 16);
  const dy = Math.max(0, Math.abs(y + 16) - 9);
  return dx * dx + dy * dy <= 49; // 46 × 32 mm, corner radius 7 mm
}

/** What a variant puts over the face at (x, y) (canonical mm), and the skin it takes its heat from. */
export function covering(
  variant: FaceVariant,
  x: number,
  y: number,
  r: FaceRegionsRel,
): number | null {
  const ax = Math.abs(x);
  switch (variant) {
    case 'bare':
      return null;
    case 'glasses':
      if (
        inLens(x, y) ||
        (ax < 10 && y >= -22 && y <= -17) ||
        (ax >= 56 && ax <= 84 && y >= -21 && y <= -17)
      )
        return r.foreheadCentre;
      return null;
    case 'hat':
      if ((y < -62 && ax < 86 && (inHead(x, y) || y > -100)) || (y >= -66 && y <= -58 && ax < 96))
        return r.foreheadTop;
      return null;
    case 'mask':
      if (
        (y >= -4 && y <= 92 && ax <= Math.min(68, faceHalfWidth(y) + 2)) ||
        (ax > 60 && ax < 82 && (Math.abs(y + 2) < 2 || Math.abs(y - 45) < 2))
      )
        return r.mouthMean;
      return null;
  }
}
