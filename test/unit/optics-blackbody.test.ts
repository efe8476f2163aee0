// A blackbody of physical size: the helper places a disc that covers a region of pixels, so the
// kiosk's configured region (DEFAULT_BLACKBODY, 32×24 pixels) reads the set point.
import { describe, expect, it } from 'vitest';
import { scaleBlackbody } from '../../electron/core/estimation/pipeline-settings.js';
import { DEFAULT_BLACKBODY } from '../../electron/core/estimation/settings.js';
import {
  blackbodyCovering,
  pixelFootprintMm,
  renderClean,
} from '../../native-mocks/optics/render.js';
import { SENSOR_KINDS } from '../../native-mocks/optics/sensor-kinds.js';
import { physicalScene } from '../../native-mocks/scene.js';

const imaging = [
  SENSOR_KINDS.amg8833,
  SENSOR_KINDS['mlx90640-55'],
  SENSOR_KINDS['mlx90640-110'],
  SENSOR_KINDS.mi48,
];

describe('blackbodyCovering', () => {
  for (const kind of imaging) {
    it(`${kind.label}: the disc covers every point of the region`, () => {
      const sx = kind.width / 32;
      const sy = kind.height / 24;
      const region = {
        col: DEFAULT_BLACKBODY.col * sx,
        row: DEFAULT_BLACKBODY.row * sy,
        width: DEFAULT_BLACKBODY.width * sx,
        height: DEFAULT_BLACKBODY.height * sy,
      };
      const d = 0.3;
      const bb = blackbodyCovering(kind, region, d);
      const U = Math.tan((kind.hfovDeg * Math.PI) / 360);
      const V = Math.tan((kind.vfovDeg * Math.PI) / 360);
      const r = bb.diameterMm / 2000;
      for (const [c, rr] of [
        [region.col, region.row],
        [region.col + region.width, region.row],
        [region.col, region.row + region.height],
        [region.col + region.width, region.row + region.height],
      ] as const) {
        const x = (-U + (2 * U * c) / kind.width) * d;
        const y = (-V + (2 * V * rr) / kind.height) * d;
        expect(Math.hypot(x - bb.xM, y - bb.yM)).toBeLessThan(r);
      }
      // The region's pixels read the set point: the disc is grown by 2σ of the blur.
      const img = renderClean({ roomC: 21, people: [], blackbody: { c: 35, ...bb } }, kind);
      const inner = scaleBlackbody(DEFAULT_BLACKBODY, { width: 32, height: 24 }, kind);
      if (inner) {
        for (let row = inner.row; row < inner.row + inner.height; row++) {
          for (let col = inner.col; col < inner.col + inner.width; col++) {
            expect(Math.abs(img[row * kind.width + col]! - 35)).toBeLessThan(0.1);
          }
        }
      }
    });
  }

  it('pixel footprints grow with distance: MLX90640 55° at 0.5 m is ~16 mm', () => {
    expect(pixelFootprintMm(SENSOR_KINDS['mlx90640-55'], 0.5).widthMm).toBeCloseTo(16.3, 1);
    expect(pixelFootprintMm(SENSOR_KINDS['mlx90640-110'], 0.5).widthMm).toBeCloseTo(44.6, 1);
    expect(pixelFootprintMm(SENSOR_KINDS.amg8833, 0.5).widthMm).toBeCloseTo(72.2, 1);
  });

  it('the simulator’s default installation covers the kiosk’s region at 32×24 and 80×62', () => {
    const spec = { roomC: 22, driftC: 0, noiseC: 0, blackbodyC: 35, heads: [] };
    for (const kind of [SENSOR_KINDS['mlx90640-55'], SENSOR_KINDS.mi48]) {
      const scene = physicalScene(spec, kind);
      expect(scene.blackbody!.diameterMm).toBeCloseTo(60, 6);
      expect(scene.blackbody!.distanceM).toBeGreaterThan(0.2);
      expect(scene.blackbody!.distanceM).toBeLessThan(0.6);
      const img = renderClean(scene, kind);
      const inner = scaleBlackbody(DEFAULT_BLACKBODY, { width: 32, height: 24 }, kind)!;
      const values: number[] = [];
      for (let row = inner.row; row < inner.row + inner.height; row++) {
        for (let col = inner.col; col < inner.col + inner.width; col++) {
          values.push(img[row * kind.width + col]!);
        }
      }
      values.sort((a, b) => a - b);
      // The centre reads the set point; the edges lose at most a few tenths to the blur.
      expect(values.at(-1)!).toBeGreaterThan(34.95);
      expect(values[0]!).toBeGreaterThan(34.5);
    }
  });
});
