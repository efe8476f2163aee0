// Renders a scene at any protocol's resolution: the 32×24 scene, resampled by box averaging
// (down) or nearest neighbour (up). A single-point sensor sees the mean of a central spot.
import type { ProtocolId } from '../electron/core/sensor/protocol-ids.js';
import { PROTOCOLS } from '../electron/core/sensor/protocols/index.js';
import { renderScene, SCENE_HEIGHT, SCENE_WIDTH, type SceneSpec } from './scene.js';
import type { SensorImage } from './encoders/types.js';

/** What each sensor reports as "ambient": the GY-MCU90640's die runs ~6 °C above the room. */
function reportedAmbientC(protocol: ProtocolId, roomC: number): number {
  return protocol === 'gy-mcu90640' ? roomC + 6 : roomC;
}

export function renderSensorImage(
  spec: SceneSpec,
  rng: () => number,
  protocol: ProtocolId,
): SensorImage {
  const { width, height } = PROTOCOLS[protocol];
  return renderImageAt(spec, rng, width, height, reportedAmbientC(protocol, spec.roomC));
}

/** The scene at any resolution (e.g. 160×120 for benchmarks), with the given reported ambient. */
export function renderImageAt(
  spec: SceneSpec,
  rng: () => number,
  width: number,
  height: number,
  ambientC: number | null,
): SensorImage {
  const scene = renderScene(spec, rng);
  if (width === SCENE_WIDTH && height === SCENE_HEIGHT) {
    return { width, height, pixels: scene, ambientC };
  }
  if (width === 1 && height === 1) {
    // A single-point kiosk is aimed at the eyes of whoever stands on the mark: its spot covers
    // the inner canthi and the skin around them.
    return { width, height, pixels: Float32Array.of(boxMean(scene, 14, 7, 4, 2)), ambientC };
  }
  return { width, height, pixels: resample(scene, width, height), ambientC };
}

function resample(src: Float32Array, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height);
  const sx = SCENE_WIDTH / width;
  const sy = SCENE_HEIGHT / height;
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      out[row * width + col] =
        sx >= 1 && sy >= 1
          ? boxMean(src, Math.floor(col * sx), Math.floor(row * sy), Math.round(sx), Math.round(sy))
          : src[Math.floor(row * sy) * SCENE_WIDTH + Math.floor(col * sx)]!;
    }
  }
  return out;
}

function boxMean(src: Float32Array, col: number, row: number, w: number, h: number): number {
  let sum = 0;
  for (let y = row; y < row + h; y++)
    for (let x = col; x < col + w; x++) sum += src[y * SCENE_WIDTH + x]!;
  return sum / (w * h);
}
