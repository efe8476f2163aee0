// Starts the browser kiosk (`demo`, no browser launched) like test/e2e/demo-host.ts does, optionally
// under a wrapper command (e.g. strace), and knows the kiosk's own process id behind the wrapper:
// SIGTERM goes to the kiosk itself, so the wrapper sees its whole shutdown.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { kioskUrlOf } from './kiosk-url.js';
import { CLI } from './paths.js';

export interface WrappedHost {
  url: string;
  kioskUrl: string;
  /** The process spawned: the wrapper, or the kiosk itself without one. */
  process: ChildProcess;
  /** The kiosk's node process (the wrapper's child when there is a wrapper). */
  kioskPid: number;
  output: () => string;
  /** SIGTERM to the kiosk, then waits until the spawned process (wrapper included) has exited. */
  stop(): Promise<void>;
}

export interface WrappedHostOptions {
  /** A command put in front of `node dist/main/kiosk.mjs …`, e.g. ['strace', '-f', '-o', file]. */
  prefix?: string[];
  env?: NodeJS.ProcessEnv;
}

/** Direct children of a process (Linux: /proc/PID/task/TID/children). */
export function childPids(pid: number): number[] {
  const pids: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  for (const tid of tasks) {
    try {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8');
      for (const child of text.split(/\s+/)) if (child) pids.push(Number(child));
    } catch {
      // the thread ended meanwhile
    }
  }
  return pids;
}

/** Every process below `pid`, children first. */
export function descendantPids(pid: number): number[] {
  const all: number[] = [];
  for (const child of childPids(pid)) all.push(child, ...descendantPids(child));
  return all;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

export async function startWrappedDemoHost(
  args: string[],
  options: WrappedHostOptions = {},
): Promise<WrappedHost> {
  const prefix = options.prefix ?? [];
  const command = [
    ...prefix,
    process.execPath,
    CLI,
    'demo',
    '--browser-kiosk',
    '--no-browser',
    ...args,
  ];
  const child = spawn(command[0]!, command.slice(1), {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: options.env ?? process.env,
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kioskUrl = await kioskUrlOf(child, () => output, 20_000);
  let kioskPid = child.pid!;
  if (prefix.length > 0) {
    // The wrapper's child running the CLI: it has printed its URL, so it exists by now.
    const kiosk = childPids(child.pid!).find((pid) => commandLine(pid).includes(CLI));
    if (kiosk === undefined) {
      child.kill('SIGKILL');
      throw new Error(`no kiosk process found under ${prefix[0]} (pid ${child.pid})`);
    }
    kioskPid = kiosk;
  }
  return {
    url: kioskUrl.split('#')[0]!,
    kioskUrl,
    process: child,
    kioskPid,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(kioskPid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        for (const pid of [kioskPid, child.pid!]) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }, 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
