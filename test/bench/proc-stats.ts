// Linux /proc sampling for the bench's user-facing figures: a process's CPU time (utime + stime),
// its resident memory now and at its peak, and its command line. Null where there is no /proc.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** utime + stime in clock ticks, from the text of /proc/PID/stat. */
export function parseCpuTicks(stat: string): number {
  // The command name (field 2) is in parentheses and may hold spaces or ')': count fields after
  // the last ')'. Fields 3 (state) onwards; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[14 - 3]);
  const stime = Number(fields[15 - 3]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) {
    throw new Error(`not a /proc/PID/stat line: ${stat.slice(0, 80)}`);
  }
  return utime + stime;
}

/** A `Key:   1234 kB` line of /proc/PID/status in MB (1024 kB), or null when absent. */
export function parseStatusMb(status: string, key: string): number | null {
  const match = new RegExp(`^${key}:\\s+(\\d+) kB$`, 'm').exec(status);
  return match ? Number(match[1]) / 1024 : null;
}

let ticksPerSecond: number | null = null;

/** CLK_TCK (`getconf CLK_TCK`; 100 on every Linux the kiosk runs on, should getconf be absent). */
export function clockTicksPerSecond(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** CPU time used so far by a process (all its threads), in seconds; null once it is gone. */
export function cpuSeconds(pid: number): number | null {
  try {
    return parseCpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8')) / clockTicksPerSecond();
  } catch {
    return null;
  }
}

/** The command name (comm) in a /proc stat line: a thread's name for a task's stat. */
export function parseCommName(stat: string): string {
  return stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
}

/** CPU seconds so far of each thread of a process, keyed `tid name` (empty once it is gone). */
export function threadCpuSeconds(pid: number): Map<string, number> {
  const threads = new Map<string, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      threads.set(`${tid} ${parseCommName(stat)}`, parseCpuTicks(stat) / clockTicksPerSecond());
    } catch {
      // the thread ended meanwhile
    }
  }
  return threads;
}

/** VmRSS and VmHWM (its peak) in MB; null once the process is gone or exiting. */
export function memoryMb(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = parseStatusMb(status, 'VmRSS');
    const peak = parseStatusMb(status, 'VmHWM');
    return rss === null || peak === null ? null : { rss, peak };
  } catch {
    return null;
  }
}

/** The command line with its arguments joined by spaces ('' once the process is gone). */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '';
  }
}

/** CPU time between two readings as a percentage of one core over `seconds` of wall time. */
export function percentOfCore(before: number, after: number, seconds: number): number {
  return ((after - before) / seconds) * 100;
}
