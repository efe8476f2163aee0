// Second checks: after a refer, staff record what the clinical thermometer said, as one of three
// outcomes. Kept as counts per local hour, kiosk and outcome (never per person, never tied to a
// verdict or a time finer than the hour), so HR can see how often referrals were confirmed.
import { z } from 'zod';
import { LocalDateSchema } from './schemas.js';

export const SecondCheckOutcomeSchema = z.enum(['confirmed', 'not-confirmed', 'declined']);
export type SecondCheckOutcome = z.infer<typeof SecondCheckOutcomeSchema>;

const Count = z.number().int().nonnegative();

/** One local day's second-check totals (all hours and kiosks together). */
export const SecondCheckDaySchema = z.object({
  date: LocalDateSchema,
  confirmed: Count,
  notConfirmed: Count,
  declined: Count,
});
export type SecondCheckDay = z.infer<typeof SecondCheckDaySchema>;

/** The share of checked referrals a clinical thermometer confirmed, with its 95 % interval
 * (Wilson score); null where nothing was checked. Declined ones are not in the share. */
export const ConfirmedShareSchema = z.object({
  confirmed: Count,
  checked: Count,
  share: z.number().min(0).max(1).nullable(),
  low: z.number().min(0).max(1).nullable(),
  high: z.number().min(0).max(1).nullable(),
});
export type ConfirmedShare = z.infer<typeof ConfirmedShareSchema>;

export const SecondChecksSchema = z.object({
  days: z.array(SecondCheckDaySchema),
  share: ConfirmedShareSchema,
  declined: Count,
  /** Refers in the range (the screening counts), for "n of m referrals had an outcome". */
  referred: Count,
});
export type SecondChecks = z.infer<typeof SecondChecksSchema>;

/**
 * The referral rate over the last days against what the calibration expects. 'too-many' usually
 * means a cold draught, sunlight or a stale calibration; 'too-few' a blocked view.
 */
export const ReferralRateCheckSchema = z.object({
  verdict: z.enum(['ok', 'too-many', 'too-few', 'not-enough-data']),
  days: z.number().int().positive(),
  screened: Count,
  referred: Count,
  /** The share of people the calibration expects to be referred (0–1). */
  expected: z.number().min(0).max(1),
  /** The range of shares that is not a warning over this many people (0–1). */
  low: z.number().min(0).max(1),
  high: z.number().min(0).max(1),
});
export type ReferralRateCheck = z.infer<typeof ReferralRateCheckSchema>;
