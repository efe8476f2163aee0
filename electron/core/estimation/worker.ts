// Worker-thread entry: owns one Estimator, answers each message in order.
import { parentPort } from 'node:worker_threads';
import { Estimator } from './estimator.js';
import type { FromWorker, ToWorker } from './messages.js';

const port = parentPort;
if (!port) throw new Error('estimation worker must run in a worker thread');

const estimator = new Estimator();
port.on('message', (message: ToWorker) => {
  let reply: FromWorker;
  try {
    if (message.type === 'configure') {
      estimator.configure(message.settings);
      reply = { type: 'configured' };
    } else {
      reply = estimator.process(
        message.seq,
        message.width,
        message.height,
        new Float32Array(message.pixels),
      );
    }
  } catch (error) {
    const seq = message.type === 'frame' ? message.seq : null;
    reply = { type: 'error', seq, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
