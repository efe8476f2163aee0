// Finds which protocol and baud rate a port speaks: listen at each plausible baud rate with every
// decoder at once, and take the one that yields valid frames. About 3 s at most.
import type { SerialPort } from 'serialport';
import type { FrameDecoder } from './decoder.js';
import { closePort, openPort } from './open-port.js';
import { DETECTION_BAUDS, PROTOCOLS } from './protocols/index.js';
import { PROTOCOL_IDS, type ProtocolId } from './protocol-ids.js';

export interface DetectOptions {
  bauds?: readonly number[];
  protocols?: readonly ProtocolId[];
  /** How long to listen at each baud rate. */
  windowMs?: number;
  /** Valid frames that settle the question. */
  framesNeeded?: number;
}

export interface BaudAttempt {
  baud: number;
  bytes: number;
  frames: Partial<Record<ProtocolId, number>>;
}

export type DetectResult =
  | { ok: true; protocol: ProtocolId; baud: number; frames: number; tried: BaudAttempt[] }
  | { ok: false; reason: string; tried: BaudAttempt[] };

export async function detectProtocol(
  path: string,
  options: DetectOptions = {},
): Promise<DetectResult> {
  const protocols = options.protocols ?? PROTOCOL_IDS;
  const bauds = options.bauds ?? DETECTION_BAUDS;
  const tried: BaudAttempt[] = [];
  for (const baud of bauds) {
    const port = await openPort(path, baud); // a missing or busy port ends detection at once
    const attempt = await listen(
      port,
      baud,
      protocols,
      options.windowMs ?? 900,
      options.framesNeeded ?? 2,
    );
    await closePort(port);
    tried.push(attempt);
    const best = Object.entries(attempt.frames).sort((a, b) => b[1] - a[1])[0] as
      [ProtocolId, number] | undefined;
    if (best && best[1] >= (options.framesNeeded ?? 2)) {
      return { ok: true, protocol: best[0], baud, frames: best[1], tried };
    }
  }
  return { ok: false, reason: explain(tried), tried };
}

function listen(
  port: SerialPort,
  baud: number,
  protocols: readonly ProtocolId[],
  windowMs: number,
  framesNeeded: number,
): Promise<BaudAttempt> {
  const decoders: Array<[ProtocolId, FrameDecoder]> = protocols.map((id) => [
    id,
    PROTOCOLS[id].createDecoder(),
  ]);
  const attempt: BaudAttempt = { baud, bytes: 0, frames: {} };
  return new Promise((resolve) => {
    const finish = (): void => {
      clearTimeout(timer);
      port.off('data', onData);
      resolve(attempt);
    };
    const onData = (chunk: Buffer): void => {
      attempt.bytes += chunk.length;
      for (const [id, decoder] of decoders) {
        const n = decoder.push(chunk).length;
        if (n > 0) attempt.frames[id] = (attempt.frames[id] ?? 0) + n;
        if ((attempt.frames[id] ?? 0) >= framesNeeded) return finish();
      }
    };
    const timer = setTimeout(finish, windowMs);
    port.on('data', onData);
  });
}

function explain(tried: BaudAttempt[]): string {
  const bauds = tried.map((t) => t.baud).join(', ');
  if (tried.every((t) => t.bytes === 0)) {
    return `no data at ${bauds} baud: is the sensor powered, and is this its port?`;
  }
  const noisy = tried.filter((t) => t.bytes > 0).map((t) => `${t.bytes} bytes at ${t.baud}`);
  return `data arrived (${noisy.join(', ')}) but no known protocol yielded valid frames: check the sensor's baud rate and firmware, or choose --protocol and --baud by hand`;
}
