// The staff's settings as the engine understands them. Only the fields staff control change;
// everything else (pipeline, calibration, timing in frames) is kept as it was.
import type { KioskSettings } from '../../contract/settings.js';
import type { DecisionModeInput } from '../estimation/decision.js';
import type { EngineSettings } from '../estimation/engine-settings.js';

/** A new EngineSettings with `s` applied; `engine` is left untouched. */
export function applyKioskSettings(engine: EngineSettings, s: KioskSettings): EngineSettings {
  // Settings are stored in °C whatever unit the console shows, so the engine gets °C too.
  const threshold = { unit: 'C', value: s.decision.thresholdC } as const;
  const previous = engine.decision;
  // Tuning staff never see (borderline k, baseline window…) survives when the mode stays the same.
  const decision: DecisionModeInput =
    s.decision.mode === 'threshold'
      ? { ...(previous.mode === 'threshold' ? previous : {}), mode: 'threshold', threshold }
      : {
          ...(previous.mode === 'baseline' ? previous : {}),
          mode: 'baseline',
          threshold,
          deviation: { unit: 'C', value: s.decision.deviationC },
        };
  return {
    ...engine,
    decision,
    reading: {
      ...engine.reading,
      frames: s.framesPerReading,
      maxUncertaintyC: s.maxUncertaintyC,
    },
    session: {
      ...engine.session,
      resultHoldMs: s.resultSeconds * 1000,
      showTemperature: s.showTemperature,
    },
  };
}
