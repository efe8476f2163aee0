// Everything the calibrated engine needs besides frames, in one serialisable object: it travels
// to the worker in the `configure` message.
import type { Calibration } from './calibration.js';
import type { CameraCalibration } from './camera-calibration.js';
import type { DecisionModeInput } from './decision.js';
import type { SensorProfile } from './observation.js';
import { DEFAULT_PIPELINE_SETTINGS, type PipelineSettings } from './pipeline-settings.js';
import { DEFAULT_READING, type ReadingSettings } from './reading.js';
import { DEFAULT_SESSION, type SessionSettings } from './session-settings.js';
import { shippedCalibration } from './shipped.js';
import type { SiteCalibration } from './site-calibration.js';

export interface EngineSettings {
  /**
   * Per-frame analysis. Its blackbody region is given in 32×24 pixels (the usual MLX90640 view)
   * and scaled to the sensor's resolution.
   */
  pipeline: PipelineSettings;
  /** The image size the blackbody region is given in (default 32×24, see above). */
  blackbodyView?: { width: number; height: number };
  /** Overrides of the profile chosen from the frame size (e.g. a 90° lens). */
  profile: Partial<Omit<SensorProfile, 'width' | 'height'>>;
  reading: ReadingSettings;
  session: SessionSettings;
  decision: DecisionModeInput;
  calibration: Calibration;
  /**
   * The newest site calibration with people, or null. It applies only to the sensor it was
   * fitted with (its `sensor` key); other sensors use the shipped offset and the optics model.
   */
  site: SiteCalibration | null;
  /** Optional two-point camera calibration (gain/offset), with its date. */
  camera: CameraCalibration | null;
  /** Camera calibrations older than this earn a staleness warning. */
  cameraStaleAfterDays: number;
  /** Today, YYYY-MM-DD, for the calibration's age: passed in, so every run is reproducible. */
  today: string;
}

export function defaultEngineSettings(today: string): EngineSettings {
  return {
    pipeline: DEFAULT_PIPELINE_SETTINGS,
    profile: {},
    reading: DEFAULT_READING,
    session: DEFAULT_SESSION,
    decision: { mode: 'threshold' },
    calibration: shippedCalibration(),
    site: null,
    camera: null,
    cameraStaleAfterDays: 90,
    today,
  };
}
