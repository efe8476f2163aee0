// The calibrated engine as one pure object: settings + frames in, observations, screen states
// and verdicts out. The worker wraps it; tests, `eval sim` and the benchmark drive it directly.
import type { ScreeningState, VerdictEvent } from '../../contract/schemas.js';
import {
  applyGainOffset,
  calibrationAgeDays,
  gainOffset,
  type GainOffset,
} from './camera-calibration.js';
import { createDecider } from './decision.js';
import type { EngineSettings } from './engine-settings.js';
import { FrameAnalyzer } from './frame-analyzer.js';
import type { Observation } from './messages.js';
import type { SiteCalibration } from './site-calibration.js';
import { profileFor, scaleBlackbody } from './pipeline-settings.js';
import { ScreeningSession, type SessionReading } from './screening-session.js';
import { sensorKey } from './optics-correction.js';

/** The blackbody region in the settings is given in these pixels unless it says otherwise. */
export const REFERENCE_VIEW = { width: 32, height: 24 };

export interface EstimatorStep {
  seq: number;
  observation: Observation;
  state: ScreeningState;
  verdict: VerdictEvent | null;
  /** Behind a pass/refer verdict: stays inside the worker (privacy), used by evaluations. */
  reading: SessionReading | null;
  /** Set once when the camera calibration is older than the configured limit. */
  warnings: string[];
}

export class Estimator {
  private analyzer: FrameAnalyzer | null = null;
  private session: ScreeningSession;
  private camera: GainOffset | null;
  private readonly ageDays: number;
  private warned = false;
  /** Said once per analyzer: the reference is too small to fill whole pixels at this resolution. */
  private blackbodyWarning: string | null = null;

  constructor(private readonly settings: EngineSettings) {
    this.session = new ScreeningSession(
      settings.session,
      settings.reading,
      createDecider(settings.decision),
    );
    this.camera = settings.camera ? gainOffset(settings.camera) : null;
    this.ageDays = settings.camera
      ? calibrationAgeDays(settings.camera, new Date(`${settings.today}T12:00:00Z`))
      : 0;
  }

  /**
   * One frame. `pixels` may be modified (the camera calibration is applied in place): the worker
   * owns the transferred buffer. `atMs` is the frame's arrival time.
   */
  process(
    seq: number,
    width: number,
    height: number,
    pixels: Float32Array,
    ambient: number | null,
    atMs: number,
  ): EstimatorStep {
    if (pixels.length !== width * height) {
      throw new RangeError(`frame ${seq}: ${pixels.length} pixels for ${width}x${height}`);
    }
    const analyzer = this.analyzerFor(width, height);
    if (this.camera) applyGainOffset(pixels, this.camera);
    const a = analyzer.analyse(pixels, ambient);
    const step = this.session.next(
      a,
      {
        profile: analyzer.profile,
        calibration: this.settings.calibration,
        calibrationAgeDays: this.ageDays,
        ambientC: a.ambient.c,
        site: this.siteFor(analyzer),
      },
      atMs,
    );
    const warnings: string[] = [];
    if (this.blackbodyWarning) {
      warnings.push(this.blackbodyWarning);
      this.blackbodyWarning = null;
    }
    if (!this.warned && this.settings.camera && this.ageDays > this.settings.cameraStaleAfterDays) {
      this.warned = true;
      warnings.push(
        `the camera calibration of ${this.settings.camera.date} is ${this.ageDays} days old (limit ${this.settings.cameraStaleAfterDays}): calibrate again with the blackbody`,
      );
    }
    return {
      seq,
      observation: {
        presence: a.presence,
        distance: a.face?.distance ?? null,
        blackbody: a.blackbody.status,
        ambient: a.ambient.status,
        ambientC: a.ambient.c,
        regions: {
          subject: a.subject ? { ...a.subject } : null,
          face: a.face
            ? { col: a.face.col, row: a.face.row, width: a.face.widthPx, height: a.face.heightPx }
            : null,
        },
      },
      state: step.state,
      verdict: step.verdict,
      reading: step.reading,
      warnings,
    };
  }

  /** The site calibration, when it was fitted with this sensor. */
  private siteFor(analyzer: FrameAnalyzer): SiteCalibration | null {
    const site = this.settings.site;
    return site && site.sensor === sensorKey(analyzer.profile) ? site : null;
  }

  /** One analyzer per resolution: a sensor swap (new size) starts a fresh background model. */
  private analyzerFor(width: number, height: number): FrameAnalyzer {
    const current = this.analyzer;
    if (current && current.profile.width === width && current.profile.height === height)
      return current;
    const profile = profileFor(width, height, this.settings.profile);
    const pipeline = this.settings.pipeline;
    const blackbody =
      pipeline.blackbody && !profile.singlePoint
        ? scaleBlackbody(pipeline.blackbody, this.settings.blackbodyView ?? REFERENCE_VIEW, profile)
        : null;
    this.analyzer = new FrameAnalyzer({ ...pipeline, blackbody }, profile);
    this.blackbodyWarning = blackbodyTooSmall(pipeline.blackbody, blackbody, profile);
    return this.analyzer;
  }
}

/**
 * A reference only corrects drift when it fills whole pixels (a partly covered pixel reads low,
 * DESIGN.md): fewer than 2×2 whole pixels at this resolution is too small to trust.
 */
export function blackbodyTooSmall(
  configured: EngineSettings['pipeline']['blackbody'],
  scaled: EngineSettings['pipeline']['blackbody'],
  profile: { width: number; height: number; singlePoint: boolean },
): string | null {
  if (!configured || profile.singlePoint) return null;
  const whole = scaled ? scaled.width * scaled.height : 0;
  if (scaled && scaled.width >= 2 && scaled.height >= 2) return null;
  return `the blackbody region covers ${whole} whole pixel${whole === 1 ? '' : 's'} at ${profile.width}×${profile.height}: a reference must fill at least 2×2 whole pixels to correct drift (a partly covered pixel reads low); use a larger source or bring it closer to the sensor`;
}
