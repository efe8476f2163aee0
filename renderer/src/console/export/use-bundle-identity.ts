// The kiosk's signing identity and the daily folder's state, asked when the Export tab opens and
// again every half minute: the daily write (or its failure) shows without reopening the tab.
import { useCallback } from 'react';
import { usePoll, type Polled } from '../shared/use-poll';
import { useStaffCall } from '../shared/staff-api';
import type { BundleIdentity } from '@contract/bundle.js';

const EVERY_MS = 30_000;

export function useBundleIdentity(): Polled<BundleIdentity> {
  const staffCall = useStaffCall();
  const ask = useCallback(() => staffCall('getBundleIdentity', {}), [staffCall]);
  return usePoll(ask, EVERY_MS);
}
