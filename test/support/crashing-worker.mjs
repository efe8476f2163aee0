// A stand-in estimation worker that dies on frame 3, to test restarts. It answers like the real
// one otherwise (configure -> configured, frame -> an idle result).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (message) => {
  if (message.type === 'configure') return parentPort.postMessage({ type: 'configured' });
  if (message.seq === 3) process.exit(7);
  parentPort.postMessage({
    type: 'result',
    seq: message.seq,
    observation: { presence: 'none', blobPixels: 0, blackbody: 'ok' },
    state: { screen: 'idle' },
    verdict: null,
  });
});
