// The staff's settings: applied at once (the next frame is judged by them), kept, published, and
// noted as a device event naming the settings that changed.
import type { KioskSettings } from '../../contract/settings.js';
import type { KioskPersistence } from '../kiosk-persistence.js';
import type { EngineConfig } from './engine-config.js';
import type { KioskContext } from './kiosk-context.js';

export class SettingsService {
  constructor(
    private readonly context: KioskContext,
    private readonly engine: EngineConfig,
    private readonly persistence: KioskPersistence,
    /** A retention change deletes what is now older at once. */
    private readonly onRetentionChanged: () => void,
  ) {}

  current(): KioskSettings {
    return this.engine.settings;
  }

  async update(settings: KioskSettings): Promise<KioskSettings> {
    const before = this.engine.settings;
    const changed = (Object.keys(settings) as Array<keyof KioskSettings>).filter(
      (key) => JSON.stringify(settings[key]) !== JSON.stringify(before[key]),
    );
    this.persistence.saveSettings(settings);
    await this.engine.change({ settings });
    this.context.emit('settings', settings);
    this.context.log('kiosk: settings changed by staff');
    this.context.note('settings-changed', changed.join(', '));
    if (changed.includes('retentionDays')) this.onRetentionChanged();
    return settings;
  }
}
