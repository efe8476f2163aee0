// When the link supervisor (link-supervisor.ts) tries a lost port again: after the backoff
// delay, or as soon as the port's device file reappears (the USB cable was plugged back in).
import { existsSync } from 'node:fs';

export class ReconnectTimer {
  private retryTimer: NodeJS.Timeout | null = null;
  private watchTimer: NodeJS.Timeout | null = null;

  /** Calls `fire` once: after `delayMs`, or within 100 ms of `path` appearing again. */
  schedule(path: string, delayMs: number, fire: () => void): void {
    const due = (): void => {
      this.cancel();
      fire();
    };
    this.retryTimer = setTimeout(due, delayMs);
    let wasPresent = existsSync(path);
    const watch = (): void => {
      const present = existsSync(path);
      if (present && !wasPresent) return due();
      wasPresent = present;
      this.watchTimer = setTimeout(watch, 100);
    };
    this.watchTimer = setTimeout(watch, 100);
  }

  cancel(): void {
    for (const t of [this.retryTimer, this.watchTimer]) if (t) clearTimeout(t);
    this.retryTimer = this.watchTimer = null;
  }
}
