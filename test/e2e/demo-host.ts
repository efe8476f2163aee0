// Starts the kiosk as a user would (browser kiosk, no browser launched) and finds its URL: `demo`
// with a simulated sensor, or `start` (live; without --sensor it stays paused, sensor not connected).
import { spawn, type ChildProcess } from 'node:child_process';
import { kioskUrlOf } from '../support/kiosk-url.js';
import { CLI } from '../support/paths.js';
import { descendantPids } from '../support/wrapped-host.js';

/** Ctrl+C or a service manager's SIGTERM: the kiosk stops in well under a second; this is ample. */
const STOP_MS = 10_000;

export interface DemoHost {
  url: string;
  kioskUrl: string;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

export function startDemoHost(args: string[]): Promise<DemoHost> {
  return startKioskHost('demo', args);
}

export async function startKioskHost(command: 'demo' | 'start', args: string[]): Promise<DemoHost> {
  const child = spawn(
    process.execPath,
    [CLI, command, '--browser-kiosk', '--no-browser', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let kioskUrl: string;
  try {
    kioskUrl = await kioskUrlOf(child, () => output, 15_000);
  } catch (error) {
    // Never left running: a demo kiosk keeps reopening its pseudo-terminal's path, and would
    // take the one the next test's kiosk is given.
    await kill(child, exited);
    throw error;
  }
  return {
    url: kioskUrl.split('#')[0]!,
    kioskUrl,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const stopped = await Promise.race([
        exited.then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), STOP_MS).unref()),
      ]);
      if (stopped) return;
      const killed = await kill(child, exited);
      throw new Error(
        `the kiosk did not stop within ${STOP_MS / 1000} s of SIGTERM (killed: ${killed.join(', ')}):\n${output}`,
      );
    },
  };
}

/** SIGKILL to the kiosk and everything it started (its socat); resolves once the kiosk is gone. */
async function kill(child: ChildProcess, exited: Promise<void>): Promise<number[]> {
  if (child.exitCode !== null || child.signalCode !== null) return [];
  // Its children first found, then killed: once the kiosk is gone they belong to init.
  const pids = [child.pid!, ...descendantPids(child.pid!)];
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await exited;
  return pids;
}

/** The kiosk URL with `?lang=xx` (the token stays in the fragment). */
export function withLanguage(kioskUrl: string, lang: string): string {
  const [base, fragment] = kioskUrl.split('#');
  return `${base}?lang=${lang}#${fragment}`;
}
