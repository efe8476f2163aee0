// The browser kiosk with its browser launch path live (no --no-browser), where the "browser" is a
// stand-in: a tiny Node program that writes down each launch (its pid and arguments) and then
// waits, like a browser window, until it is killed. Used to check what the kiosk puts on the
// browser's command line (audit M2), what it does when the browser goes away (M3), and as root (M4).
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kioskUrlOf } from './kiosk-url.js';
import { CLI, tempDir } from './paths.js';

export interface Launch {
  pid: number;
  args: string[];
  /** The --app URL. */
  app: string;
  /** The --user-data-dir folder. */
  profile: string;
}

export interface FakeBrowserKiosk {
  process: ChildProcess;
  /** The printed URL with its `#token=`. */
  kioskUrl: string;
  url: string;
  port: number;
  token: string;
  output(): string;
  launches(): Launch[];
  /** Resolves once at least `count` launches were written down. */
  waitForLaunches(count: number, timeoutMs?: number): Promise<Launch[]>;
  /** Resolves with the kiosk's exit code once it has exited. */
  exited: Promise<number | null>;
  /** SIGTERM to the kiosk (if still running), then waits for it; removes what is left over. */
  stop(): Promise<void>;
}

/** True while a process with this id exists (and is not a zombie). */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z /.test(stat);
  } catch {
    return false;
  }
}

export async function waitUntil(
  check: () => boolean,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Starts `kiosk demo --browser-kiosk` with KIOSK_BROWSER pointing at the stand-in and a DISPLAY
 * set, so the kiosk takes its "launch the browser" path.
 */
export async function startWithFakeBrowser(args: string[]): Promise<FakeBrowserKiosk> {
  const dir = tempDir('kiosk-fake-browser-');
  const record = join(dir, 'launches.jsonl');
  const fake = join(dir, 'fake-browser.mjs');
  writeFileSync(
    fake,
    `#!${process.execPath}
import { appendFileSync, writeFileSync } from 'node:fs';
const args = process.argv.slice(2);
const profile = (args.find((a) => a.startsWith('--user-data-dir=')) ?? '').slice('--user-data-dir='.length);
if (profile) writeFileSync(profile + '/History', 'visited pages');
appendFileSync(${JSON.stringify(record)}, JSON.stringify({ pid: process.pid, args }) + '\\n');
setInterval(() => {}, 1 << 30);
`,
  );
  chmodSync(fake, 0o755);
  const child = spawn(
    process.execPath,
    [CLI, 'demo', '--browser-kiosk', '--warm-up', '0', '--db', join(dir, 'demo.sqlite'), ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, KIOSK_BROWSER: fake, DISPLAY: process.env.DISPLAY || ':99' },
    },
  );
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const launches = (): Launch[] => {
    if (!existsSync(record)) return [];
    return readFileSync(record, 'utf8')
      .split('\n')
      .filter((line) => line.endsWith('}'))
      .map((line) => {
        const { pid, args: given } = JSON.parse(line) as { pid: number; args: string[] };
        const value = (prefix: string): string =>
          (given.find((a) => a.startsWith(prefix)) ?? '').slice(prefix.length);
        return { pid, args: given, app: value('--app='), profile: value('--user-data-dir=') };
      });
  };
  /** Whatever the kiosk left behind (it normally closes its browser and deletes its profile). */
  const killStandIns = (): void => {
    for (const { pid, profile } of launches()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
      if (profile) rmSync(profile, { recursive: true, force: true });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  let kioskUrl: string;
  try {
    kioskUrl = await kioskUrlOf(child, () => output, 20_000);
  } catch (error) {
    child.kill('SIGKILL');
    killStandIns();
    throw error;
  }
  const url = kioskUrl.split('#')[0]!;
  return {
    process: child,
    kioskUrl,
    url,
    port: Number(new URL(url).port),
    token: new URLSearchParams(kioskUrl.split('#')[1]).get('token')!,
    output: () => output,
    launches,
    exited,
    async waitForLaunches(count, timeoutMs = 15_000) {
      await waitUntil(
        () => launches().length >= count,
        timeoutMs,
        `${count} browser launch(es); output so far:\n${output}`,
      );
      return launches();
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      killStandIns();
    },
  };
}
