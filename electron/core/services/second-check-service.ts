// Second checks: after a refer, staff tap what the clinical thermometer said. The kiosk keeps in
// memory only how many refers are waiting for that tap (a number: never who, never when), so a tap
// cannot invent a referral and one refer takes one tap. Each tap adds one to the counts of its
// local hour and kiosk; nothing else is noted. Also answers the confirmed share (Wilson 95 %) for a
// range, and the referral-rate check of the last days.
import { ApiFailure } from '../../contract/api.js';
import type { DateRange, Outcome } from '../../contract/schemas.js';
import type {
  ReferralRateCheck,
  SecondCheckOutcome,
  SecondChecks,
} from '../../contract/second-checks.js';
import type { KioskSettings } from '../../contract/settings.js';
import { resolveDecisionSettings, type DecisionModeInput } from '../estimation/decision.js';
import type { CountsStore } from '../records/counts-store.js';
import { addDays } from '../records/local-date.js';
import type { KioskContext } from './kiosk-context.js';
import {
  estimatorErrorSdC,
  expectedReferShare,
  REFERRAL_RATE_DAYS,
  referralRateCheck,
} from './referral-rate.js';
import { wilsonInterval } from './wilson-interval.js';

export interface SecondCheckOptions {
  context: KioskContext;
  records: CountsStore | { error: string };
  /** The kiosk's name on its counts. */
  settings: () => Pick<KioskSettings, 'kioskName'>;
  /** The decision rule in force, for the referral-rate check. */
  decision: () => DecisionModeInput;
  /** The site calibration in force for the sensor now streaming, or null (shipped calibration). */
  site: () => { spreadC: number; seC: number } | null;
}

export const NONE_PENDING =
  'No referral is waiting for a second check; an outcome can be recorded only after the kiosk refers someone.';

export class SecondCheckService {
  private waiting = 0;

  constructor(private readonly o: SecondCheckOptions) {}

  /** Refers waiting for their outcome to be tapped. */
  get pending(): number {
    return this.waiting;
  }

  /** A verdict's count: a refer that was saved now waits for its second check (one the records
   * refused was never shown, so nobody waits for it). Returns `saved`. */
  onCount(outcome: Outcome, saved: boolean): boolean {
    if (!saved || outcome !== 'refer') return saved;
    this.waiting++;
    this.o.context.emit('pendingReferrals', this.waiting);
    return saved;
  }

  /** One tap. Refused, with nothing changed, when no refer waits or the tap cannot be saved. */
  record(outcome: SecondCheckOutcome): { pending: number } {
    if (this.waiting === 0) throw new ApiFailure('rejected', NONE_PENDING);
    const records = this.o.records;
    try {
      if ('error' in records) throw new Error(records.error);
      records.secondChecks.increment(this.o.context.local(), this.o.settings().kioskName, outcome);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new ApiFailure(
        'rejected',
        `The second check could not be saved (${why}); the referral is still waiting: tap again once the records can be saved.`,
      );
    }
    this.waiting--;
    this.o.context.emit('pendingReferrals', this.waiting);
    return { pending: this.waiting };
  }

  /** The range's outcomes by day, the share confirmed (declined left out) and the refers. */
  summary(range: DateRange): SecondChecks {
    const store = this.store();
    const days = store.secondChecks.days(range);
    const sum = (key: 'confirmed' | 'notConfirmed' | 'declined') =>
      days.reduce((s, d) => s + d[key], 0);
    const confirmed = sum('confirmed');
    const checked = confirmed + sum('notConfirmed');
    const interval = wilsonInterval(confirmed, checked);
    return {
      days,
      share: {
        confirmed,
        checked,
        share: checked === 0 ? null : confirmed / checked,
        low: interval?.low ?? null,
        high: interval?.high ?? null,
      },
      declined: sum('declined'),
      referred: store.counts(range).reduce((s, d) => s + d.refer, 0),
    };
  }

  /** The referral rate of the last REFERRAL_RATE_DAYS local days against the expected one. */
  referralRate(): ReferralRateCheck {
    const records = this.o.records;
    const to = this.o.context.local().date;
    const range = { from: addDays(to, -(REFERRAL_RATE_DAYS - 1)), to };
    const decision = resolveDecisionSettings(this.o.decision());
    const expected = expectedReferShare(decision, estimatorErrorSdC(this.o.site()));
    let counts: ReturnType<CountsStore['counts']> = [];
    try {
      if (!('error' in records)) counts = records.counts(range);
    } catch {
      // Unreadable counts: the check says it has no data rather than failing the Status tab.
    }
    return referralRateCheck(counts, expected);
  }

  private store(): CountsStore {
    const records = this.o.records;
    if ('error' in records) throw new ApiFailure('rejected', records.error);
    return records;
  }
}
