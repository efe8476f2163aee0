// The sensors the kiosk can read, as optics: resolution, field of view and lens blur. The
// physical renderer (render.ts) integrates a scene over each pixel's footprint with these.
//
// Projection: rectilinear (pinhole), so a pixel's footprint at distance d is 2·d·tan(fov/2)/N
// wide; wide-angle lenses' barrel distortion is not modelled.
//
// Lens blur (blurSigmaPx, a Gaussian PSF in pixels): no datasheet of these parts gives a point
// spread function, so these are stated, conservative assumptions. Thermopile arrays (MLX90640,
// AMG8833) have silicon lenses a few mm across: σ = 0.5 px (a point source centred on a pixel
// leaves 47 % of its signal there, the rest in the neighbours); the 110° MLX90640 lens, a short
// wide-angle one, 0.6 px. The MI48's 12 µm pixels behind
// an f/1 chalcogenide lens: diffraction alone gives σ ≈ 0.42·λ·N/pitch ≈ 0.35 px at 10 µm,
// rounded up to 0.5 px for aberrations. Optris' camera notes: a good LWIR lens needs a target of
// 2×2 to 3×3 pixels, a poor one up to 10×10, to receive 90 % of its energy.
//
// Single point (1×1): the MLX90614's datasheet defines its field of view as the full angle at
// 50 % of the maximum signal, 90° for the BAA (GY-906) package, and plots a roughly cosine-like
// response. Modelled as a relative response cos²θ (50 % at 45°, nothing at 90°); render.ts
// weights the scene's radiance by it over the whole hemisphere in front of the sensor.
import type { ProtocolId } from '../../electron/core/sensor/protocol-ids.js';
import {
  FALLBACK_HFOV_DEG,
  SENSOR_DEFAULTS,
} from '../../electron/core/estimation/pipeline-settings.js';

export interface SensorKind {
  id: string;
  label: string;
  width: number;
  height: number;
  hfovDeg: number;
  vfovDeg: number;
  blurSigmaPx: number;
  protocol: ProtocolId | null;
}

/** The vertical field of view of square pixels, given the horizontal one. */
function squareVfovDeg(hfovDeg: number, width: number, height: number): number {
  const t = Math.tan((hfovDeg * Math.PI) / 360) * (height / width);
  return (Math.atan(t) * 360) / Math.PI;
}

const MI48_HFOV = SENSOR_DEFAULTS['80x62']?.profile.hfovDeg ?? 45;

export const SENSOR_KINDS = {
  mlx90614: {
    id: 'mlx90614',
    label: 'MLX90614 BAA single point (GY-906, 90°)',
    width: 1,
    height: 1,
    hfovDeg: 90,
    vfovDeg: 90,
    blurSigmaPx: 0,
    protocol: 'gy-mcu90614',
  },
  amg8833: {
    id: 'amg8833',
    label: 'AMG8833 8×8 (60°)',
    width: 8,
    height: 8,
    hfovDeg: 60,
    vfovDeg: 60,
    blurSigmaPx: 0.5,
    protocol: 'adafruit-amg88xx',
  },
  'mlx90640-55': {
    id: 'mlx90640-55',
    label: 'MLX90640 BAB 32×24 (55°×35°)',
    width: 32,
    height: 24,
    hfovDeg: 55,
    vfovDeg: 35,
    blurSigmaPx: 0.5,
    protocol: 'gy-mcu90640',
  },
  'mlx90640-110': {
    id: 'mlx90640-110',
    label: 'MLX90640 BAA 32×24 (110°×75°)',
    width: 32,
    height: 24,
    hfovDeg: 110,
    vfovDeg: 75,
    blurSigmaPx: 0.6,
    protocol: null,
  },
  mi48: {
    id: 'mi48',
    label: `Meridian MI48 80×62 (${MI48_HFOV}°)`,
    width: 80,
    height: 62,
    hfovDeg: MI48_HFOV,
    vfovDeg: squareVfovDeg(MI48_HFOV, 80, 62),
    blurSigmaPx: 0.5,
    protocol: 'mi48',
  },
} as const satisfies Record<string, SensorKind>;

export type SensorKindId = keyof typeof SENSOR_KINDS;

/**
 * A single-point sensor is used like a wall thermometer: the person leans in until the forehead
 * is 2–5 cm from it (with a 90° field of view, farther would average the wall in).
 */
export const SINGLE_POINT_RANGE_M: readonly [number, number] = [0.02, 0.05];
/** Its marked distance: the middle of that range. */
export const SINGLE_POINT_MARK_M = (SINGLE_POINT_RANGE_M[0] + SINGLE_POINT_RANGE_M[1]) / 2;
/** It is aimed at the forehead's centre, this far above the face's middle for a 150 mm face. */
export const FOREHEAD_ABOVE_MIDDLE_M = 0.055;

/** The sensor a protocol's board carries (every MLX90640 protocol: the 55° BAB variant). */
export function kindForProtocol(protocol: ProtocolId): SensorKind {
  switch (protocol) {
    case 'gy-mcu90614':
      return SENSOR_KINDS.mlx90614;
    case 'adafruit-amg88xx':
      return SENSOR_KINDS.amg8833;
    case 'mi48':
      return SENSOR_KINDS.mi48;
    case 'gy-mcu90640':
    case 'sparkfun-mlx90640':
    case 'adafruit-mlx90640':
      return { ...SENSOR_KINDS['mlx90640-55'], protocol };
  }
}

/**
 * The sensor of a resolution, as the kiosk assumes it (SENSOR_DEFAULTS); any other size is a
 * generic array with the fallback field of view and square pixels (benchmarks' 160×120).
 */
export function kindForSize(width: number, height: number): SensorKind {
  const known = Object.values(SENSOR_KINDS).find(
    (k) => k.width === width && k.height === height && k.id !== 'mlx90640-110',
  );
  if (known) return known;
  return {
    id: `generic-${width}x${height}`,
    label: `${width}×${height} (${FALLBACK_HFOV_DEG}°)`,
    width,
    height,
    hfovDeg: FALLBACK_HFOV_DEG,
    vfovDeg: squareVfovDeg(FALLBACK_HFOV_DEG, width, height),
    blurSigmaPx: 0.5,
    protocol: null,
  };
}

/** Width and height of one pixel's footprint (mm) on a plane `distanceM` away, on axis. */
export function pixelFootprintMm(
  kind: SensorKind,
  distanceM: number,
): { widthMm: number; heightMm: number } {
  return {
    widthMm: (2000 * distanceM * Math.tan((kind.hfovDeg * Math.PI) / 360)) / kind.width,
    heightMm: (2000 * distanceM * Math.tan((kind.vfovDeg * Math.PI) / 360)) / kind.height,
  };
}
