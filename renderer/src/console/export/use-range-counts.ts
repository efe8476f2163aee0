// The day-by-day counts over the export's range, asked again when the range changes and when a
// new verdict changes today's counts; every day of the range filled in, and their totals.
import { useEffect, useMemo, useState } from 'react';
import type { ApiError } from '@contract/api.js';
import type { DailyCount } from '@contract/schemas.js';
import { useKioskStore } from '../../store/kiosk-store';
import { useStaffCall } from '../shared/staff-api';
import { fillDays, totals, type Totals } from './export-form';

/** The counts the kiosk sent for a range ("from|to"), kept with the range they answer. */
interface Fetched {
  range: string;
  counts: DailyCount[] | null;
  error: ApiError | null;
}

export interface RangeCounts {
  days: DailyCount[] | null;
  sum: Totals | null;
  /** The last refusal for this range (the last good counts stay up beside it). */
  error: ApiError | null;
}

export function useRangeCounts(range: { from: string; to: string } | null): RangeCounts {
  const staffCall = useStaffCall();
  const [fetched, setFetched] = useState<Fetched | null>(null);
  const todayScreened = useKioskStore((s) => s.today?.screened ?? 0);
  const rangeKey = range ? `${range.from}|${range.to}` : null;

  useEffect(() => {
    if (!rangeKey) return;
    const [from, to] = rangeKey.split('|') as [string, string];
    let active = true;
    void staffCall('getCounts', { range: { from, to } }).then((result) => {
      if (!active) return;
      setFetched((previous) =>
        result.ok
          ? { range: rangeKey, counts: result.value, error: null }
          : {
              range: rangeKey,
              counts: previous?.range === rangeKey ? previous.counts : null,
              error: result.error,
            },
      );
    });
    return () => {
      active = false;
    };
  }, [rangeKey, todayScreened, staffCall]);

  const days = useMemo(() => {
    if (!rangeKey || fetched?.range !== rangeKey || !fetched.counts) return null;
    const [from, to] = rangeKey.split('|') as [string, string];
    return fillDays(from, to, fetched.counts);
  }, [rangeKey, fetched]);
  const sum = useMemo(() => (days ? totals(days) : null), [days]);
  const error = fetched?.range === rangeKey ? (fetched?.error ?? null) : null;
  return { days, sum, error };
}
