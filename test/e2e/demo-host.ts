// Starts the kiosk as a user would (browser kiosk, no browser launched) and finds its URL: `demo`
// with a simulated sensor, or `start` (live; without --sensor it stays paused, sensor not connected).
import { spawn, type ChildProcess } from 'node:child_process';
import { kioskUrlOf } from '../support/kiosk-url.js';
import { CLI } from '../support/paths.js';

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
  const kioskUrl = await kioskUrlOf(child, () => output, 15_000);
  return {
    url: kioskUrl.split('#')[0]!,
    kioskUrl,
    process: child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The kiosk URL with `?lang=xx` (the token stays in the fragment). */
export function withLanguage(kioskUrl: string, lang: string): string {
  const [base, fragment] = kioskUrl.split('#');
  return `${base}?lang=${lang}#${fragment}`;
}
