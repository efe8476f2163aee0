// The per-frame pipeline's output objects (frame-analyzer.ts): made once per analyzer and
// overwritten by every frame, so that analysing a frame allocates nothing.
import type { FaceRegionFinder } from './face-region.js';
import type { FaceReading, FrameAnalysis } from './observation.js';

export function newFaceReading(): FaceReading {
  return {
    maxC: 0,
    pixels: 0,
    widthPx: 0,
    heightPx: 0,
    x: 0,
    y: 0,
    col: 0,
    row: 0,
    distanceM: null,
    distance: 'unknown',
  };
}

/** Nobody seen yet: the state before the first frame and after a reset. */
export function newFrameAnalysis(noiseC: number): FrameAnalysis {
  return {
    presence: 'none',
    subject: null,
    face: null,
    moving: false,
    blackbody: { status: 'not-configured', correctionC: 0, noiseC: 0 },
    ambient: { c: null, status: 'unknown' },
    noiseC,
  };
}

/**
 * Copies the face stage's measures into `reading`, the maximum corrected by `correctionC`; the
 * distance is left to the caller.
 */
export function readFace(reading: FaceReading, face: FaceRegionFinder, correctionC: number): void {
  reading.maxC = face.hottestC + correctionC;
  reading.pixels = face.pixels;
  reading.widthPx = face.widthPx;
  reading.heightPx = face.heightPx;
  reading.x = face.x;
  reading.y = face.y;
  reading.col = face.minCol;
  reading.row = face.minRow;
}
