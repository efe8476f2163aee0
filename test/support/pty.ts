import { open } from 'node:fs/promises';
import { openPtyPair, type PtyPair } from '../../native-mocks/pty-pair.js';

/** A socat pair plus a writer on its simulator end. */
export async function ptyWithWriter(): Promise<
  PtyPair & { write(bytes: Uint8Array): Promise<void> }
> {
  const pair = await openPtyPair();
  const handle = await open(pair.simulatorPath, 'w');
  return {
    ...pair,
    write: async (bytes) => {
      await handle.write(bytes);
    },
    close: async () => {
      await handle.close();
      await pair.close();
    },
  };
}

export async function waitFor(
  check: () => boolean,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
