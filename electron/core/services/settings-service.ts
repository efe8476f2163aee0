// The staff's settings: applied at once (the next frame is judged by them), kept, published, and
// noted as a device event naming the settings that changed. The date they last changed is kept
// next to them (the deployment pack's papers are marked with it); a kiosk whose settings were
// never changed dates them from its first start.
import type { KioskSettings } from '../../contract/settings.js';
import type { KioskPersistence } from '../kiosk-persistence.js';
import { localDateTime } from '../settings/settings-date.js';
import type { EngineConfig } from './engine-config.js';
import type { KioskContext } from './kiosk-context.js';

export class SettingsService {
  private settingsDate: string;

  constructor(
    private readonly context: KioskContext,
    private readonly engine: EngineConfig,
    private readonly persistence: KioskPersistence,
    /** The kiosk's time zone for the settings date (default: the system's). */
    private readonly zone: { timeZone?: string },
    /** A retention change deletes what is now older at once. */
    private readonly onRetentionChanged: () => void,
  ) {
    const stored = persistence.loadSettingsDate();
    this.settingsDate = stored ?? this.stamp();
  }

  current(): KioskSettings {
    return this.engine.settings;
  }

  /** When the settings last changed (local "YYYY-MM-DDTHH:mm"), or the kiosk's first start. */
  date(): string {
    return this.settingsDate;
  }

  async update(settings: KioskSettings): Promise<KioskSettings> {
    const before = this.engine.settings;
    const changed = (Object.keys(settings) as Array<keyof KioskSettings>).filter(
      (key) => JSON.stringify(settings[key]) !== JSON.stringify(before[key]),
    );
    this.persistence.saveSettings(settings);
    // Saving the same values again changes nothing the papers describe: their date stays.
    if (changed.length > 0) this.settingsDate = this.stamp();
    await this.engine.change({ settings });
    this.context.emit('settings', settings);
    this.context.log('kiosk: settings changed by staff');
    this.context.note('settings-changed', changed.join(', '));
    if (changed.includes('retentionDays')) this.onRetentionChanged();
    return settings;
  }

  /** Dates the settings now and keeps the date; a date that cannot be kept still applies. */
  private stamp(): string {
    const date = localDateTime(this.context.now(), this.zone.timeZone);
    try {
      this.persistence.saveSettingsDate(date);
    } catch (error) {
      this.context.log(`kiosk: could not keep the settings date: ${(error as Error).message}`);
    }
    return date;
  }
}
