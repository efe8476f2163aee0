// The CLI kiosk as a real process that a test can kill outright (SIGKILL: a power cut, the OOM
// killer), together with what it started (its socat), by process id only.
import { spawn, type ChildProcess } from 'node:child_process';
import { CLI } from '../../support/paths.js';
import { descendantPids } from '../../support/process-tree.js';

export interface KillableKiosk {
  process: ChildProcess;
  output: () => string;
  /** SIGKILL to the kiosk; its children (found first: once it is gone they belong to init) are
   * ended too. Resolves with the signal that ended the kiosk, or null if it had exited itself. */
  kill(): Promise<NodeJS.Signals | null>;
}

export function startKiosk(args: string[]): KillableKiosk {
  // Verdicts at once (no warm-up) unless the test says otherwise.
  const kiosk = args[0] === 'start' || args[0] === 'demo';
  const ready = kiosk && !args.includes('--warm-up') ? ['--warm-up', '0'] : [];
  const child = spawn(process.execPath, [CLI, ...args, ...ready], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    output: () => output,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return child.signalCode;
      const children = descendantPids(child.pid!);
      child.kill('SIGKILL');
      await exited;
      for (const pid of children) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      return child.signalCode;
    },
  };
}
