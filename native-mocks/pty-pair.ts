// A linked pair of pseudo-terminals made by socat: the simulator writes one end, the kiosk reads
// the other exactly as it would read a USB serial sensor. With `linkDir`, both ends get stable
// names (symlinks) that survive a restart: stop() is an unplug, start() plugs it back in. socat
// ends with the process that started it, even one killed by SIGKILL (spawnGuarded).
import { type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnGuarded } from '../electron/app/child-guard.js';

const STOP_TIMEOUT_MS = 1000;

export interface PtyPair {
  /** The end the kiosk opens, like /dev/ttyUSB0. */
  sensorPath: string;
  /** The end the simulator writes to. */
  simulatorPath: string;
  close(): Promise<void>;
}

/** With `linkDir`, the ends are named links in it, removed with the folder on close. */
export async function openPtyPair(timeoutMs = 5000, linkDir?: string): Promise<PtyPair> {
  const pair = new SocatPair(linkDir, { ownsLinkDir: true });
  const { sensorPath, simulatorPath } = await pair.start(timeoutMs);
  return {
    sensorPath,
    simulatorPath,
    close: async () => {
      await pair.stop();
      if (linkDir) rmSync(linkDir, { recursive: true, force: true });
    },
  };
}

export class SocatPair {
  private child: ChildProcess | null = null;

  /**
   * With a folder, the ends are `<dir>/sensor` and `<dir>/simulator`, stable across restarts.
   * `ownsLinkDir`: the folder is this pair's alone, removed too should a crash leave it behind.
   */
  constructor(
    private readonly linkDir?: string,
    private readonly options: { ownsLinkDir?: boolean } = {},
  ) {}

  get sensorLink(): string | null {
    return this.linkDir ? join(this.linkDir, 'sensor') : null;
  }

  get simulatorLink(): string | null {
    return this.linkDir ? join(this.linkDir, 'simulator') : null;
  }

  /** socat's pid while it runs: it holds both ends open itself, so it is not a reader. */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  start(timeoutMs = 5000): Promise<{ sensorPath: string; simulatorPath: string }> {
    const end = (link: string | null): string => `pty,raw,echo=0${link ? `,link=${link}` : ''}`;
    const child = spawnGuarded(
      'socat',
      ['-d', '-d', end(this.sensorLink), end(this.simulatorLink)],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        leftovers: this.leftovers(),
      },
    );
    this.child = child;
    return new Promise((resolve, reject) => {
      const paths: string[] = [];
      let log = '';
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error(`socat did not start within ${timeoutMs} ms: ${log.trim()}`));
      }, timeoutMs);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(socatMissing(error));
      });
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (text: string) => {
        log += text;
        for (const match of text.matchAll(/PTY is (\S+)/g)) paths.push(match[1]!);
        // Only once the loop runs are both ends connected; writing earlier loses bytes.
        if (/starting data transfer loop/.test(log) && paths.length >= 2) {
          clearTimeout(timer);
          resolve({
            sensorPath: this.sensorLink ?? paths[0]!,
            simulatorPath: this.simulatorLink ?? paths[1]!,
          });
        }
      });
    });
  }

  /** What a socat ended by SIGKILL leaves: its links (socat removes them itself on SIGTERM). */
  private leftovers(): string[] {
    if (this.options.ownsLinkDir && this.linkDir) return [this.linkDir];
    return [this.sensorLink, this.simulatorLink].filter((link) => link !== null);
  }

  /** Ends socat: both device files vanish, as when a USB sensor is unplugged. */
  stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      // socat ends at once on SIGTERM; should it not, do not hang the caller's shutdown.
      const force = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}

function socatMissing(error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT'
    ? new Error(
        'socat is not installed; install it (Debian/Ubuntu: sudo apt-get install socat) to run the simulated sensor',
      )
    : (error as Error);
}
