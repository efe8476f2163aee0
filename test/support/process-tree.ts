// The processes below a process, read from Linux's /proc: what a test must end by id when it
// kills a kiosk outright (its socat, its browser), since those then belong to init.
import { readFileSync, readdirSync } from 'node:fs';

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

/** A process's command line, its arguments joined by spaces ('' once it is gone). */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** The signal to each of these processes that still exists. */
export function signalAll(pids: number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}
