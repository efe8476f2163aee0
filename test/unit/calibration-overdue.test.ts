// A camera calibration is overdue once it is older than the staff's calibrationDueDays (the
// setting, not the engine's fixed 90 days); one never done on site (shipped only) is not; the
// screens hear when the flag turns (a warning, never a pause).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type KioskSettings } from '../../electron/contract/settings.js';
import type { CameraCalibration } from '../../electron/core/estimation/camera-calibration.js';
import { defaultEngineSettings } from '../../electron/core/estimation/engine-settings.js';
import { memoryPersistence } from '../../electron/core/kiosk-persistence.js';
import { CameraCalibrationService } from '../../electron/core/services/camera-calibration-service.js';
import { EngineConfig } from '../../electron/core/services/engine-config.js';

const TODAY = new Date('2026-03-31T12:00:00Z');

function rig(camera: CameraCalibration | null, calibrationDueDays: number) {
  const emitted: boolean[] = [];
  const engine = new EngineConfig(
    { ...defaultEngineSettings('2026-03-31'), camera },
    { ...DEFAULT_SETTINGS, calibrationDueDays },
    async () => undefined,
  );
  const service = new CameraCalibrationService({
    context: {
      now: () => TODAY,
      local: () => ({ date: '2026-03-31', hour: 12 }),
      log: () => undefined,
      note: () => undefined,
      emit: (event, payload) => {
        if (event === 'calibrationOverdue') emitted.push(payload as boolean);
      },
    },
    engine,
    persistence: memoryPersistence(),
    frameSize: () => null,
    streaming: () => false,
    trust: () => ({ site: null, optics: null, physicalModelOnly: false }),
  });
  const setDue = (days: number) =>
    engine.change({ settings: { ...engine.settings, calibrationDueDays: days } as KioskSettings });
  return { service, emitted, setDue };
}

const twoPoint = (date: string): CameraCalibration => ({
  date,
  low: { setC: 30, measuredC: 29.6 },
  high: { setC: 37, measuredC: 36.5 },
});

describe('calibration overdue', () => {
  it('follows calibrationDueDays', async () => {
    const { service, setDue } = rig(twoPoint('2026-03-01'), 30); // 30 days old
    expect(service.info()).toMatchObject({ kind: 'two-point', ageDays: 30, stale: false });
    expect(service.overdue()).toBe(false);
    await setDue(29);
    expect(service.overdue()).toBe(true);
    expect(service.info().stale).toBe(true);
    await setDue(365);
    expect(service.overdue()).toBe(false);
    // Not the engine's own 90 days: a 100-day-old calibration is fine if staff allow 365.
    const old = rig(twoPoint('2025-12-21'), 365);
    expect(old.service.info().ageDays).toBe(100);
    expect(old.service.overdue()).toBe(false);
  });

  it('is never overdue for a kiosk that was never calibrated on site', () => {
    const { service } = rig(null, 1);
    expect(service.info()).toMatchObject({ kind: 'shipped', ageDays: null, stale: false });
    expect(service.overdue()).toBe(false);
    expect(service.ageDays()).toBeNull();
  });

  it('tells the screens when the flag turns, once per change', async () => {
    const { service, emitted, setDue } = rig(twoPoint('2026-03-01'), 30);
    service.publishOverdue();
    service.publishOverdue();
    await setDue(10);
    service.publishOverdue();
    service.publishOverdue();
    await setDue(60);
    service.publishOverdue();
    expect(emitted).toEqual([false, true, false]);
  });
});
