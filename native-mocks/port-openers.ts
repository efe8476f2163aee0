// Tells when a process opens or closes the kiosk's end of a simulated serial port, the way a
// USB-serial board notices the host: opening the port asserts DTR (an Uno-class board resets),
// and while nobody has it open the bridge drops what the board prints.
//
// A pseudo-terminal has no DTR line, so we look instead: which processes hold a descriptor on
// the sensor end (Linux /proc/<pid>/fd/* links to its real /dev/pts/N path), every ~50 ms while
// nobody does, and every ~10 ms (only the known holders: cheap) while someone does, so that a
// close and reopen is seen unless both happen within those 10 ms. socat holds both ends itself,
// so `ignorePids` lists socat's pid (and ours, unless the reader runs in this process). The scan
// uses synchronous calls on purpose: async ones would queue thousands of tiny jobs on libuv's
// thread pool, which serialport's writes share. Where /proc is not there (macOS, Windows),
// watchPortOpeners returns null and the simulator writes always, as if the port were always
// open (and boards never reset on open).
import { readdirSync, readlinkSync, realpathSync } from 'node:fs';

/** While someone holds the port, how often their descriptors are checked. */
const HOLDER_CHECK_MS = 10;

export interface PortOpeners {
  /** Someone other than the ignored processes has the sensor end open (as of the last scan). */
  readonly isOpen: boolean;
  /** Calls `listener` on every change (true: opened, false: closed); returns an unsubscribe. */
  onChange(listener: (open: boolean) => void): () => void;
  /** Resolves once the port is open (at once if it is); rejects when `signal` aborts. */
  waitOpen(signal: AbortSignal): Promise<void>;
  stop(): void;
}

export interface WatchOptions {
  ignorePids: readonly number[];
  /** How often all processes are scanned while nobody holds the port. */
  intervalMs?: number;
}

export function watchPortOpeners(sensorPath: string, options: WatchOptions): PortOpeners | null {
  if (!procAvailable()) return null;
  const target = realpathSync(sensorPath);
  const ignore = new Set(options.ignorePids);
  const listeners = new Set<(open: boolean) => void>();
  let holders: number[] = [];
  let open = false;
  let tick = 0;
  const fullScanEvery = Math.max(1, Math.round((options.intervalMs ?? 50) / HOLDER_CHECK_MS));
  const scan = (): void => {
    const known = holders.filter((pid) => holds(pid, target));
    holders = known.length > 0 || tick++ % fullScanEvery !== 0 ? known : findHolder(target, ignore);
    const now = holders.length > 0;
    if (now === open) return;
    open = now;
    for (const listener of [...listeners]) listener(open);
  };
  holders = findHolder(target, ignore);
  open = holders.length > 0;
  const timer = setInterval(scan, HOLDER_CHECK_MS);
  // The watch must never keep a process alive on its own.
  timer.unref();
  const watcher: PortOpeners = {
    get isOpen() {
      return open;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    waitOpen(signal) {
      if (open) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const done = (): void => {
          off();
          signal.removeEventListener('abort', abort);
        };
        const abort = (): void => {
          done();
          reject(signal.reason as Error);
        };
        const off = watcher.onChange((isOpen) => {
          if (!isOpen) return;
          done();
          resolve();
        });
        if (signal.aborted) abort();
        else signal.addEventListener('abort', abort);
      });
    },
    stop() {
      clearInterval(timer);
      listeners.clear();
    },
  };
  return watcher;
}

function procAvailable(): boolean {
  try {
    readdirSync('/proc/self/fd');
    return true;
  } catch {
    return false;
  }
}

/** A process holding `target` open, if any (one is enough to know the port is open). */
function findHolder(target: string, ignore: ReadonlySet<number>): number[] {
  for (const name of safeReaddir('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || ignore.has(pid)) continue;
    if (holds(pid, target)) return [pid];
  }
  return [];
}

function holds(pid: number, target: string): boolean {
  const dir = `/proc/${pid}/fd`;
  for (const fd of safeReaddir(dir)) {
    try {
      if (readlinkSync(`${dir}/${fd}`) === target) return true;
    } catch {
      // The descriptor closed (or the process ended) while we looked.
    }
  }
  return false;
}

function safeReaddir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    // Another user's process, or one that just ended.
    return [];
  }
}
