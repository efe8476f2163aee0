// Readiness before verdicts: the sensor's warm-up (injected clock), a reconnect restarting it,
// faults taking precedence, and the room out of range pausing screening. Results are fed to the
// screening service as the estimation worker would send them.
import { afterEach, describe, expect, it } from 'vitest';
import type { Outcome, ScreeningState, SensorStatus } from '../../electron/contract/schemas.js';
import type { AmbientStatus } from '../../electron/core/estimation/observation.js';
import type { WorkerResult } from '../../electron/core/estimation/worker-client.js';
import { ScreeningService } from '../../electron/core/services/screening-service.js';
import { WORKER } from '../support/paths.js';

const MINUTE = 60_000;
const T0 = Date.parse('2026-03-02T08:00:00Z');

function sensorStatus(state: SensorStatus['state'], fault: SensorStatus['fault'] = null) {
  return {
    state,
    fault,
    port: '/dev/ttyUSB0',
    protocol: 'gy-mcu90640',
    baud: 115200,
    frames: 0,
    checksumErrors: 0,
    malformed: 0,
    resyncs: 0,
    bytesDiscarded: 0,
    repairedPixels: 0,
    reconnects: 0,
    rateHz: null,
    lastError: null,
    lastErrorAt: null,
  } satisfies SensorStatus;
}

function result(ambient: AmbientStatus, verdict: Outcome | null): WorkerResult {
  const state: ScreeningState = verdict
    ? ({ screen: verdict } as ScreeningState)
    : { screen: 'idle' };
  return {
    type: 'result',
    seq: 0,
    observation: {
      presence: 'none',
      distance: null,
      blackbody: 'not-configured',
      ambient,
      ambientC: ambient === 'cold' ? 15 : 21,
      regions: { subject: null, face: null },
    },
    state,
    verdict:
      verdict === 'pass'
        ? { outcome: 'pass', reason: 'below-threshold' }
        : verdict === 'refer'
          ? { outcome: 'refer', reason: 'above-threshold' }
          : null,
    warnings: [],
    capture: null,
  };
}

let service: ScreeningService | null = null;
afterEach(async () => {
  await service?.close();
  service = null;
});

function rig(warmUp: number | (() => number)) {
  const warmUpMinutes = typeof warmUp === 'number' ? () => warmUp : warmUp;
  let now = T0;
  let sensor = sensorStatus('connecting');
  const counted: Outcome[] = [];
  const notes: string[] = [];
  const s = new ScreeningService({
    context: {
      now: () => new Date(now),
      local: () => ({ date: '2026-03-02', hour: 8 }),
      log: () => undefined,
      note: (kind, detail) => notes.push(`${kind} ${detail ?? ''}`.trim()),
      emit: () => undefined,
    },
    sensor: () => sensor,
    count: (outcome) => (counted.push(outcome), true),
    recordsUnavailable: () => false,
    onCapture: () => undefined,
    onRegions: () => undefined,
    warmUpMs: () => warmUpMinutes() * MINUTE,
    workerUrl: WORKER,
  });
  service = s;
  const feed = (r: WorkerResult): void =>
    (s as unknown as { onResult(r: WorkerResult): void }).onResult(r);
  return {
    service: s,
    counted,
    notes,
    feed,
    at: (ms: number) => {
      now = T0 + ms;
      s.refresh();
    },
    link: (state: SensorStatus['state'], fault: SensorStatus['fault'] = null) => {
      sensor = sensorStatus(state, fault);
      s.refresh();
    },
  };
}

