// The kiosk's side of the site-calibration wizard: one session at a time, owned by the console
// session that started it, arming the worker's capture for each volunteer and ending (its values
// dropped) when that console locks — by staff, by the auto-lock, by a PIN change — or the sensor
// changes. The kiosk itself stores the accepted fit (see Kiosk.acceptSiteCalibration).
import { ApiFailure } from '../../contract/api.js';
import type {
  SiteEnded,
  SiteInterruption,
  SiteWizardState,
} from '../../contract/site-calibration.js';
import type { CapturedReading } from '../estimation/messages.js';
import type { SiteCalibration } from '../estimation/site-calibration.js';
import { siteInfo, SiteSession, type FitSettings } from './site-session.js';

export interface SiteWizardHost {
  /** The key of the sensor now streaming (e.g. "32x24@55"), or null when none is. */
  streamingSensor(): string | null;
  /** Arms (or disarms) the worker's capture of the next pass/refer reading. */
  armCapture(armed: boolean): void;
  /** The kiosk's threshold and borderline rule now. */
  fitSettings(): FitSettings;
  /** Today's local date, YYYY-MM-DD. */
  today(): string;
  /** Whether a console session is still open (false once locked or past its auto-lock time). */
  isOpen(session: string): boolean;
}

export class SiteWizard {
  private session: SiteSession | null = null;
  private owner: string | null = null;
  private ended: SiteEnded | null = null;

  constructor(private readonly host: SiteWizardHost) {}

  get active(): boolean {
    return this.session !== null;
  }

  state(staff: string): SiteWizardState {
    this.check();
    const mine = this.session !== null && this.owner === staff ? this.session : null;
    return {
      active: mine !== null,
      elsewhere: this.session !== null && mine === null,
      sensor: mine?.sensor ?? null,
      volunteers: mine?.slots() ?? [],
      fit: mine?.currentFit() ?? null,
      ended: this.ended,
    };
  }

  start(staff: string): SiteWizardState {
    this.check();
    if (this.session && this.owner === staff) return this.state(staff);
    if (this.session) throw elsewhere();
    const sensor = this.host.streamingSensor();
    if (sensor === null) {
      throw new ApiFailure(
        'rejected',
        'The sensor is not streaming: connect it (Sensor tab) before reading volunteers.',
      );
    }
    this.session = new SiteSession(sensor);
    this.owner = staff;
    this.ended = null;
    return this.state(staff);
  }

  readNext(staff: string): SiteWizardState {
    this.mine(staff).readNext();
    this.host.armCapture(true);
    return this.state(staff);
  }

  enterValue(staff: string, slot: number, clinicalC: number): SiteWizardState {
    this.mine(staff).enterValue(slot, clinicalC);
    return this.state(staff);
  }

  remove(staff: string, slot: number, what: 'value' | 'volunteer'): SiteWizardState {
    const session = this.mine(staff);
    if (what === 'value') session.clearValue(slot);
    else if (session.drop(slot)) this.host.armCapture(false);
    return this.state(staff);
  }

  fit(staff: string): SiteWizardState {
    this.mine(staff).fit(this.host.fitSettings(), this.host.today());
    return this.state(staff);
  }

  /** The fit to store, when it passed its checks (the session stays open until `accepted`). */
  acceptable(staff: string): SiteCalibration {
    return this.mine(staff).acceptable();
  }

  accepted(staff: string, calibration: SiteCalibration): SiteWizardState {
    this.end({ how: 'accepted', calibration: siteInfo(calibration) });
    return this.state(staff);
  }

  discard(staff: string): SiteWizardState {
    this.mine(staff);
    this.end({ how: 'discarded' });
    return this.state(staff);
  }

  /** Drops the session and its values, saying why to the next console that looks. */
  interrupt(why: SiteInterruption): void {
    if (this.session) this.end({ how: 'interrupted', why });
  }

  /** The kiosk is stopping: the session and its values are dropped. */
  close(): void {
    if (this.session) this.end({ how: 'discarded' });
  }

  /** A console session ended (locked by staff or by its auto-lock). */
  sessionEnded(staff: string, why: 'locked' | 'auto-lock'): void {
    if (this.session && this.owner === staff) this.interrupt(why);
  }

  /** The sensor now streaming changed: the volunteers were read with another one. */
  sensorChanged(sensor: string | null): void {
    if (this.session && this.session.sensor !== sensor) this.interrupt('sensor-changed');
  }

  /** A reading the worker captured: it fills the waiting volunteer's slot, if any. */
  onCapture(reading: CapturedReading): void {
    this.session?.captured(reading);
  }

  /** Ends the session whose console passed its auto-lock time (called every second). */
  check(): void {
    if (this.session && this.owner !== null && !this.host.isOpen(this.owner)) {
      this.interrupt('auto-lock');
    }
  }

  private mine(staff: string): SiteSession {
    this.check();
    if (!this.session) {
      throw new ApiFailure('rejected', 'No site calibration is open: start one first.');
    }
    if (this.owner !== staff) throw elsewhere();
    return this.session;
  }

  private end(ended: SiteEnded): void {
    if (this.session?.waiting) this.host.armCapture(false);
    this.session = null;
    this.owner = null;
    this.ended = ended;
  }
}

function elsewhere(): ApiFailure {
  return new ApiFailure(
    'rejected',
    'A site calibration is open in another console session: finish it there, or lock that console to discard it.',
  );
}
