// The physical renderer integrates radiance over each pixel's footprint: a hot spot smaller than
// a pixel reads low by exactly its area share (in radiance), the lens blur lowers it further,
// and a source covering ≥ 10 × 10 pixels reads true in its centre.
import { describe, expect, it } from 'vitest';
import { discLayer } from '../../native-mocks/optics/layer.js';
import { radianceOf, temperatureOf } from '../../native-mocks/optics/radiance.js';
import { SENSOR_KINDS, type SensorKind } from '../../native-mocks/optics/sensor-kinds.js';
import { integrateView } from '../../native-mocks/optics/view-integrator.js';

/** 8–14 µm band radiance by the trapezoid rule (independent of the renderer's table). */
function planck(c: number): number {
  const [h, k, cl] = [6.62607015e-34, 1.380649e-23, 2.99792458e8];
  const t = c + 273.15;
  const n = 4000;
  const step = 6e-6 / n;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const l = 8e-6 + i * step;
    const v = (2 * h * cl * cl) / l ** 5 / Math.expm1((h * cl) / (l * k * t));
    sum += (i === 0 || i === n ? 0.5 : 1) * v;
  }
  return sum * step;
}

function invertPlanck(radiance: number): number {
  let lo = -50;
  let hi = 100;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (planck(mid) < radiance) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const BACKGROUND_C = 20;
const SPOT_C = 40;
const D = 0.5;

/** Tangent-space size of a pixel, and the centre of pixel (col, row). */
function pixelGeometry(kind: SensorKind, col: number, row: number) {
  const U = Math.tan((kind.hfovDeg * Math.PI) / 360);
  const V = Math.tan((kind.vfovDeg * Math.PI) / 360);
  const du = (2 * U) / kind.width;
  const dv = (2 * V) / kind.height;
  return { du, dv, u: -U + (col + 0.5) * du, v: -V + (row + 0.5) * dv };
}

function spotReading(kind: SensorKind, diameterMm: number, col: number, row: number): number {
  const { u, v } = pixelGeometry(kind, col, row);
  const disc = discLayer(SPOT_C, diameterMm, D, u * D, v * D);
  const wall = radianceOf(BACKGROUND_C);
  const radiance = integrateView(kind, [disc], () => wall);
  return temperatureOf(radiance[row * kind.width + col]!);
}

describe('radiance table', () => {
  it('matches Planck integrated independently, both ways, within 0.005 °C', () => {
    for (const c of [-10, 0, 20, 33.7, 37, 42, 80]) {
      expect(temperatureOf(planck(c))).toBeCloseTo(c, 2);
      expect(Math.abs(invertPlanck(radianceOf(c)) - c)).toBeLessThan(0.005);
    }
  });
});

describe('size of source', () => {
  const sharp: SensorKind = { ...SENSOR_KINDS['mlx90640-55'], blurSigmaPx: 0 };
  const { du, dv } = pixelGeometry(sharp, 16, 12);
  const diameterMm = 8; // a pixel at 0.5 m is ~16 × 13 mm

  it('a spot smaller than a pixel reads low by exactly its area share (no blur)', () => {
    const share = (Math.PI * (diameterMm / 2000 / D) ** 2) / (du * dv);
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
    const expected = invertPlanck(share * planck(SPOT_C) + (1 - share) * planck(BACKGROUND_C));
    const read = spotReading(sharp, diameterMm, 16, 12);
    expect(Math.abs(read - expected)).toBeLessThan(0.01);
    expect(SPOT_C - read).toBeGreaterThan(14); // a 40 °C spot reads ~25 °C
    // A linear mean of temperatures would be wrong by more than the tolerance.
    expect(Math.abs(read - (share * SPOT_C + (1 - share) * BACKGROUND_C))).toBeGreaterThan(0.3);
  });

  it('with the lens blur it reads lower still', () => {
    const blurred = spotReading(SENSOR_KINDS['mlx90640-55'], diameterMm, 16, 12);
    expect(blurred).toBeLessThan(spotReading(sharp, diameterMm, 16, 12) - 0.5);
  });

  it('a disc covering ≥ 10 × 10 pixels reads its true temperature in its centre', () => {
    for (const kind of [SENSOR_KINDS['mlx90640-55'], SENSOR_KINDS.mi48, SENSOR_KINDS.amg8833]) {
      const col = kind.width >> 1;
      const row = kind.height >> 1;
      const g = pixelGeometry(kind, col, row);
      // Inscribed square of the disc ≥ 10 pixels on each side.
      const diameterMm = 10 * Math.SQRT2 * Math.max(g.du, g.dv) * D * 1000;
      expect(spotReading(kind, diameterMm, col, row)).toBeCloseTo(SPOT_C, 1);
      expect(Math.abs(spotReading(kind, diameterMm, col, row) - SPOT_C)).toBeLessThan(0.05);
    }
  });
});
