// Keeps the browser kiosk's browser on screen (audit M3). Closing or killing the browser must not
// end the kiosk: only the console's "Exit kiosk mode" (PIN) or a signal to the kiosk does, and both
// go through stop(). Any other exit of the browser starts it again through launch() (a fresh
// profile and boot code each time), after a backoff so a browser that dies at once does not spin:
// 1 s, doubling to 30 s, back to 1 s once a browser has run for a minute. One log line per restart.

/** What the supervisor needs of a launched browser: a ChildProcess, or a test's stand-in. */
export interface SupervisedProcess {
  once(
    event: 'exit',
    listener: (code: number | null, signal: NodeJS.Signals | null) => void,
  ): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
  kill(signal?: NodeJS.Signals | number): boolean;
}

export interface BrowserSupervisorOptions {
  /** Starts the browser; may throw (then it counts as a browser that exited at once). */
  launch: () => SupervisedProcess;
  log?: (line: string) => void;
  /** First wait before a restart. */
  minDelayMs?: number;
  /** Longest wait before a restart. */
  maxDelayMs?: number;
  /** A browser that ran this long was fine: the next restart waits minDelayMs again. */
  stableAfterMs?: number;
  /** stop() sends SIGTERM, then SIGKILL after this. */
  killAfterMs?: number;
  now?: () => number;
}

export interface BrowserSupervisor {
  /**
   * Starts the browser over (a fresh profile and boot code), saying why: its page could not get
   * in, e.g. because another program used its boot code first.
   */
  renew(why: string): void;
  /** Closes the browser (SIGTERM, SIGKILL if it lingers) and starts no other. Resolves once it is gone. */
  stop(): Promise<void>;
}

export function superviseBrowser(options: BrowserSupervisorOptions): BrowserSupervisor {
  const log = options.log ?? ((line: string) => console.log(line));
  const minDelay = options.minDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const stableAfter = options.stableAfterMs ?? 60_000;
  const killAfter = options.killAfterMs ?? 2000;
  const now = options.now ?? Date.now;

  let delay = minDelay;
  let stopping = false;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;
  /** The running browser and a promise of its end, while there is one. */
  let current: { child: SupervisedProcess; gone: Promise<void> } | null = null;

  const restartLater = (why: string, ranMs: number): void => {
    if (ranMs >= stableAfter) delay = minDelay;
    const wait = delay;
    delay = Math.min(delay * 2, maxDelay);
    log(
      `kiosk: the browser ${why} after ${seconds(ranMs)}; starting it again in ${seconds(wait)} ` +
        '(the kiosk ends only from the console, with the PIN, or by a signal)',
    );
    restartTimer = setTimeout(start, wait);
  };

  function start(): void {
    restartTimer = undefined;
    if (stopping) return;
    const startedAt = now();
    let child: SupervisedProcess;
    try {
      child = options.launch();
    } catch (error) {
      restartLater(`could not be started (${messageOf(error)})`, 0);
      return;
    }
    let ended = false;
    let markGone: () => void = () => undefined;
    const gone = new Promise<void>((resolve) => (markGone = resolve));
    // A failed spawn reports 'error', and may or may not follow it with 'exit': act once.
    const end = (why: string): void => {
      if (ended) return;
      ended = true;
      current = null;
      markGone();
      if (!stopping) restartLater(why, now() - startedAt);
    };
    child.once('exit', (code, signal) =>
      end(signal ? `was closed by ${signal}` : `closed with exit code ${code}`),
    );
    child.once('error', (error) => end(`could not be started (${messageOf(error)})`));
    current = { child, gone };
  }

  start();

  return {
    renew(why) {
      const running = current;
      if (stopping || !running) return;
      log(`kiosk: starting the browser over: ${why}`);
      // Its exit goes the usual way: logged, and a new browser after the backoff.
      running.child.kill('SIGTERM');
    },
    async stop() {
      stopping = true;
      clearTimeout(restartTimer);
      restartTimer = undefined;
      const running = current;
      if (!running) return;
      running.child.kill('SIGTERM');
      let timer: ReturnType<typeof setTimeout> | undefined;
      const lingered = await Promise.race([
        running.gone.then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), killAfter))),
      ]);
      clearTimeout(timer);
      if (lingered) {
        running.child.kill('SIGKILL');
        await running.gone;
      }
    },
  };
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) || s >= 10 ? Math.round(s) : s.toFixed(1)} s`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
