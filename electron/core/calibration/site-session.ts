// One site calibration with people, in memory only: the volunteers (each with the kiosk's reading
// and the clinical thermometer's value staff typed), the checks that answer bad input with one
// sentence, and the fit. Nothing here is ever stored or logged: the kiosk stores only the fitted
// record `acceptable()` returns, once staff accept a fit that passed its checks.
import { ApiFailure } from '../../contract/api.js';
import {
  SITE_LIMITS,
  type SiteCalibrationInfo,
  type SiteFit,
  type VolunteerSlot,
} from '../../contract/site-calibration.js';
import type { CapturedReading } from '../estimation/messages.js';
import {
  clinicalValueProblem,
  fitSiteCalibration,
  type SiteCalibration,
  type SiteFitOptions,
} from '../estimation/site-calibration.js';

/** The kiosk's decision settings the expected figures are worked out at. */
export type FitSettings = Pick<SiteFitOptions, 'thresholdC' | 'borderlineK'>;

/** Without a reading's own uncertainty to go by (none read yet), 1σ, °C. */
export const DEFAULT_READING_UNCERTAINTY_C = 0.1;

interface Volunteer {
  slot: number;
  reading: CapturedReading | null;
  clinicalC: number | null;
}

function refuse(sentence: string): never {
  throw new ApiFailure('rejected', sentence);
}

/** The stored record as the console shows it. */
export function siteInfo(c: SiteCalibration): SiteCalibrationInfo {
  const { date, sensor, offsetC, seC, spreadC, n, distanceM } = c;
  return { date, sensor, offsetC, seC, spreadC, n, distanceM };
}

export class SiteSession {
  private readonly volunteers: Volunteer[] = [];
  private nextSlot = 1;
  /** The fit of the values as they are now; dropped by any change. */
  private fitted: { view: SiteFit; calibration: SiteCalibration | null } | null = null;

  /** `sensor`: the sensor key the volunteers are read with; the fit applies to it only. */
  constructor(readonly sensor: string) {}

  /** Whether a volunteer is waiting for the kiosk's reading. */
  get waiting(): boolean {
    return this.volunteers.some((v) => v.reading === null);
  }

  /** Adds a volunteer the kiosk's next pass/refer reading belongs to; returns their number. */
  readNext(): number {
    const waiting = this.volunteers.find((v) => v.reading === null);
    if (waiting) {
      refuse(
        `Volunteer ${waiting.slot} is still waiting for the kiosk's reading: ask them to step up to the kiosk, or drop them.`,
      );
    }
    if (this.volunteers.length >= SITE_LIMITS.maxVolunteers) {
      refuse(`${SITE_LIMITS.maxVolunteers} volunteers is the most one session holds: fit now.`);
    }
    const slot = this.nextSlot++;
    this.volunteers.push({ slot, reading: null, clinicalC: null });
    this.changed();
    return slot;
  }

  /** The kiosk's reading arrived: it fills the waiting volunteer's slot (false: nobody waits). */
  captured(reading: CapturedReading): boolean {
    const waiting = this.volunteers.find((v) => v.reading === null);
    if (!waiting) return false;
    waiting.reading = reading;
    this.changed();
    return true;
  }

  /** The clinical thermometer's reading for a volunteer the kiosk has read, °C. */
  enterValue(slot: number, clinicalC: number): void {
    const v = this.volunteer(slot);
    if (v.reading === null) {
      refuse(
        `Volunteer ${slot}: wait for the kiosk's reading first, then read the thermometer right after it.`,
      );
    }
    if (v.clinicalC !== null) {
      refuse(
        `Volunteer ${slot} already has a thermometer value: clear it first if it was typed wrong.`,
      );
    }
    const problem = clinicalValueProblem(clinicalC);
    if (problem) refuse(`Volunteer ${slot}: ${problem}`);
    v.clinicalC = clinicalC;
    this.changed();
  }

  clearValue(slot: number): void {
    this.volunteer(slot).clinicalC = null;
    this.changed();
  }

  /** Drops a volunteer: their reading and value are forgotten. Returns whether they were waiting. */
  drop(slot: number): boolean {
    const v = this.volunteer(slot);
    this.volunteers.splice(this.volunteers.indexOf(v), 1);
    this.changed();
    return v.reading === null;
  }

  slots(): VolunteerSlot[] {
    return this.volunteers.map((v) => ({
      slot: v.slot,
      reading: v.reading === null ? 'waiting' : 'taken',
      clinicalC: v.clinicalC,
    }));
  }

  /** Fits the complete volunteers; every incomplete one is a problem to fix first. */
  fit(settings: FitSettings, date: string): SiteFit {
    const problems: string[] = [];
    const complete: Array<{ reading: CapturedReading; clinicalC: number }> = [];
    for (const v of this.volunteers) {
      if (v.reading === null) {
        problems.push(
          `Volunteer ${v.slot} has not been read by the kiosk yet: wait for the reading, or drop the volunteer.`,
        );
      } else if (v.clinicalC === null) {
        problems.push(
          `Volunteer ${v.slot} has no thermometer value: type it, or drop the volunteer.`,
        );
      } else complete.push({ reading: v.reading, clinicalC: v.clinicalC });
    }
    const fit = fitSiteCalibration(
      complete.map(({ reading, clinicalC }) => ({
        kioskFaceC: reading.faceC,
        clinicalC,
        distanceM: reading.distanceM,
      })),
      {
        ...settings,
        sensor: this.sensor,
        date,
        readingUncertaintyC: medianUncertainty(complete.map((c) => c.reading.uncertaintyC)),
      },
    );
    const view: SiteFit = {
      calibration: fit.calibration ? siteInfo(fit.calibration) : null,
      expected: fit.expected,
      thresholdC: settings.thresholdC,
      problems: [...problems, ...fit.problems],
    };
    this.fitted = { view, calibration: fit.calibration };
    return view;
  }

  /** The latest fit, while the values have not changed since. */
  currentFit(): SiteFit | null {
    return this.fitted?.view ?? null;
  }

  /** The record to store: the current fit, when it passed every check. */
  acceptable(): SiteCalibration {
    const fitted = this.fitted;
    if (!fitted) refuse('Fit the values first: the fit is checked before it can be accepted.');
    if (fitted.view.problems.length > 0) refuse(fitted.view.problems.join(' '));
    if (!fitted.calibration) refuse('There is no fit to accept yet.');
    return fitted.calibration;
  }

  private volunteer(slot: number): Volunteer {
    const v = this.volunteers.find((x) => x.slot === slot);
    if (!v) refuse(`There is no volunteer ${slot} in this session.`);
    return v;
  }

  private changed(): void {
    this.fitted = null;
  }
}

/** The readings' typical uncertainty: what the borderline rule will add to a new reading. */
function medianUncertainty(values: readonly number[]): number {
  const finite = values.filter((u) => Number.isFinite(u)).sort((a, b) => a - b);
  if (finite.length === 0) return DEFAULT_READING_UNCERTAINTY_C;
  const mid = finite.length >> 1;
  return finite.length % 2 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2;
}
