// What Linux's /proc tells about a process: enough to know "this very process" apart from a later
// one given the same pid (pids are reused, and pid_max may be as low as 32768).
import { readFileSync } from 'node:fs';

/** A pid and the process's start time (clock ticks after boot): together they name one process. */
export interface ProcessIdentity {
  pid: number;
  start: string;
}

/** The running process with this pid (a zombie counts as gone), or null. */
export function identityOf(pid: number): ProcessIdentity | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The name, in parentheses, may hold spaces: fields are counted after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const state = fields[0];
  const start = fields[19];
  if (state === undefined || state === 'Z' || state === 'X' || start === undefined) return null;
  return { pid, start };
}

/** True while the process named by `identity` runs. */
export function isRunning(identity: ProcessIdentity): boolean {
  return identityOf(identity.pid)?.start === identity.start;
}

/** The process's arguments (argv), or [] when it is gone. */
export function argvOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(0, -1);
  } catch {
    return [];
  }
}
