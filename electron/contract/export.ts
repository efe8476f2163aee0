// The HR export: which days, by day or by hour, and small counts hidden as "<K". The same query
// drives the console's chart and download and the `kiosk export` command.
import { z } from 'zod';
import { LocalDateSchema } from './schemas.js';

/** Ten years and a bit: the longest retention (3650 days) fits in one export. */
export const MAX_EXPORT_DAYS = 3660;
export const SUPPRESS_LIMITS = { min: 2, max: 1_000_000 } as const;

export const ExportGroupingSchema = z.enum(['day', 'hour']);
export type ExportGrouping = z.infer<typeof ExportGroupingSchema>;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

export const ExportQuerySchema = z
  .object({
    from: LocalDateSchema,
    to: LocalDateSchema,
    by: ExportGroupingSchema,
    /** Counts from 1 to K−1 are written as "<K"; null writes every count as it is. */
    suppressBelow: z
      .number()
      .int('enter a whole number')
      .min(SUPPRESS_LIMITS.min, `must be at least ${SUPPRESS_LIMITS.min}`)
      .max(SUPPRESS_LIMITS.max, `must be at most ${SUPPRESS_LIMITS.max}`)
      .nullable(),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: '"from" must not be after "to"', path: ['to'] })
  .refine((q) => dayNumber(q.to) - dayNumber(q.from) < MAX_EXPORT_DAYS, {
    message: `a range of at most ${MAX_EXPORT_DAYS} days`,
    path: ['to'],
  });
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

export const ExportFileSchema = z.object({
  /** e.g. screening-counts_2026-11-01_2026-11-30_by-day.csv */
  filename: z.string(),
  /** RFC 4180, CRLF line ends, no BOM. */
  csv: z.string(),
  rows: z.number().int().nonnegative(),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;
