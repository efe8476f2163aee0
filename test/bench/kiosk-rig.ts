// The whole app as a site runs it, for the user-facing figures: a real pseudo-terminal pair
// (socat) whose simulator end the bench writes, the CLI kiosk (`start --browser-kiosk --no-open`,
// its estimation worker inside) reading the other end, and Debian's headless Chromium showing the
// kiosk's page. Everything it starts is stopped by pid, and its temp folder removed, by close().
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, write } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { openPtyPair, type PtyPair } from '../../native-mocks/pty-pair.js';
import { CLI } from '../support/paths.js';
import { PROTOCOL } from './screen-script.js';

const START_MS = 20_000;
const STOP_MS = 10_000;

/** Wall-clock time in ms (performance.timeOrigin + performance.now(), as the page records it). */
export const wallNow = (): number => performance.timeOrigin + performance.now();

export interface KioskRig {
  kioskPid: number;
  page: Page;
  browser: Browser;
  /** The page's address, token included (not opened yet: install recorders first). */
  kioskUrl: string;
  /** Writes one frame; resolves with the wall time right after its last byte was written. */
  writeFrame(bytes: Buffer): Promise<number>;
  close(): Promise<void>;
}

export interface RigOptions {
  /** Another build of the kiosk (e.g. a copy next to a differently built renderer). */
  cli?: string;
  /** Node options for the kiosk, e.g. ['--cpu-prof', '--cpu-prof-dir=DIR'] to see where it spends. */
  nodeArgs?: string[];
}

/** Starts socat, the kiosk and Chromium; on any failure stops what had started, then throws. */
export async function startKioskRig(options: RigOptions = {}): Promise<KioskRig> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-bench-user-'));
  const cleanups: Array<() => Promise<void> | void> = [
    () => rmSync(dir, { recursive: true, force: true }),
  ];
  const close = async (): Promise<void> => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`bench: cleanup: ${(error as Error).message}`);
      }
    }
  };
  try {
    const pair: PtyPair = await openPtyPair();
    cleanups.push(() => pair.close());
    const fd = openSync(pair.simulatorPath, 'w');
    cleanups.push(() => closeSync(fd));
    const kiosk = await startKiosk(
      [...(options.nodeArgs ?? []), options.cli ?? CLI],
      pair.sensorPath,
      dir,
    );
    cleanups.push(() => stopKiosk(kiosk.child));
    const browser = await chromium.launch({
      executablePath: process.env.KIOSK_TEST_CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      // As the e2e tests run it (root in CI needs --no-sandbox).
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
      ],
    });
    cleanups.push(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    return {
      kioskPid: kiosk.child.pid!,
      page,
      browser,
      kioskUrl: kiosk.url,
      writeFrame: (bytes) => writeAll(fd, bytes),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

function writeAll(fd: number, bytes: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    write(fd, bytes, 0, bytes.length, null, (error, written) => {
      const at = wallNow();
      if (error) return reject(error);
      if (written < bytes.length) return resolve(writeAll(fd, bytes.subarray(written)));
      resolve(at);
    });
  });
}

/** `kiosk start` on the sensor's end, a fresh database and a home of its own. */
async function startKiosk(
  command: string[],
  sensorPath: string,
  dir: string,
): Promise<{ child: ChildProcess; url: string }> {
  const home = join(dir, 'home');
  const child = spawn(
    process.execPath,
    [
      ...command,
      'start',
      '--sensor',
      sensorPath,
      '--protocol',
      PROTOCOL,
      '--baud',
      '115200',
      '--db',
      join(dir, 'counts.sqlite'),
      '--browser-kiosk',
      '--no-open',
      // Latency is measured on a ready kiosk, not one warming up.
      '--warm-up',
      '0',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: join(home, '.config'),
        XDG_DATA_HOME: join(home, '.local', 'share'),
        XDG_STATE_HOME: join(home, '.local', 'state'),
        XDG_CACHE_HOME: join(home, '.cache'),
      },
    },
  );
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`kiosk did not start:\n${output}`)), START_MS);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      stopKiosk(child).then(() => reject(error), reject);
    };
    child.stdout!.on('data', () => {
      const match = /KIOSK_URL=(\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => fail(new Error(`kiosk exited with ${code}:\n${output}`)));
  });
  return { child, url };
}

/** SIGTERM, as a service manager stops it; SIGKILL if it has not stopped within 10 s. */
async function stopKiosk(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_MS);
  await exited;
  clearTimeout(timer);
}
