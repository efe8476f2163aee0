// Worker-thread entry: owns one Estimator, answers each message in order. The reading behind a
// verdict stays here: only screen states and verdicts go back.
import { parentPort } from 'node:worker_threads';
import { defaultEngineSettings } from './engine-settings.js';
import { Estimator } from './estimator.js';
import type { FromWorker, ToWorker } from './messages.js';

const port = parentPort;
if (!port) throw new Error('estimation worker must run in a worker thread');

let estimator = new Estimator(defaultEngineSettings(new Date().toISOString().slice(0, 10)));
port.on('message', (message: ToWorker) => {
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
      reply = { type: 'result', seq, observation, state, verdict, warnings };
    }
  } catch (error) {
    const seq = message.type === 'frame' ? message.seq : null;
    reply = { type: 'error', seq, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
