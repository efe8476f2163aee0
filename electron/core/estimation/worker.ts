// Worker-thread entry: owns one Estimator, answers each frame and configure message in order. The
// reading behind a verdict stays here: only screen states and verdicts go back, except the one
// reading a site-calibration wizard armed a capture for (see messages.ts).
import { parentPort } from 'node:worker_threads';
import { defaultEngineSettings } from './engine-settings.js';
import { Estimator, type EstimatorStep } from './estimator.js';
import type { CapturedReading, FromWorker, ToWorker } from './messages.js';

const port = parentPort;
if (!port) throw new Error('estimation worker must run in a worker thread');

let estimator = new Estimator(defaultEngineSettings(new Date().toISOString().slice(0, 10)));
/** Armed by staff's "read next volunteer"; cleared by the capture it makes (once). */
let captureArmed = false;

/** The armed capture, when this step is the pass/refer verdict it waits for. */
function takeCapture(step: EstimatorStep): CapturedReading | null {
  const outcome = step.verdict?.outcome;
  if (!captureArmed || !step.reading || (outcome !== 'pass' && outcome !== 'refer')) return null;
  captureArmed = false;
  const { faceC, distanceM, uncertaintyC } = step.reading;
  return { faceC, distanceM, uncertaintyC };
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'capture') {
    captureArmed = message.armed;
    return;
  }
  let reply: FromWorker;
  try {
    if (message.type === 'configure') {
      estimator = new Estimator(message.settings);
      reply = { type: 'configured' };
    } else {
      const step = estimator.process(
        message.seq,
        message.width,
        message.height,
        new Float32Array(message.pixels),
        message.ambient,
        message.receivedAt,
      );
      const { seq, observation, state, verdict, warnings } = step;
      reply = {
        type: 'result',
        seq,
        observation,
        state,
        verdict,
        warnings,
        capture: takeCapture(step),
      };
    }
  } catch (error) {
    const seq = message.type === 'frame' ? message.seq : null;
    reply = { type: 'error', seq, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
