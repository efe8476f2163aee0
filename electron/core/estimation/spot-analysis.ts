// Stage 8 of the per-frame pipeline (frame-analyzer.ts): a single-point sensor. The one spot is
// either a face or the room; no other stage applies to it.
import type { BackgroundModel } from './background-model.js';
import type { Box, FaceReading, FrameAnalysis } from './observation.js';
import type { SubjectSettings } from './pipeline-settings.js';

/**
 * Writes the spot's verdict into `result`, reusing `box` and `reading` (allocation-free), and
 * learns the room from the spot while nobody is there.
 */
export function analyseSpot(
  frame: Float32Array,
  candidate: Uint8Array,
  sub: SubjectSettings,
  background: BackgroundModel,
  result: FrameAnalysis,
  box: Box,
  reading: FaceReading,
): void {
  const v = frame[0]!;
  // Reference: the spot's own learned background, else the room from the ambient; with
  // neither, the skin range alone decides.
  const ref = background.ready ? background.at(0) : (result.ambient.c ?? NaN);
  const warm = ref !== ref || v - ref > sub.deltaC;
  const person = v >= sub.skinMinC && v <= sub.skinMaxC && warm;
  result.blackbody.status = 'not-configured';
  result.blackbody.correctionC = 0;
  result.blackbody.noiseC = 0;
  result.moving = false;
  result.subject = person ? box : null;
  box.col = 0;
  box.row = 0;
  box.width = 1;
  box.height = 1;
  if (!person) {
    result.presence = 'none';
    result.face = null;
    candidate[0] = 0;
    if (v === v) background.learn(frame, candidate);
    return;
  }
  reading.maxC = v;
  reading.pixels = 1;
  reading.widthPx = 1;
  reading.heightPx = 1;
  reading.x = 0.5;
  reading.y = 0.5;
  reading.col = 0;
  reading.row = 0;
  reading.distanceM = null;
  reading.distance = 'unknown';
  result.presence = 'one';
  result.face = reading;
}
