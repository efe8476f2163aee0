// Which sensor streams (its optics key, e.g. "32x24@55"), the site calibration with people that
// applies to it, the "physical model only" notice, and the wizard that fits a new one.
import type { CalibrationInfo } from '../../contract/staff.js';
import type { SiteWizardState } from '../../contract/site-calibration.js';
import { siteInfo } from '../calibration/site-session.js';
import { SiteWizard, type SiteWizardHost } from '../calibration/site-wizard.js';
import { sensorCapability, sensorKey } from '../estimation/optics-correction.js';
import { profileFor } from '../estimation/pipeline-settings.js';
import type { SiteCalibration } from '../estimation/site-calibration.js';
import type { KioskPersistence } from '../kiosk-persistence.js';
import type { EngineConfig } from './engine-config.js';
import type { KioskContext } from './kiosk-context.js';

export interface SiteCalibrationOptions {
  context: KioskContext;
  engine: EngineConfig;
  persistence: KioskPersistence;
  /** The size of the frames now arriving, or null before the first. */
  frameSize: () => { width: number; height: number } | null;
  streaming: () => boolean;
  armCapture: (armed: boolean) => void;
  isOpen: (session: string) => boolean;
}

export type CalibrationTrust = Pick<CalibrationInfo, 'site' | 'optics' | 'physicalModelOnly'>;

export class SiteCalibrationService {
  /** The site calibration with people: its session lives here, in memory only. */
  readonly wizard: SiteWizard;
  /** The sensor now streaming, by its optics key; null before a frame. */
  private key: string | null = null;
  private size = '';
  private modelOnlyShown = false;

  constructor(private readonly options: SiteCalibrationOptions) {
    const host: SiteWizardHost = {
      streamingSensor: () => (options.streaming() ? this.key : null),
      armCapture: (armed) => options.armCapture(armed),
      fitSettings: () => options.engine.decision(),
      today: () => options.context.local().date,
      isOpen: (session) => options.isOpen(session),
    };
    this.wizard = new SiteWizard(host);
  }

  /**
   * A frame of another size (a new sensor): its key decides which site calibration applies, and a
   * site-calibration session read with another sensor ends.
   */
  onFrameSize(width: number, height: number): void {
    const size = `${width}x${height}`;
    if (size === this.size) return;
    this.size = size;
    const { engine, persistence, context } = this.options;
    const key = sensorKey(profileFor(width, height, engine.engine.profile));
    if (key === this.key) return;
    this.key = key;
    this.wizard.sensorChanged(key);
    const stored = persistence.loadSiteCalibration(key);
    if (stored && JSON.stringify(stored) !== JSON.stringify(engine.engine.site)) {
      void engine
        .change({ engine: { ...engine.engine, site: stored } })
        .catch((error: Error) =>
          context.log(`kiosk: could not apply the site calibration: ${error.message}`),
        );
    }
    this.publishModelNotice();
  }

  /**
   * Stores the site calibration staff accepted (the fit only: never a volunteer's value), applies
   * it from the next reading, and ends the wizard's session.
   */
  async accept(session: string): Promise<SiteWizardState> {
    const { engine, persistence, context } = this.options;
    const site = this.wizard.acceptable(session);
    persistence.saveSiteCalibration(site);
    await engine.change({ engine: { ...engine.engine, site } });
    const summary = describeSite(site);
    context.log(`kiosk: site calibration accepted by staff: ${summary}`);
    context.note('calibration-accepted', `site calibration with people: ${summary}`);
    this.publishModelNotice();
    return this.wizard.accepted(session, site);
  }

  /** How far readings can be trusted: site calibration, the sensor's optics, model-only. */
  trust(): CalibrationTrust {
    const site = this.siteInUse();
    const profile = this.profile();
    return {
      site: site ? siteInfo(site) : null,
      optics: profile ? sensorCapability(profile) : null,
      physicalModelOnly: this.physicalModelOnly(),
    };
  }

  /**
   * Readings rest on the physical model only: the sensor cannot resolve the face's hottest spot
   * (anything but a high-resolution sensor the optics model describes, with no loss to add back)
   * and has no site calibration. Unknown before the first frame.
   */
  physicalModelOnly(): boolean {
    const profile = this.profile();
    if (!profile || this.siteInUse()) return false;
    const optics = sensorCapability(profile);
    const resolvesFace = optics.modelled && optics.lossC !== null && optics.lossC <= 0;
    return !resolvesFace;
  }

  private publishModelNotice(): void {
    const now = this.physicalModelOnly();
    if (now === this.modelOnlyShown) return;
    this.modelOnlyShown = now;
    this.options.context.emit('physicalModelOnly', now);
  }

  /** The sensor's optics as the engine sees them (size from its frames, lens from the settings). */
  private profile(): ReturnType<typeof profileFor> | null {
    const size = this.options.frameSize();
    return size ? profileFor(size.width, size.height, this.options.engine.engine.profile) : null;
  }

  /** The site calibration the engine applies to the sensor now streaming, or null. */
  private siteInUse(): SiteCalibration | null {
    const site = this.options.engine.engine.site;
    return site && this.key !== null && site.sensor === this.key ? site : null;
  }
}

/** The fitted site calibration in one line: no volunteer's value, only the fit. */
function describeSite(site: SiteCalibration): string {
  const sign = site.offsetC >= 0 ? '+' : '−';
  return `${site.n} volunteers, offset ${sign}${Math.abs(site.offsetC).toFixed(2)} °C ± ${site.seC.toFixed(2)}, spread ${site.spreadC.toFixed(2)} °C, sensor ${site.sensor}, ${site.date}`;
}
