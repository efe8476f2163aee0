// The blackbody calibration staff run from the console: reading the blackbody region at its set
// point, accepting the points (with the region they were read on), and what calibration is in use.
import { ApiFailure } from '../../contract/api.js';
import type { CalibrationInfo, CalibrationPoint, Region } from '../../contract/staff.js';
import { BlackbodyCapture } from '../calibration/blackbody-capture.js';
import { evaluateCalibration, toCameraCalibration } from '../calibration/evaluate-calibration.js';
import { calibrationAgeDays, gainOffset } from '../estimation/camera-calibration.js';
import type { EngineSettings } from '../estimation/engine-settings.js';
import { REFERENCE_VIEW } from '../estimation/estimator.js';
import { scaleBlackbody } from '../estimation/pipeline-settings.js';
import type { KioskPersistence, StoredBlackbody } from '../kiosk-persistence.js';
import type { ThermalFrame } from '../sensor/frame.js';
import type { EngineConfig } from './engine-config.js';
import type { KioskContext } from './kiosk-context.js';
import type { CalibrationTrust } from './site-calibration-service.js';

/** Frames read for one calibration point (2 s at 8 Hz), and how long to wait for them. */
const CAPTURE_FRAMES = 16;
const CAPTURE_TIMEOUT_MS = 20_000;

interface Capture {
  capture: BlackbodyCapture;
  resolve: (point: CalibrationPoint) => void;
  reject: (error: Error) => void;
}

export interface CameraCalibrationOptions {
  context: KioskContext;
  engine: EngineConfig;
  persistence: KioskPersistence;
  frameSize: () => { width: number; height: number } | null;
  streaming: () => boolean;
  trust: () => CalibrationTrust;
}

export class CameraCalibrationService {
  private captures: Capture[] = [];
  /** Regions a calibration point was read on: the only ones `accept` stores. */
  private capturedRegions: Region[] = [];
  /** The overdue flag the screens last heard (null: not yet said; the snapshot says it). */
  private publishedOverdue: boolean | null = null;

  constructor(private readonly options: CameraCalibrationOptions) {}

  /** Reads the blackbody region over CAPTURE_FRAMES raw frames. */
  capture(region: Region, setC: number): Promise<CalibrationPoint> {
    if (!this.options.streaming()) {
      throw new ApiFailure('rejected', 'the sensor is not streaming: connect it first');
    }
    return new Promise<CalibrationPoint>((resolve, reject) => {
      const entry: Capture = {
        capture: new BlackbodyCapture(region, setC, CAPTURE_FRAMES),
        resolve: (point) => {
          // Only a region a point was read on may be accepted with it (the last few kept).
          this.capturedRegions = [...this.capturedRegions.slice(-3), { ...region }];
          resolve(point);
        },
        reject,
      };
      this.captures.push(entry);
      setTimeout(() => {
        if (!this.captures.includes(entry)) return;
        this.captures = this.captures.filter((c) => c !== entry);
        reject(new ApiFailure('rejected', 'no frames arrived from the sensor within 20 s'));
      }, CAPTURE_TIMEOUT_MS).unref();
    });
  }

  /** Feeds a raw frame to the captures waiting for one. */
  offer(frame: ThermalFrame): void {
    if (this.captures.length === 0) return;
    for (const entry of [...this.captures]) {
      try {
        entry.capture.add(frame.pixels, frame.width, frame.height);
        if (!entry.capture.done) continue;
        // A region not on the source (uneven, far from its set point) is no reference at all.
        const problems = entry.capture.problems();
        if (problems.length > 0) entry.reject(new ApiFailure('rejected', problems.join(' ')));
        else entry.resolve(entry.capture.result());
      } catch (error) {
        entry.reject(error instanceof Error ? error : new Error(String(error)));
      }
      this.captures = this.captures.filter((c) => c !== entry);
    }
  }

  /** Ends the captures still waiting (the kiosk is stopping). */
  cancel(why: string): void {
    for (const c of this.captures.splice(0)) c.reject(new Error(why));
  }

