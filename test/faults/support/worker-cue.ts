// The test's side of crash-on-cue-worker.mjs: where that worker is, and the cue that arms it.
import { fileURLToPath } from 'node:url';
import { BroadcastChannel } from 'node:worker_threads';

/** Give this as the kiosk's workerUrl. */
export const CRASH_ON_CUE_WORKER = fileURLToPath(
  new URL('./crash-on-cue-worker.mjs', import.meta.url),
);

/** The same name as in crash-on-cue-worker.mjs. */
const CHANNEL = 'kiosk-faults:crash-worker';

export interface WorkerCue {
  /** The running worker dies at its next reading in progress (workers started later do not). */
  armCrash(): void;
  close(): void;
}

export function workerCue(): WorkerCue {
  const channel = new BroadcastChannel(CHANNEL);
  return {
    armCrash: () => channel.postMessage('crash'),
    close: () => channel.close(),
  };
}
