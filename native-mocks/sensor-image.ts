// A scene as a given sensor sees it: the physical renderer (optics/render.ts) through the optics
// of the sensor a protocol's board carries (optics/sensor-kinds.ts), or of the sensor the kiosk
// assumes for a resolution, plus the ambient/die temperature the sensor reports.
import type { ProtocolId } from '../electron/core/sensor/protocol-ids.js';
import type { SensorImage } from './encoders/types.js';
import { renderPhysical } from './optics/render.js';
import { kindForProtocol, kindForSize, type SensorKind } from './optics/sensor-kinds.js';
import { physicalScene, type SceneSpec } from './scene.js';

/** What each sensor reports as "ambient": the GY-MCU90640's die runs ~6 °C above the room. */
function reportedAmbientC(protocol: ProtocolId, roomC: number): number {
  return protocol === 'gy-mcu90640' ? roomC + 6 : roomC;
}

export function renderSensorImage(
  spec: SceneSpec,
  rng: () => number,
  protocol: ProtocolId,
): SensorImage {
  return renderWith(spec, rng, kindForProtocol(protocol), reportedAmbientC(protocol, spec.roomC));
}

/**
 * The scene at any resolution (e.g. 160×120 for benchmarks), with the given reported ambient:
 * the kiosk's default sensor for that size (kindForSize).
 */
export function renderImageAt(
  spec: SceneSpec,
  rng: () => number,
  width: number,
  height: number,
  ambientC: number | null,
): SensorImage {
  return renderWith(spec, rng, kindForSize(width, height), ambientC);
}

/** The scene through any sensor kind (e.g. the 110° MLX90640, which no protocol implies). */
export function renderWith(
  spec: SceneSpec,
  rng: () => number,
  kind: SensorKind,
  ambientC: number | null,
): SensorImage {
  const pixels = renderPhysical(physicalScene(spec, kind), kind, rng);
  return { width: kind.width, height: kind.height, pixels, ambientC };
}
