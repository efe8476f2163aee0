// Drives an MI48 as its vendor hosts do: it powers up not streaming, so the host writes
// FRAME_MODE = 0x02 and waits for the write's acknowledgement (`   #0008WREG01FD`), sending it
// again if none comes (senxor-js: 1000 ms per attempt; pysenxor-lite: one resend), and writes
// FRAME_MODE = 0x00 before closing (pysenxor 2020 and early pysenxor-lite do; current hosts just
// close, which leaves the camera streaming for the next program).
import type { DeviceDriver } from '../../device-driver.js';
import { MI48_START, MI48_STOP } from './commands.js';
import type { Mi48Decoder } from './decoder.js';

export interface Mi48SessionOptions {
  ackTimeoutMs?: number;
  attempts?: number;
}

export class Mi48Session implements DeviceDriver {
  private waiting: (() => void) | null = null;

  constructor(
    private readonly decoder: Mi48Decoder,
    private readonly write: (bytes: Uint8Array) => Promise<void>,
    private readonly options: Mi48SessionOptions = {},
  ) {
    decoder.onReply = (command) => {
      if (command === 'WREG') this.acknowledged();
    };
  }

  async start(): Promise<string | null> {
    const attempts = this.options.attempts ?? 3;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const framesBefore = this.decoder.stats.frames;
      if (await this.command(MI48_START, this.options.ackTimeoutMs ?? 1000)) return null;
      // A camera left streaming by another program may drown the ack in frames: frames will do.
      if (this.decoder.stats.frames > framesBefore) return null;
    }
    return `the MI48 camera did not acknowledge the start command (${attempts} tries): unplug it and plug it in again`;
  }

  async stop(): Promise<void> {
    await this.command(MI48_STOP, 300);
    this.decoder.onReply = null;
  }

  /** Writes `bytes` and waits up to `timeoutMs` for a WREG acknowledgement. */
  private async command(bytes: Uint8Array, timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | null = null;
    const acked = new Promise<boolean>((resolve) => {
      this.waiting = () => resolve(true);
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      await this.write(bytes);
      return await acked;
    } catch {
      return false;
    } finally {
      if (timer) clearTimeout(timer);
      this.waiting = null;
    }
  }

  private acknowledged(): void {
    this.waiting?.();
  }
}
