import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../electron/core/sensor/backoff.js';
import type { ThermalFrame } from '../../electron/core/sensor/frame.js';
import { LinkHealth } from '../../electron/core/sensor/link-health.js';

const frame = (value: number, size = 4): ThermalFrame => ({
  width: size,
  height: 1,
  pixels: new Float32Array(size).fill(value),
  ambient: null,
  singlePoint: size === 1,
  seq: 0,
  receivedAt: 0,
});

describe('link health', () => {
  it('calls a stream stalled after several measured frame intervals without a valid frame', () => {
    const health = new LinkHealth({ typicalRateHz: 8, minStallMs: 200 }, 0);
    for (let t = 0; t <= 1000; t += 100) health.onFrame(frame(t), t); // 10 Hz measured
    expect(health.rateHz).toBeCloseTo(10, 5);
    expect(health.fault(1400)).toBeNull(); // 4 intervals
    expect(health.fault(1600)).toBe('stalled'); // > 5 intervals
    health.onFrame(frame(1), 1650);
    expect(health.fault(1700)).toBeNull();
  });

  it('never calls a stream stalled sooner than the minimum, however fast the frames', () => {
    const health = new LinkHealth({ typicalRateHz: 1000, minStallMs: 1000 }, 0);
    health.onFrame(frame(1), 0);
    health.onFrame(frame(2), 1);
    expect(health.fault(900)).toBeNull();
    expect(health.fault(1100)).toBe('stalled');
  });

  it('calls an imaging sensor frozen after identical frames, and recovers on a change', () => {
    const health = new LinkHealth({ typicalRateHz: 10, frozenFrames: 5 }, 0);
    for (let i = 0; i <= 5; i++) health.onFrame(frame(30), i * 100);
    expect(health.fault(550)).toBe('frozen');
    health.onFrame(frame(30.01), 600);
    expect(health.fault(650)).toBeNull();
  });

  it('does not call a steady single-point reading frozen', () => {
    const health = new LinkHealth({ typicalRateHz: 10, frozenFrames: 5 }, 0);
    for (let i = 0; i < 50; i++) health.onFrame(frame(31.92, 1), i * 100);
    expect(health.fault(4950)).toBeNull();
  });

  it('calls bytes without valid frames garbage only when they keep coming', () => {
    const health = new LinkHealth(
      { typicalRateHz: 10, garbageMs: 1000, garbageBytes: 100, minStallMs: 10_000 },
      0,
    );
    health.onBytes(500, 0);
    expect(health.fault(500)).toBeNull();
    health.onBytes(500, 900);
    expect(health.fault(1100)).toBe('garbage');
    health.onFrame(frame(1), 1200);
    expect(health.fault(1300)).toBeNull();
  });
});

describe('reconnect backoff', () => {
  it('doubles from 250 ms to a 5 s cap, with ±20 % jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => backoffDelay(n, () => 0.5))).toEqual([
      250, 500, 1000, 2000, 4000, 5000, 5000,
    ]);
    expect(backoffDelay(2, () => 0)).toBe(800);
    expect(backoffDelay(2, () => 1)).toBe(1200);
  });
});
