// The estimator as one pure object: settings + frames in, observations and verdicts out. The
// worker wraps it; tests and benchmarks can drive it directly.
import { analyseFrame } from './frame-analysis.js';
import type { FromWorker } from './messages.js';
import { ScreeningSession } from './screening-session.js';
import { DEFAULT_SETTINGS, type EstimationSettings } from './settings.js';

export class Estimator {
  private session: ScreeningSession;

  constructor(private settings: EstimationSettings = DEFAULT_SETTINGS) {
    this.session = new ScreeningSession(settings);
  }

  /** New settings start a new session: a threshold must not change under someone mid-measure. */
  configure(settings: EstimationSettings): void {
    this.settings = settings;
    this.session = new ScreeningSession(settings);
  }

  process(seq: number, width: number, height: number, pixels: Float32Array): FromWorker {
    if (pixels.length !== width * height) {
      return {
        type: 'error',
        seq,
        message: `frame ${seq}: ${pixels.length} pixels for ${width}x${height}`,
      };
    }
    const analysis = analyseFrame(pixels, width, height, this.settings);
    const { state, verdict } = this.session.next(analysis);
    return {
      type: 'result',
      seq,
      observation: {
        presence: analysis.presence,
        blobPixels: analysis.blobPixels,
        blackbody: analysis.blackbody.status,
      },
      state,
      verdict,
    };
  }
}
