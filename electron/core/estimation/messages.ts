// Typed messages between the main thread and the estimation worker. Frames travel as
// transferable ArrayBuffers; replies carry the frame's sequence number so they can be matched.
import type { ScreeningState, VerdictEvent } from '../../contract/schemas.js';
import type { Presence } from './frame-analysis.js';
import type { EstimationSettings } from './settings.js';

export type ToWorker =
  | { type: 'configure'; settings: EstimationSettings }
  | {
      type: 'frame';
      seq: number;
      width: number;
      height: number;
      /** The sensor's ambient/die temperature, if it reports one. */
      ambient: number | null;
      /** Float32 °C pixels; transferred, not copied. */
      pixels: ArrayBuffer;
    };

/** What the estimator saw in one frame: enough for diagnostics, nothing about who. */
export interface Observation {
  presence: Presence;
  blobPixels: number;
  blackbody: 'ok' | 'missing' | 'out-of-tolerance' | 'not-configured';
}

export type FromWorker =
  | { type: 'configured' }
  | {
      type: 'result';
      seq: number;
      observation: Observation;
      state: ScreeningState;
      verdict: VerdictEvent | null;
    }
  | { type: 'error'; seq: number | null; message: string };
