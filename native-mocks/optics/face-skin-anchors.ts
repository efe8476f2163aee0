// The skin temperatures of a simulated face between its landmarks: anchor points fixed by the FDA
// regions and the person's traits, interpolated by inverse squared distance, and the width of the
// inner-canthus peak that reproduces the FDA canthus region's mean (see face-geometry.ts).
import type { FaceRegionsRel, FaceTraits } from './face-types.js';

interface Anchor {
  x: number;
  y: number;
  rel: number;
}

export const CANTHUS_BASE_BELOW_PEAK_C = 1.2;
const CANTHUS_REGION_MM = 12;
export const CORNEA_BELOW_CANTHUS_C = 1.0;
const OUTER_CANTHUS_BELOW_C = 1.5;
/**
 * The FDA mouth region's mean sits only 0.03 °C below its maximum: a few pixels on the line between
 * the lips. The lips around that line are taken to be 0.7 °C cooler (assumption).
 */
export const LIPS_BELOW_LINE_C = 0.7;

/** σ (mm) of the canthus peak whose 12 mm square mean is `mean`, on a base 1.2 °C below. */
export function canthusSigmaMm(max: number, mean: number): number {
  const amplitude = CANTHUS_BASE_BELOW_PEAK_C;
  const excess = Math.max(0, mean - (max - amplitude));
  const sigma2 = (excess * CANTHUS_REGION_MM ** 2) / (2 * Math.PI * amplitude);
  return Math.min(5, Math.max(2, Math.sqrt(sigma2)));
}

export function anchorsOf(r: FaceRegionsRel, t: FaceTraits): Anchor[] {
  const baseR = r.canthusRightMax - CANTHUS_BASE_BELOW_PEAK_C;
  const baseL = r.canthusLeftMax - CANTHUS_BASE_BELOW_PEAK_C;
  const fc = r.foreheadCentre;
  const a = (x: number, y: number, rel: number): Anchor => ({ x, y, rel });
  // The subject's right is the viewer's left (x < 0).
  return [
    a(0, -55, fc),
    a(-32, -52, r.foreheadRight),
    a(32, -52, r.foreheadLeft),
    a(0, -72, r.foreheadTop),
    a(0, -40, r.foreheadBottom),
    a(-60, -42, r.foreheadRight - 0.4),
    a(60, -42, r.foreheadLeft - 0.4),
    a(-15, -15, baseR),
    a(15, -15, baseL),
    a(0, -12, (baseR + baseL) / 2 - 0.3),
    a(-33, -25, r.canthusRightMax - 1.3),
    a(33, -25, r.canthusLeftMax - 1.3),
    a(-33, -9, r.canthusRightMax - 1.2),
    a(33, -9, r.canthusLeftMax - 1.2),
    a(-48, -17, r.canthusRightMax - OUTER_CANTHUS_BELOW_C),
    a(48, -17, r.canthusLeftMax - OUTER_CANTHUS_BELOW_C),
    a(0, 8, fc - t.noseDropC / 2),
    a(0, 28, fc - t.noseDropC),
    a(-16, 24, fc - 0.8 * t.noseDropC),
    a(16, 24, fc - 0.8 * t.noseDropC),
    a(-42, 8, fc - t.cheekDropC),
    a(42, 8, fc - t.cheekDropC),
    a(-48, 40, fc - t.cheekDropC - 0.2),
    a(48, 40, fc - t.cheekDropC - 0.2),
    a(-22, 38, r.mouthMax - LIPS_BELOW_LINE_C - 0.3),
    a(22, 38, r.mouthMax - LIPS_BELOW_LINE_C - 0.3),
    a(0, 40, r.mouthMax - LIPS_BELOW_LINE_C - 0.2),
    a(0, 82, fc - 0.6),
    a(-50, 72, fc - 0.8),
    a(50, 72, fc - 0.8),
    a(0, 105, fc - 0.1),
    a(0, 135, fc - 0.3),
    a(-40, 135, fc - 0.3),
    a(40, 135, fc - 0.3),
  ];
}

/** Inverse squared distance interpolation of the anchors (softened by 4 mm). */
export function interpolator(anchors: Anchor[]): (x: number, y: number) => number {
  const n = anchors.length;
  const ax = Float64Array.from(anchors, (p) => p.x);
  const ay = Float64Array.from(anchors, (p) => p.y);
  const av = Float64Array.from(anchors, (p) => p.rel);
  return (x, y) => {
    let num = 0;
    let den = 0;
    for (let i = 0; i < n; i++) {
      const dx = ax[i]! - x;
      const dy = ay[i]! - y;
      const w = 1 / (dx * dx + dy * dy + 16);
      num += w * av[i]!;
      den += w;
    }
    return num / den;
  };
}
