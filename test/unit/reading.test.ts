import { describe, expect, it } from 'vitest';
import {
  applyGainOffset,
  calibrationAgeDays,
  gainOffset,
} from '../../electron/core/estimation/camera-calibration.js';
import type { SensorProfile } from '../../electron/core/estimation/observation.js';
import {
  ReadingAccumulator,
  resolutionUncertaintyC,
} from '../../electron/core/estimation/reading.js';

const mlx: SensorProfile = { width: 32, height: 24, hfovDeg: 55, singlePoint: false };
const spot: SensorProfile = { width: 1, height: 1, hfovDeg: 5, singlePoint: true };

describe('reading accumulator', () => {
  it('takes the median of the frames and combines the uncertainty terms in quadrature', () => {
    const acc = new ReadingAccumulator({
      frames: 5,
      maxUncertaintyC: 0.4,
      perCalibrationDayC: 0.01,
    });
    for (const v of [35.0, 35.2, 35.1, 39.0, 35.1]) acc.add(v, 0.02);
    expect(acc.ready).toBe(true);
    const { faceC, uncertaintyC } = acc.result(mlx, 10);
    expect(faceC).toBeCloseTo(35.1, 10); // the 39.0 outlier does not move the median
    // sd of the five values, then 1.25·sd/√5, then with 0.02 (blackbody), 0.08 (32×24), 0.1 (10 days)
    const sd = Math.sqrt(
      [35.0, 35.2, 35.1, 39.0, 35.1].reduce((s, v) => s + (v - 35.88) ** 2, 0) / 4,
    );
    expect(uncertaintyC).toBeCloseTo(Math.hypot((1.25 * sd) / Math.sqrt(5), 0.02, 0.08, 0.1), 10);
  });

  it('charges low resolutions and single-point sensors more', () => {
    expect(resolutionUncertaintyC(spot)).toBeGreaterThan(
      resolutionUncertaintyC({ ...mlx, width: 8, height: 8 }),
    );
    expect(resolutionUncertaintyC({ ...mlx, width: 8, height: 8 })).toBeGreaterThan(
      resolutionUncertaintyC(mlx),
    );
    expect(resolutionUncertaintyC(mlx)).toBeGreaterThan(
      resolutionUncertaintyC({ ...mlx, width: 80, height: 62 }),
    );
  });

  it('is not ready until enough frames, and starts over after reset', () => {
    const acc = new ReadingAccumulator({ frames: 3, maxUncertaintyC: 0.4, perCalibrationDayC: 0 });
    acc.add(35, 0);
    acc.add(35, 0);
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
