import { describe, expect, it } from 'vitest';
import {
  applyGainOffset,
  calibrationAgeDays,
  gainOffset,
} from '../../electron/core/estimation/camera-calibration.js';
import type { SensorProfile } from '../../electron/core/estimation/observation.js';
import type { OpticsTable } from '../../electron/core/estimation/optics-correction.js';
import {
  ReadingAccumulator,
  unmodelledUncertaintyC,
} from '../../electron/core/estimation/reading.js';

const mlx: SensorProfile = { width: 32, height: 24, hfovDeg: 55, singlePoint: false };
const spot: SensorProfile = { width: 1, height: 1, hfovDeg: 5, singlePoint: true };
/** A made-up optics model for 32×24 at 55°: 1.0 °C lost at 0.4 m, 2.0 °C at 0.8 m. */
const optics: OpticsTable = {
  source: 'test',
  version: 1,
  maxSpreadC: 0.3,
  curves: [
    {
      sensor: '32x24@55',
      label: 'test',
      width: 32,
      height: 24,
      hfovDeg: 55,
      singlePoint: false,
      points: [
        { rawDistanceM: 0.45, distanceM: 0.4, lossC: 1, spreadC: 0.1, n: 10 },
        { rawDistanceM: 0.9, distanceM: 0.8, lossC: 2, spreadC: 0.5, n: 10 },
      ],
    },
  ],
};
const noOptics: OpticsTable = { ...optics, curves: [] };

describe('reading accumulator', () => {
  it('takes the median of the frames and combines the uncertainty terms in quadrature', () => {
    const acc = new ReadingAccumulator({
      frames: 5,
      maxUncertaintyC: 0.4,
      perCalibrationDayC: 0.01,
    });
    const distances = [0.5, 0.6, 0.6, 0.5, 0.7];
    [35.0, 35.2, 35.1, 39.0, 35.1].forEach((v, i) => acc.add(v, 0.02, distances[i]!));
    expect(acc.ready).toBe(true);
    const reading = acc.result(mlx, 10, 0, optics)!;
    // The median face (the 39.0 outlier does not move it) plus the loss at the median distance
    // (0.6 m: halfway between the table's points), with that distance's spread.
    expect(reading.distanceM).toBeCloseTo(0.6, 10);
    expect(reading.lossC).toBeCloseTo(1.5, 10);
    expect(reading.faceC).toBeCloseTo(35.1 + 1.5, 10);
    const sd = Math.sqrt(
      [35.0, 35.2, 35.1, 39.0, 35.1].reduce((s, v) => s + (v - 35.88) ** 2, 0) / 4,
    );
    // 1.25·sd/√5 (frames), 0.02 (blackbody), 0.3 (optics spread at 0.6 m), 0.1 (10 days)
    expect(reading.uncertaintyC).toBeCloseTo(
      Math.hypot((1.25 * sd) / Math.sqrt(5), 0.02, 0.3, 0.1),
      10,
    );
    // A site calibration's standard error joins the sum.
    expect(acc.result(mlx, 10, 0.2, optics)!.uncertaintyC).toBeCloseTo(
      Math.hypot(reading.uncertaintyC, 0.2),
      10,
    );
  });

  it('has no reading outside the optics model, and charges unmodelled sensors', () => {
    const acc = new ReadingAccumulator({ frames: 2, maxUncertaintyC: 0.4, perCalibrationDayC: 0 });
    acc.add(35, 0, 1.2);
    acc.add(35, 0, 1.2);
    expect(acc.result(mlx, 0, 0, optics)).toBeNull();
    const unmodelled = acc.result(mlx, 0, 0, noOptics)!;
    expect(unmodelled.faceC).toBe(35);
    expect(unmodelled.uncertaintyC).toBeCloseTo(unmodelledUncertaintyC(mlx), 10);
    expect(unmodelledUncertaintyC(spot)).toBeGreaterThan(unmodelledUncertaintyC(mlx));
    expect(unmodelledUncertaintyC(mlx)).toBeGreaterThan(
      unmodelledUncertaintyC({ ...mlx, width: 80, height: 62 }),
    );
  });

  it('is not ready until enough frames, and starts over after reset', () => {
    const acc = new ReadingAccumulator({ frames: 3, maxUncertaintyC: 0.4, perCalibrationDayC: 0 });
    acc.add(35, 0, null);
    acc.add(35, 0, null);
    expect(acc.ready).toBe(false);
    acc.reset();
    expect(acc.frames).toBe(0);
  });
});

describe('two-point camera calibration', () => {
  it('derives gain and offset from two blackbody set points and applies them', () => {
    const go = gainOffset({
      date: '2026-11-01',
      low: { setC: 30, measuredC: 29.5 },
      high: { setC: 37, measuredC: 36.3 },
    });
    expect(go.gain).toBeCloseTo(7 / 6.8, 12);
    const px = Float32Array.of(29.5, 36.3);
    applyGainOffset(px, go);
    expect(px[0]).toBeCloseTo(30, 4);
    expect(px[1]).toBeCloseTo(37, 4);
  });

  it('refuses set points too close together or an implausible gain, saying why', () => {
    expect(() =>
      gainOffset({
        date: '2026-11-01',
        low: { setC: 35, measuredC: 35 },
        high: { setC: 36, measuredC: 36 },
      }),
    ).toThrow(/at least 2 °C apart/);
    expect(() =>
      gainOffset({
        date: '2026-11-01',
        low: { setC: 30, measuredC: 30 },
        high: { setC: 37, measuredC: 31 },
      }),
    ).toThrow(/gain of 7\.000, outside 0\.8–1\.25/);
  });

  it('counts its age in days', () => {
    const cal = {
      date: '2026-11-01',
      low: { setC: 30, measuredC: 30 },
      high: { setC: 37, measuredC: 37 },
    };
    expect(calibrationAgeDays(cal, new Date('2026-11-23T12:00:00Z'))).toBe(22);
    expect(calibrationAgeDays({ ...cal, date: 'someday' }, new Date())).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
});
