// Opens the browser kiosk in the system's Chromium (app + kiosk mode), when one is installed and
// there is a display to show it on.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.KIOSK_BROWSER) return existsSync(env.KIOSK_BROWSER) ? env.KIOSK_BROWSER : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return process.platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * Starts the browser on a fresh private profile, deleted when the browser exits: its history and
 * sessions (which hold the kiosk's URL) do not outlive the run.
 */
export function launchKioskBrowser(executable: string, url: string): ChildProcess {
  const profile = mkdtempSync(join(tmpdir(), 'kiosk-browser-'));
  const args = [
    `--app=${url}`,
    '--kiosk',
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    // The kiosk talks to 127.0.0.1 only; keep the browser from phoning home too.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,MediaRouter',
    '--autoplay-policy=no-user-gesture-required',
  ];
  // Chromium refuses to run as root with its sandbox on (kiosk appliances often run as root).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const child = spawn(executable, args, { stdio: 'ignore' });
  const forget = (): void => rmSync(profile, { recursive: true, force: true });
  child.once('exit', forget);
  child.once('error', forget);
  return child;
}