describe('warm-up', () => {
  it('pauses with a countdown target once the sensor streams, then screens', () => {
    const k = rig(30);
    k.link('detecting');
    expect(k.service.shown).toEqual({ screen: 'paused', reason: 'sensor-detecting' });
    k.at(2000);
    k.link('streaming');
    const readyAt = T0 + 2000 + 30 * MINUTE;
    expect(k.service.shown).toEqual({ screen: 'paused', reason: 'warming-up', readyAt });
    expect(k.service.warmUpEndsAt).toBe(readyAt);
    // A verdict reached while warming up is neither counted nor shown.
    k.feed(result('ok', 'refer'));
    expect(k.counted).toEqual([]);
    expect(k.service.shown).toMatchObject({ reason: 'warming-up' });
    k.at(2000 + 30 * MINUTE - 1);
    expect(k.service.shown).toMatchObject({ reason: 'warming-up', readyAt });
    k.at(2000 + 30 * MINUTE);
    expect(k.service.warmUpEndsAt).toBeNull();
    // The worker still holds the uncounted verdict's screen: that person sees idle.
    expect(k.service.shown).toEqual({ screen: 'idle' });
    k.feed(result('ok', 'pass'));
    expect(k.counted).toEqual(['pass']);
    expect(k.service.shown).toEqual({ screen: 'pass' });
    expect(k.notes).toEqual([
      'screening-paused sensor-detecting',
      'screening-paused warming-up',
      'screening-resumed warming-up',
    ]);
  });

  it('restarts when the sensor reconnects after a disconnection, not after a stall', () => {
    const k = rig(10);
    k.link('streaming');
    k.feed(result('ok', null));
    k.at(10 * MINUTE);
    expect(k.service.shown).toEqual({ screen: 'idle' });
    // A stall on a port that stays open: the sensor kept its power.
    k.link('streaming', 'stalled');
    expect(k.service.shown).toMatchObject({ reason: 'sensor-stalled' });
    k.link('streaming');
    expect(k.service.shown).toEqual({ screen: 'idle' });
    // Unplugged (the USB sensor loses its power), then back.
    k.at(11 * MINUTE);
    k.link('disconnected');
    expect(k.service.shown).toMatchObject({ reason: 'sensor-disconnected' });
    k.at(12 * MINUTE);
    k.link('streaming');
    expect(k.service.shown).toEqual({
      screen: 'paused',
      reason: 'warming-up',
      readyAt: T0 + 22 * MINUTE,
    });
  });

  it('restarts when staff choose a sensor, and follows a changed setting', () => {
    let minutes = 5;
    const k = rig(() => minutes);
    k.link('streaming');
    k.feed(result('ok', null));
    k.at(6 * MINUTE);
    expect(k.service.shown).toEqual({ screen: 'idle' });
    k.service.sensorChanged();
    expect(k.service.shown).toMatchObject({ reason: 'warming-up', readyAt: T0 + 11 * MINUTE });
    minutes = 0; // staff set the warm-up to 0: verdicts at once
    k.service.refresh();
    expect(k.service.shown).toEqual({ screen: 'idle' });
  });

  it('gives faults precedence over the warm-up', () => {
    const k = rig(30);
    k.link('streaming');
    expect(k.service.shown).toMatchObject({ reason: 'warming-up' });
    k.link('streaming', 'frozen');
    expect(k.service.shown).toEqual({ screen: 'paused', reason: 'sensor-frozen' });
    k.link('streaming', 'garbage');
    expect(k.service.shown).toEqual({ screen: 'paused', reason: 'sensor-garbage' });
    k.link('streaming');
    expect(k.service.shown).toMatchObject({ reason: 'warming-up' });
  });

  it('never waits longer than one warm-up when the clock is set back', () => {
    const k = rig(30);
    k.at(60 * MINUTE);
    k.link('streaming');
    k.at(0); // an hour back
    expect(k.service.warmUpEndsAt).toBe(T0 + 30 * MINUTE);
  });
});

describe('room', () => {
  it('pauses while the room is too cold or too warm, with nothing counted', () => {
    const k = rig(0);
    k.link('streaming');
    k.feed(result('cold', 'pass'));
    expect(k.service.shown).toEqual({ screen: 'paused', reason: 'room-too-cold' });
    expect(k.counted).toEqual([]);
    k.feed(result('warm', null));
    expect(k.service.shown).toEqual({ screen: 'paused', reason: 'room-too-warm' });
    k.feed(result('ok', null));
    expect(k.service.shown).toEqual({ screen: 'idle' });
    // A sensor that reports no room temperature is not paused for it.
    k.feed(result('unknown', 'pass'));
    expect(k.counted).toEqual(['pass']);
  });

  it('lets the warm-up and sensor faults come first', () => {
    const k = rig(1);
    k.link('streaming');
    k.feed(result('cold', null));
    expect(k.service.shown).toMatchObject({ reason: 'warming-up' });
    k.at(MINUTE);
    expect(k.service.shown).toMatchObject({ reason: 'room-too-cold' });
    k.link('disconnected');
    expect(k.service.shown).toMatchObject({ reason: 'sensor-disconnected' });
  });
});
