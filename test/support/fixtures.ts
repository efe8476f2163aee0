import type { KioskSnapshot, SensorStatus } from '../../electron/contract/schemas.js';

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
};
