// The one way tests run the real CLI kiosk as a child process, as a site runs it: `start` (live;
// without --sensor it stays paused) or `demo` (simulated sensor), as the browser kiosk with no
// browser opened, found by the `running at URL` line it prints. Optionally under a umask or a
// wrapper command (strace). Used by the Playwright fixture (test/e2e/fixtures/kiosk.ts), the
// security tests and the fault tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { kioskUrlOf } from './kiosk-url.js';
import { CLI } from './paths.js';
import { commandLine, descendantPids, signalAll } from './process-tree.js';

export type KioskCommand = 'start' | 'demo';

export interface StartOptions {
  /** Run under this umask (e.g. 0o000): proves file modes do not rest on a friendly umask. */
  umask?: number;
  /** A command put in front of `node dist/main/kiosk.mjs …`, e.g. ['strace', '-f', '-o', file]. */
  prefix?: string[];
  env?: NodeJS.ProcessEnv;
}

export interface CliKiosk {
  /** http://127.0.0.1:PORT/ (no token). */
  url: string;
  /** The printed URL, with its `#token=`. */
  kioskUrl: string;
  port: number;
  token: string;
  /** ws://127.0.0.1:port/api?token=… */
  wsUrl: string;
  /** The process spawned: the wrapper, or the kiosk itself without one. */
  process: ChildProcess;
  /** The kiosk's node process (the wrapper's child when there is a wrapper). */
  kioskPid: number;
  output: () => string;
  /** Resolves once the spawned process (wrapper included) has exited. */
  exited: Promise<void>;
  /**
   * SIGTERM to the kiosk, as Ctrl+C or a service manager stops it, then waits for the spawned
   * process. If it has not stopped within the time allowed, it and its children are killed and
   * this throws: a kiosk that does not stop is a fault.
   */
  stop(): Promise<void>;
  /**
   * SIGKILL to the kiosk alone (a power cut, the OOM killer) at once; resolves once it is gone and
   * what it had started (its socat) has been ended too, by id.
   */
  crash(): Promise<void>;
}

const START_MS = 20_000;
/** The kiosk stops in well under a second; this is only a safety net (strace slows it down). */
const STOP_MS = 10_000;
const WRAPPED_STOP_MS = 15_000;

const running = new Set<CliKiosk>();

export async function startCliKiosk(
  command: KioskCommand,
  args: string[],
  options: StartOptions = {},
): Promise<CliKiosk> {
  const prefix = options.prefix ?? [];
  const argv = [
    ...prefix,
    process.execPath,
    CLI,
    command,
    '--browser-kiosk',
    '--no-browser',
    // Verdicts at once: a test of the warm-up itself passes its own --warm-up.
    ...(args.includes('--warm-up') ? [] : ['--warm-up', '0']),
    ...args,
  ];
  // `exec` keeps the pid the kiosk's own, so SIGTERM reaches it and not a shell.
  const [file, ...rest] =
    options.umask === undefined
      ? argv
      : [
          '/bin/sh',
          '-c',
          `umask ${options.umask.toString(8).padStart(3, '0')} && exec "$@"`,
          'sh',
          ...argv,
        ];
  const child = spawn(file!, rest, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: options.env ?? process.env,
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const gone = (): boolean => child.exitCode !== null || child.signalCode !== null;
  /** SIGKILL to everything spawned, found before the kiosk dies (then they belong to init). */
  const killTree = async (): Promise<number[]> => {
    if (gone()) return [];
    const pids = [child.pid!, ...descendantPids(child.pid!)];
    signalAll(pids, 'SIGKILL');
    await exited;
    return pids;
  };

  let kioskUrl: string;
  let kioskPid = child.pid!;
  try {
    kioskUrl = await kioskUrlOf(child, () => output, START_MS);
    if (prefix.length > 0) {
      // The wrapper's descendant running the CLI: it has printed its URL, so it exists by now.
      const found = descendantPids(child.pid!).find((pid) => commandLine(pid).includes(CLI));
      if (found === undefined) throw new Error(`no kiosk process found under ${prefix[0]}`);
      kioskPid = found;
    }
  } catch (error) {
    // Never left running: a demo kiosk keeps reopening its pseudo-terminal's path, and would take
    // the one the next test's kiosk is given.
    await killTree();
    throw error;
  }

  const url = new URL(kioskUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  const stopMs = prefix.length > 0 ? WRAPPED_STOP_MS : STOP_MS;
  const kiosk: CliKiosk = {
    url: `${url.origin}/`,
    kioskUrl,
    port: Number(url.port),
    token,
    wsUrl: `ws://127.0.0.1:${url.port}/api?token=${token}`,
    process: child,
    kioskPid,
    output: () => output,
    exited,
    stop: async () => {
      running.delete(kiosk);
      if (gone()) return;
      signalAll([kioskPid], 'SIGTERM');
      const stopped = await Promise.race([
        exited.then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), stopMs).unref()),
      ]);
      if (stopped) return;
      const killed = await killTree();
      throw new Error(
        `the kiosk did not stop within ${stopMs / 1000} s of SIGTERM (killed: ${killed.join(', ')}):\n${output}`,
      );
    },
    crash: async () => {
      running.delete(kiosk);
      if (gone()) return;
      const orphans = descendantPids(kioskPid);
      process.kill(kioskPid, 'SIGKILL');
      await exited;
      // SIGTERM, so a socat left behind still removes its pty links.
      signalAll(orphans, 'SIGTERM');
    },
  };
  running.add(kiosk);
  return kiosk;
}

/** For afterEach/afterAll: whatever a test left running is stopped. */
export async function stopAllKiosks(): Promise<void> {
  await Promise.all([...running].map((k) => k.stop()));
}