  /** Keeps a calibration staff accepted and applies it from the next frame. */
  async accept(
    region: Region,
    setC: number,
    points: Parameters<typeof toCameraCalibration>[0],
  ): Promise<CalibrationInfo> {
    const problems = evaluateCalibration(points).problems;
    if (problems.length > 0) throw new ApiFailure('rejected', problems.join(' '));
    const view = this.options.frameSize();
    if (!view) throw new ApiFailure('rejected', 'no frame seen yet: connect the sensor first');
    // A region off the image, or away from the source the points were read on, would leave
    // screening paused ("blackbody missing") from the next start: refuse it now, saying why.
    if (region.col + region.width > view.width || region.row + region.height > view.height) {
      throw new ApiFailure(
        'rejected',
        `the blackbody region (column ${region.col}, row ${region.row}, ${region.width} × ${region.height}) reaches outside the sensor's ${view.width} × ${view.height} image: mark it again on the live view`,
      );
    }
    if (!this.capturedRegions.some((r) => sameRegion(r, region))) {
      throw new ApiFailure(
        'rejected',
        'the blackbody region is not the one the calibration was captured on: capture the blackbody on this region first',
      );
    }
    const { context, engine, persistence } = this.options;
    const camera = toCameraCalibration(points, context.local().date);
    gainOffset(camera); // throws with the reason when it cannot be used
    const blackbody: StoredBlackbody = { region, view, setC };
    persistence.saveCalibration(camera, blackbody);
    await engine.change({ engine: withBlackbody({ ...engine.engine, camera }, blackbody) });
    context.log(`kiosk: ${points.length}-point calibration accepted by staff`);
    context.note('calibration-accepted', `${points.length}-point, blackbody set to ${setC} °C`);
    return this.info();
  }

  /** The calibration in use: camera (shipped, one- or two-point, its age) and its trust.
   * `stale` is overdue: older than the staff's calibrationDueDays (a warning, not a pause). A
   * kiosk never calibrated on site (shipped only) has nothing to be overdue. */
  info(): CalibrationInfo {
    const trust = this.options.trust();
    const camera = this.options.engine.engine.camera;
    if (!camera) return { kind: 'shipped', date: null, ageDays: null, stale: false, ...trust };
    const ageDays = this.ageDays();
    return {
      kind: camera.high ? 'two-point' : 'one-point',
      date: camera.date,
      ageDays,
      // An unreadable date cannot prove the calibration is recent: overdue.
      stale: ageDays === null || ageDays > this.options.engine.settings.calibrationDueDays,
      ...trust,
    };
  }

  /** Whether the camera calibration is overdue (the snapshot's calibrationOverdue). */
  overdue(): boolean {
    return this.info().stale;
  }

  /** Tells the screens when the calibration turns overdue or is renewed (the days pass, staff
   * change calibrationDueDays or calibrate): called once a minute. */
  publishOverdue(): void {
    const overdue = this.overdue();
    if (overdue === this.publishedOverdue) return;
    this.publishedOverdue = overdue;
    this.options.context.emit('calibrationOverdue', overdue);
  }

  /** The camera calibration's age in whole days, or null (shipped only, or no readable date). */
  ageDays(): number | null {
    const camera = this.options.engine.engine.camera;
    if (!camera) return null;
    const age = calibrationAgeDays(camera, this.options.context.now());
    return Number.isFinite(age) ? age : null;
  }

  /** The blackbody region in the pixels of the frames now arriving. */
  blackbodyRegion(): Region | null {
    const engine = this.options.engine.engine;
    const bb = engine.pipeline.blackbody;
    if (!bb) return null;
    const to = this.options.frameSize() ?? engine.blackbodyView ?? REFERENCE_VIEW;
    const scaled = scaleBlackbody(bb, engine.blackbodyView ?? REFERENCE_VIEW, to);
    return scaled
      ? { col: scaled.col, row: scaled.row, width: scaled.width, height: scaled.height }
      : null;
  }
}

/** The engine with the blackbody staff drew (region in its own image's pixels, set point). */
export function withBlackbody(
  engine: EngineSettings,
  stored: StoredBlackbody | null,
): EngineSettings {
  if (!stored) return engine;
  const base = engine.pipeline.blackbody;
  return {
    ...engine,
    blackbodyView: stored.view,
    pipeline: {
      ...engine.pipeline,
      blackbody: {
        ...stored.region,
        temperatureC: stored.setC,
        toleranceC: base?.toleranceC ?? 1,
      },
    },
  };
}

function sameRegion(a: Region, b: Region): boolean {
  return a.col === b.col && a.row === b.row && a.width === b.width && a.height === b.height;
}
