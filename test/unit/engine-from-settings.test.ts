import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../electron/contract/settings.js';
import { defaultEngineSettings } from '../../electron/core/estimation/engine-settings.js';
import { applyKioskSettings } from '../../electron/core/settings/engine-from-settings.js';

describe('kiosk settings applied to the engine', () => {
  it('sets the decision, reading and session fields staff control, in °C', () => {
    const engine = defaultEngineSettings('2026-11-24');
    const applied = applyKioskSettings(engine, {
      ...DEFAULT_SETTINGS,
      decision: { mode: 'threshold', thresholdC: 37.8, deviationC: 0.9 },
      framesPerReading: 6,
      maxUncertaintyC: 0.25,
      resultSeconds: 8,
      showTemperature: true,
    });
    expect(applied.decision).toEqual({ mode: 'threshold', threshold: { unit: 'C', value: 37.8 } });
    expect(applied.reading).toEqual({ ...engine.reading, frames: 6, maxUncertaintyC: 0.25 });
    expect(applied.session).toEqual({
      ...engine.session,
      resultHoldMs: 8000,
      showTemperature: true,
    });
    expect(applied.pipeline).toBe(engine.pipeline);
    expect(applied.calibration).toBe(engine.calibration);
  });

  it('builds the baseline mode with its deviation, keeping tuning staff never see', () => {
    const engine = {
      ...defaultEngineSettings('2026-11-24'),
      decision: { mode: 'baseline', window: 20, borderlineK: 1.5 } as const,
    };
    const applied = applyKioskSettings(engine, {
      ...DEFAULT_SETTINGS,
      decision: { mode: 'baseline', thresholdC: 37.4, deviationC: 0.6 },
    });
    expect(applied.decision).toEqual({
      mode: 'baseline',
      window: 20,
      borderlineK: 1.5,
      threshold: { unit: 'C', value: 37.4 },
      deviation: { unit: 'C', value: 0.6 },
    });
    // Switching mode drops the other mode's tuning.
    const back = applyKioskSettings(applied, DEFAULT_SETTINGS);
    expect(back.decision).toEqual({ mode: 'threshold', threshold: { unit: 'C', value: 37.5 } });
  });

  it('does not mutate its input', () => {
    const engine = defaultEngineSettings('2026-11-24');
    const before = structuredClone(engine);
    applyKioskSettings(engine, { ...DEFAULT_SETTINGS, framesPerReading: 9, resultSeconds: 30 });
    expect(engine).toEqual(before);
  });
});
