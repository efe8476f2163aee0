// The daily conditions record for compliance files: how long the kiosk was ready, how long it was
// paused and why, the room's range as the sensor saw it, the reference's stability and the
// calibration's age. Counts and durations only: nothing about any person.
import { z } from 'zod';
import { LocalDateSchema, PauseReasonSchema } from './schemas.js';

const Minutes = z.number().int().nonnegative();

export const ConditionsDaySchema = z.object({
  date: LocalDateSchema,
  kiosk: z.string(),
  /** Minutes verdicts could be given. */
  readyMinutes: Minutes,
  /** Minutes paused, by reason (only reasons that occurred). */
  pausedMinutes: z.partialRecord(PauseReasonSchema, Minutes),
  /** The room's lowest and highest reading from the sensor that day, °C (null: never known). */
  roomMinC: z.number().nullable(),
  roomMaxC: z.number().nullable(),
  /** Minutes the reference blackbody was stable, and minutes it was not (missing, moved,
   * unstable, out of tolerance); both 0 where none is configured. */
  referenceStableMinutes: Minutes,
  referenceUnstableMinutes: Minutes,
  /** The camera calibration's age in days at the end of the day's record (null: shipped only). */
  calibrationAgeDays: z.number().int().nonnegative().nullable(),
});
export type ConditionsDay = z.infer<typeof ConditionsDaySchema>;
