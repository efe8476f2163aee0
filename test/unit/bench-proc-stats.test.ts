// The bench's /proc parsing and percentiles (test/bench/proc-stats.ts, percentile.ts): the
// user-facing figures rest on reading utime/stime and VmRSS right.
import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../bench/percentile.js';
import {
  cpuSeconds,
  memoryMb,
  parseCommName,
  parseCpuTicks,
  parseStatusMb,
  percentOfCore,
  threadCpuSeconds,
} from '../bench/proc-stats.js';

// A real /proc/PID/stat line, with a command name holding a space and a parenthesis.
const STAT =
  '4242 (node (kiosk) x) S 1 4242 4242 0 -1 4194560 52190 0 0 0 1234 567 0 0 20 0 11 0 ' +
  '812345 1180000256 24000 18446744073709551615 1 1 0 0 0 0 0 16781312 17922 0 0 0 17 1 0 0 0 0 0';

describe('parseCpuTicks', () => {
  it('adds utime and stime (fields 14 and 15), whatever the command name holds', () => {
    expect(parseCpuTicks(STAT)).toBe(1234 + 567);
  });

  it('refuses text that is not a stat line', () => {
    expect(() => parseCpuTicks('not a stat line')).toThrow(/not a \/proc\/PID\/stat line/);
  });
});

describe('parseCommName', () => {
  it('takes the name between the first ( and the last )', () => {
    expect(parseCommName(STAT)).toBe('node (kiosk) x');
  });
});

describe('parseStatusMb', () => {
  const status = 'Name:\tnode\nVmPeak:\t 1200000 kB\nVmHWM:\t  102400 kB\nVmRSS:\t   88064 kB\n';

  it('reads a kB line as MB', () => {
    expect(parseStatusMb(status, 'VmRSS')).toBe(86);
    expect(parseStatusMb(status, 'VmHWM')).toBe(100);
  });

  it('is null for a key that is absent (an exiting process has no memory lines)', () => {
    expect(parseStatusMb('Name:\tnode\nState:\tZ (zombie)\n', 'VmRSS')).toBeNull();
  });
});

describe('this process through /proc', () => {
  it('has CPU time that grows with work, and a resident size below its peak', () => {
    const before = cpuSeconds(process.pid)!;
    const until = performance.now() + 200;
    let spin = 0;
    while (performance.now() < until) spin++;
    expect(spin).toBeGreaterThan(0);
    expect(cpuSeconds(process.pid)!).toBeGreaterThan(before);
    const memory = memoryMb(process.pid)!;
    expect(memory.rss).toBeGreaterThan(1);
    expect(memory.peak).toBeGreaterThanOrEqual(memory.rss);
  });

  it('lists its threads by id and name, the main thread among them', () => {
    const threads = threadCpuSeconds(process.pid);
    expect([...threads.keys()].some((key) => key.startsWith(`${process.pid} `))).toBe(true);
  });

  it('is null for a process that does not exist', () => {
    expect(cpuSeconds(2 ** 30)).toBeNull();
    expect(memoryMb(2 ** 30)).toBeNull();
  });
});

describe('percentOfCore', () => {
  it('is CPU seconds per wall second, in percent', () => {
    expect(percentOfCore(10, 10.3, 30)).toBeCloseTo(1, 10);
  });
});

describe('percentile and summarize', () => {
  const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted

  it('takes the nearest rank', () => {
    const sorted = [...values].sort((a, b) => a - b);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });

  it('summarizes unsorted values', () => {
    expect(summarize(values)).toEqual({ n: 100, p50: 50, p99: 99, max: 100 });
  });

  it('refuses an empty set', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
  });
});
