// `kiosk calibrate optics`: the correction table is derived from the physical simulator by the
// kiosk's own analyser, reproducibly, and the shipped table is such a derivation for every sensor
// the simulator knows.
import { describe, expect, it } from 'vitest';
import { deriveCurve } from '../../electron/simulation/optics-derivation.js';
import { OPTICS_TABLE, sensorKey } from '../../electron/core/estimation/optics-correction.js';
import { SENSOR_KINDS } from '../../native-mocks/optics/sensor-kinds.js';

describe('optics derivation', () => {
  const options = { seed: 3, people: 60, maxSpreadC: 0.3 };
  const curve = deriveCurve(SENSOR_KINDS['mlx90640-55'], options);

  it('is deterministic: the same seed gives the same curve', () => {
    expect(deriveCurve(SENSOR_KINDS['mlx90640-55'], options)).toEqual(curve);
  });

  it('finds a face maximum that reads low, more so farther away, with its spread across people', () => {
    expect(curve.sensor).toBe('32x24@55');
    expect(curve.points.length).toBeGreaterThanOrEqual(2);
    for (const p of curve.points) {
      expect(p.lossC).toBeGreaterThan(0.5);
      expect(p.spreadC).toBeGreaterThan(0);
      // The kiosk's raw estimate (from the face-hot region's width) runs long of the truth.
      expect(p.rawDistanceM!).toBeGreaterThan(0.9 * p.distanceM);
    }
    const ordered = curve.points.map((p) => p.distanceM);
    expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
    expect(curve.points.at(-1)!.lossC).toBeGreaterThan(curve.points[0]!.lossC);
  });

  it('ships a table for every simulated sensor, written by the command it names', () => {
    expect(OPTICS_TABLE.source).toMatch(
      /npm run -s kiosk -- calibrate optics --seed 1 --people 2000/,
    );
    expect(OPTICS_TABLE.curves.map((c) => c.sensor)).toEqual(
      Object.values(SENSOR_KINDS).map((k) =>
        sensorKey({ width: k.width, height: k.height, hfovDeg: k.hfovDeg }),
      ),
    );
    for (const c of OPTICS_TABLE.curves) {
      expect(c.points.length).toBeGreaterThan(0);
      for (const p of c.points) expect(p.n).toBeGreaterThanOrEqual(25);
      // The kiosk interpolates in both: each must grow along the curve.
      for (let i = 1; i < c.points.length; i++) {
        expect(c.points[i]!.distanceM).toBeGreaterThan(c.points[i - 1]!.distanceM);
        expect(c.points[i]!.rawDistanceM!).toBeGreaterThan(c.points[i - 1]!.rawDistanceM!);
      }
    }
  });
});
