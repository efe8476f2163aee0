// Audit M3: closing or killing the kiosk's browser must not end the kiosk. The supervisor starts
// the browser again (each time through launch(): a fresh profile and boot code), with a backoff so
// a browser that dies at once does not spin, one log line per restart saying why; only stop()
// (the console's "Exit kiosk mode" or a signal to the kiosk) ends it, closing the browser.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { superviseBrowser, type SupervisedProcess } from '../../electron/cli/browser-supervisor.js';

class FakeChild extends EventEmitter implements SupervisedProcess {
  killed: Array<NodeJS.Signals | number | undefined> = [];
  /** Whether SIGTERM makes it exit (a hung browser ignores it). */
  constructor(private readonly obeysTerm = true) {
    super();
  }
  kill(signal?: NodeJS.Signals | number): boolean {
    this.killed.push(signal);
    if (signal === 'SIGKILL' || this.obeysTerm) {
      setImmediate(() => this.emit('exit', null, signal ?? 'SIGTERM'));
    }
    return true;
  }
  exit(code: number | null, signal: NodeJS.Signals | null = null): void {
    this.emit('exit', code, signal);
  }
}

describe('browser supervisor (fake browser)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup(options: { obeysTerm?: boolean; throwOn?: number[] } = {}) {
    const children: FakeChild[] = [];
    const lines: string[] = [];
    let launches = 0;
    const supervisor = superviseBrowser({
      launch: () => {
        launches++;
        if (options.throwOn?.includes(launches)) throw new Error('spawn EACCES');
        const child = new FakeChild(options.obeysTerm ?? true);
        children.push(child);
        return child;
      },
      log: (line) => lines.push(line),
      now: () => Date.now(),
    });
    return { children, lines, supervisor, launches: () => launches };
  }

  it('starts the browser at once, and again 1 s after it is closed, saying why', async () => {
    const { children, lines, launches } = setup();
    expect(launches()).toBe(1);
    children[0]!.exit(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/browser.*closed.*exit code 0.*again in 1 s/i);
    await vi.advanceTimersByTimeAsync(999);
    expect(launches()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(launches()).toBe(2);
  });

  it('starts the browser over when asked (its page could not get in), with a fresh launch', async () => {
    const { children, lines, launches, supervisor } = setup();
    supervisor.renew('its boot code was presented twice');
    expect(children[0]!.killed).toEqual(['SIGTERM']);
    expect(lines[0]).toMatch(/starting the browser over: its boot code was presented twice/);
    await vi.advanceTimersByTimeAsync(1000);
    expect(launches()).toBe(2);
    const stopped = supervisor.stop();
    await vi.advanceTimersByTimeAsync(10);
    await stopped;
    supervisor.renew('too late');
    expect(launches()).toBe(2);
  });

  it('names the signal when the browser was killed', () => {
    const { children, lines } = setup();
    children[0]!.exit(null, 'SIGKILL');
    expect(lines[0]).toMatch(/SIGKILL/);
  });

  it('backs off 1, 2, 4 … 30 s for a browser that dies at once, and resets after a long run', async () => {
    const { children, lines, launches } = setup();
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      const before = launches();
      children.at(-1)!.exit(1);
      let waited = 0;
      while (launches() === before) {
        await vi.advanceTimersByTimeAsync(100);
        waited += 100;
      }
      delays.push(waited);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(lines).toHaveLength(8);
    // This one runs for ten minutes: the next restart is quick again.
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    children.at(-1)!.exit(0);
    const before = launches();
    await vi.advanceTimersByTimeAsync(1000);
    expect(launches()).toBe(before + 1);
  });

  it('a launch that fails (spawn error or throw) is retried, one line each', async () => {
    const { children, lines, launches } = setup({ throwOn: [2] });
    // Node reports a failed spawn as 'error', and may follow it with 'exit': one restart only.
    children[0]!.emit('error', new Error('spawn ENOENT'));
    children[0]!.exit(-2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ENOENT/);
    await vi.advanceTimersByTimeAsync(1000);
    expect(launches()).toBe(2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/EACCES.*again in 2 s/);
    await vi.advanceTimersByTimeAsync(2000);
    expect(launches()).toBe(3);
    expect(children).toHaveLength(2);
  });

  it('stop() closes the browser and starts no other', async () => {
    const { children, supervisor, launches } = setup();
    const stopped = supervisor.stop();
    await vi.advanceTimersByTimeAsync(0);
    await stopped;
    expect(children[0]!.killed).toEqual(['SIGTERM']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(launches()).toBe(1);
  });

  it('stop() during the wait before a restart starts nothing', async () => {
    const { children, supervisor, launches } = setup();
    children[0]!.exit(0);
    await supervisor.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(launches()).toBe(1);
  });

  it('stop() kills a browser that ignores SIGTERM', async () => {
    const { children, supervisor } = setup({ obeysTerm: false });
    const stopped = supervisor.stop();
    await vi.advanceTimersByTimeAsync(5000);
    await stopped;
    expect(children[0]!.killed).toEqual(['SIGTERM', 'SIGKILL']);
  });
});

describe('browser supervisor (real processes)', () => {
  it('starts a process that keeps exiting again and again, then stops', async () => {
    let launches = 0;
    const lines: string[] = [];
    const supervisor = superviseBrowser({
      launch: () => {
        launches++;
        return spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' });
      },
      log: (line) => lines.push(line),
      minDelayMs: 20,
      maxDelayMs: 40,
    });
    const end = Date.now() + 10_000;
    while (launches < 3 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    await supervisor.stop();
    expect(launches).toBeGreaterThanOrEqual(3);
    expect(lines[0]).toMatch(/exit code 3/);
    const after = launches;
    await new Promise((r) => setTimeout(r, 150));
    expect(launches).toBe(after);
  });

  it('a killed process is replaced; stop() ends the replacement', async () => {
    const pids: number[] = [];
    const supervisor = superviseBrowser({
      launch: () => {
        const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
          stdio: 'ignore',
        });
        pids.push(child.pid!);
        return child;
      },
      log: () => undefined,
      minDelayMs: 20,
    });
    process.kill(pids[0]!, 'SIGKILL');
    const end = Date.now() + 10_000;
    while (pids.length < 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(pids).toHaveLength(2);
    await supervisor.stop();
    expect(() => process.kill(pids[1]!, 0)).toThrow();
  });
});
