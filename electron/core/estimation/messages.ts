// Typed messages between the main thread and the estimation worker. Frames travel as
// transferable ArrayBuffers; replies carry the frame's sequence number so they can be matched.
// No temperature ever crosses back: results carry screen states and verdicts only.
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

export type FromWorker =
  | { type: 'configured' }
  | {
      type: 'result';
      seq: number;
      observation: Observation;
      state: ScreeningState;
      verdict: VerdictEvent | null;
      warnings: string[];
    }
  | { type: 'error'; seq: number | null; message: string };
