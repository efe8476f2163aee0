// The estimation engine's configuration: calibrations (shipped, camera, site) plus the staff's
// settings. Every change goes to the worker before the next frame is judged.
import type { KioskSettings } from '../../contract/settings.js';
import { resolveDecisionSettings } from '../estimation/decision.js';
import type { EngineSettings } from '../estimation/engine-settings.js';
import { applyKioskSettings } from '../settings/engine-from-settings.js';

export class EngineConfig {
  constructor(
    private engineValue: EngineSettings,
    private settingsValue: KioskSettings,
    private readonly configure: (applied: EngineSettings) => Promise<void>,
  ) {}

  /** The engine before staff settings. */
  get engine(): EngineSettings {
    return this.engineValue;
  }

  get settings(): KioskSettings {
    return this.settingsValue;
  }

  /** What the worker runs: the engine with the staff's settings applied. */
  applied(): EngineSettings {
    return applyKioskSettings(this.engineValue, this.settingsValue);
  }

  /** The pass/refer threshold and borderline band now in force (for a site calibration's fit). */
  decision(): { thresholdC: number; borderlineK: number } {
    const d = resolveDecisionSettings(this.applied().decision);
    return { thresholdC: d.thresholdC, borderlineK: d.borderlineK };
  }

  async change(next: { engine?: EngineSettings; settings?: KioskSettings }): Promise<void> {
    if (next.engine) this.engineValue = next.engine;
    if (next.settings) this.settingsValue = next.settings;
    await this.reconfigure();
  }

  reconfigure(): Promise<void> {
    return this.configure(this.applied());
  }
}
