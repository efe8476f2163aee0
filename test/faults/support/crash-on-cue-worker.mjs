// The real estimation worker (dist/main/estimation-worker.mjs), made to die on cue: once a test
// arms it (a message on the broadcast channel below), it exits instead of answering the next
// frame it would report as a reading half done ('measuring', progress 0.5 or more; the quarter
// before it has been shown). So the crash falls in the middle of a person's measurement every
// time, with no race between the test's timers and the frames. A worker started after the crash
// is not armed: it behaves exactly as the real one until the test arms it again.
import { BroadcastChannel, parentPort } from 'node:worker_threads';

// Named in worker-cue.ts too, which arms it.
const CHANNEL = 'kiosk-faults:crash-worker';
/** The exit code the kiosk logs ("estimation worker exited (code 9)"). */
const EXIT_CODE = 9;

let armed = false;
const cue = new BroadcastChannel(CHANNEL);
// The worker lives as long as the kiosk keeps it, not as long as the channel is open.
cue.unref();
cue.onmessage = () => {
  armed = true;
};

const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (message, transfer) => {
  const state = message?.type === 'result' ? message.state : null;
  if (armed && state?.screen === 'measuring' && state.progress >= 0.5) process.exit(EXIT_CODE);
  post(message, transfer);
};

// Loaded after the patch above, so that every reply of the real worker passes through it.
await import(new URL('../../../dist/main/estimation-worker.mjs', import.meta.url).href);
