import { ApiFailure, calls, type CallHandlers } from '../../electron/contract/api.js';
import type { KioskSnapshot, SensorStatus } from '../../electron/contract/schemas.js';
import { DEFAULT_SETTINGS } from '../../electron/contract/settings.js';

export const streamingSensor: SensorStatus = {
  state: 'streaming',
  fault: null,
  port: '/dev/pts/3',
  protocol: 'gy-mcu90640',
  baud: 115200,
  frames: 10,
  checksumErrors: 0,
  malformed: 0,
  resyncs: 0,
  bytesDiscarded: 0,
  repairedPixels: 0,
  reconnects: 0,
  rateHz: 8,
  lastError: null,
  lastErrorAt: null,
};

export const today = { date: '2026-11-23', screened: 2, pass: 1, refer: 1, retry: 0 };

export const demoSnapshot: KioskSnapshot = {
  mode: 'demo',
  estimatorCrashes: 0,
  room: 'ok',
  state: { screen: 'idle' },
  sensor: streamingSensor,
  today,
  settings: DEFAULT_SETTINGS,
  staff: { pinSet: true, demoPin: '0000', demoHrPin: '1111' },
  physicalModelOnly: false,
  calibrationOverdue: false,
  pendingReferrals: 0,
};

/**
 * Handlers for the calls given, as for a locked console: the guard refuses every session, so only
 * calls open to anyone (e.g. getSnapshot) get through; the rest are never reached.
 */
export function withLockedStaff(
  given: Pick<CallHandlers, 'getSnapshot'> & Partial<Omit<CallHandlers, 'authorize'>>,
): CallHandlers {
  const unreachable = (): never => {
    throw new Error('the guard should have refused this call');
  };
  const all = Object.fromEntries(Object.keys(calls).map((name) => [name, unreachable]));
  return {
    ...all,
    ...given,
    authorize: () => {
      throw new ApiFailure('unauthorized', 'the staff console is locked');
    },
  } as CallHandlers;
}
