// The second checks over the export's range (by day, the confirmed share and its interval), asked
// again when the range changes, when today's counts change and when a tap changes the waiting
// referrals.
import { useEffect, useState } from 'react';
import type { SecondCheckDay, SecondChecks } from '@contract/second-checks.js';
import { useKioskStore } from '../../store/kiosk-store';
import { useStaffCall } from '../shared/staff-api';

/** The answer for a range ("from|to"), kept with the range it answers. */
interface Fetched {
  range: string;
  checks: SecondChecks | null;
}

export function useRangeSecondChecks(
  range: { from: string; to: string } | null,
): SecondChecks | null {
  const staffCall = useStaffCall();
  const [fetched, setFetched] = useState<Fetched | null>(null);
  const todayScreened = useKioskStore((s) => s.today?.screened ?? 0);
  const pending = useKioskStore((s) => s.pendingReferrals);
  const rangeKey = range ? `${range.from}|${range.to}` : null;

  useEffect(() => {
    if (!rangeKey) return;
    const [from, to] = rangeKey.split('|') as [string, string];
    let active = true;
    void staffCall('getSecondChecks', { range: { from, to } }).then((result) => {
      // A refusal leaves the last good answer for this range up (the counts say why beside it).
      if (active && result.ok) setFetched({ range: rangeKey, checks: result.value });
    });
    return () => {
      active = false;
    };
  }, [rangeKey, todayScreened, pending, staffCall]);

  return fetched?.range === rangeKey ? fetched.checks : null;
}

/** The range's second checks by date, for the table and the chart (missing days are zero). */
export function checksByDate(checks: SecondChecks | null): Map<string, SecondCheckDay> {
  return new Map((checks?.days ?? []).map((d) => [d.date, d]));
}
