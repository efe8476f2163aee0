// Typed messages between the main thread and the estimation worker. Frames travel as
// transferable ArrayBuffers; replies carry the frame's sequence number so they can be matched.
// Results carry screen states and verdicts. The one exception: while staff run a site calibration
// with people (and only then), the main thread arms a capture, and the next pass/refer verdict's
// result carries that reading's corrected face maximum, distance and uncertainty, once; the main
// thread keeps it in the wizard's memory alone (never stored, logged or shown). Unarmed, no
// temperature ever crosses back.
import type { ScreeningState, VerdictEvent } from '../../contract/schemas.js';
import type { EngineSettings } from './engine-settings.js';
import type {
  AmbientStatus,
  BlackbodyStatus,
  Box,
  DistanceVerdict,
  Presence,
} from './observation.js';

export type ToWorker =
  | { type: 'configure'; settings: EngineSettings }
  /** Arms (true) the capture of the next pass/refer reading, once; false disarms it. No reply. */
  | { type: 'capture'; armed: boolean }
  | {
      type: 'frame';
      seq: number;
      width: number;
      height: number;
      /** The sensor's ambient/die temperature, if it reports one. */
      ambient: number | null;
      /** When the frame arrived (ms): the decision's idle reset counts in frame time. */
      receivedAt: number;
      /** Float32 °C pixels; transferred, not copied. */
      pixels: ArrayBuffer;
    };

/** What the estimator saw in one frame: enough for diagnostics, nothing about who. */
export interface Observation {
  presence: Presence;
  distance: DistanceVerdict | null;
  blackbody: BlackbodyStatus;
  ambient: AmbientStatus;
  /** The room from the sensor's ambient (°C), when it reports one: shown to staff. */
  ambientC: number | null;
  /** Where the subject and the face were found (staff's live view overlay): no temperatures. */
  regions: { subject: Box | null; face: Box | null };
}

/** The reading behind one pass/refer verdict, for the site-calibration wizard only. */
export interface CapturedReading {
  /** Optics-corrected face maximum, before the skin-to-body offset, °C. */
  faceC: number;
  /** The kiosk's distance estimate, m (null when the sensor cannot tell). */
  distanceM: number | null;
  /** The reading's uncertainty (1σ, °C), as the borderline rule used it. */
  uncertaintyC: number;
}

export type FromWorker =
  | { type: 'configured' }
  | {
      type: 'result';
      seq: number;
      observation: Observation;
      state: ScreeningState;
      verdict: VerdictEvent | null;
      warnings: string[];
      /** Only on the one result after a capture was armed whose verdict is pass or refer. */
      capture: CapturedReading | null;
    }
  | { type: 'error'; seq: number | null; message: string };
