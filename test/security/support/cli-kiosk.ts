// Runs the real CLI kiosk (`start` on a database, or `demo`) as a child process, as a site runs
// it: the browser kiosk with nothing opened. The security tests reach it only through its host,
// so they attack what an attacker on the machine could reach.
import { spawn, type ChildProcess } from 'node:child_process';
import { kioskUrlOf } from '../../support/kiosk-url.js';
import { CLI } from '../../support/paths.js';
import { descendantPids } from '../../support/wrapped-host.js';

export interface CliKiosk {
  port: number;
  token: string;
  /** ws://127.0.0.1:port/api?token=… */
  wsUrl: string;
  process: ChildProcess;
  output: () => string;
  /** SIGTERM, as a service manager stops it; SIGKILL (socat too) if it does not stop. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Run under this umask (e.g. 0o000): proves file modes do not rest on a friendly umask. */
  umask?: number;
}

const START_MS = 20_000;
/** The kiosk stops in well under a second; this is only a safety net. */
const STOP_MS = 10_000;

const running = new Set<CliKiosk>();

export async function startCliKiosk(
  command: 'start' | 'demo',
  args: string[],
  options: StartOptions = {},
): Promise<CliKiosk> {
  const argv = [CLI, command, '--browser-kiosk', '--no-browser', ...args];
  // `exec` keeps the pid the kiosk's own, so SIGTERM reaches it and not a shell.
  const child =
    options.umask === undefined
      ? spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(
          '/bin/sh',
          [
            '-c',
            `umask ${options.umask.toString(8).padStart(3, '0')} && exec "$@"`,
            'sh',
            process.execPath,
            ...argv,
          ],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let kioskUrl: string;
  try {
    kioskUrl = await kioskUrlOf(child, () => output, START_MS);
  } catch (error) {
    await kill(child, exited);
    throw error;
  }
  const url = new URL(kioskUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  const kiosk: CliKiosk = {
    port: Number(url.port),
    token,
    wsUrl: `ws://127.0.0.1:${url.port}/api?token=${token}`,
    process: child,
    output: () => output,
    stop: async () => {
      running.delete(kiosk);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => void kill(child, exited), STOP_MS);
      await exited;
      clearTimeout(timer);
    },
  };
  running.add(kiosk);
  return kiosk;
}

/** For afterEach/afterAll: whatever a failed test left running is stopped. */
export async function stopAllKiosks(): Promise<void> {
  await Promise.all([...running].map((k) => k.stop()));
}

/** SIGKILL to the kiosk and what it started (the demo's socat), found before the kiosk dies. */
async function kill(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  for (const pid of [child.pid!, ...descendantPids(child.pid!)]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await exited;
}
