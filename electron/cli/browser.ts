// Opens the browser kiosk in the system's Chromium (app + kiosk mode), when one is installed and
// there is a display to show it on.
import { type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnGuarded } from '../app/child-guard.js';

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

/** What to do about the kiosk browser, given who the kiosk runs as (audit M4). */
export type BrowserLaunchPolicy =
  { launch: true; noSandbox: boolean; warning: string | null } | { launch: false; message: string };

/**
 * Chromium's sandbox cannot run as root, and without it a page's renderer runs unconfined with
 * root's rights. As root the kiosk starts no browser unless the user accepted that with
 * --allow-root-browser. `uid` is the kiosk's user id (undefined where there is none: Windows).
 */
export function browserLaunchPolicy(
  uid: number | undefined,
  allowRootBrowser: boolean,
): BrowserLaunchPolicy {
  if (uid !== 0) return { launch: true, noSandbox: false, warning: null };
  if (!allowRootBrowser) {
    return {
      launch: false,
      message:
        'No browser started: the kiosk is running as root, and Chromium cannot run its sandbox as ' +
        "root (it would need --no-sandbox, leaving the page unconfined with root's rights). Run " +
        'the kiosk as an ordinary user, or pass --allow-root-browser to start it without the ' +
        'sandbox and accept the risk. Meanwhile open the URL above in a browser on this machine.',
    };
  }
  return {
    launch: true,
    noSandbox: true,
    warning:
      "Warning: running as root with --allow-root-browser: the kiosk's browser runs without " +
      "Chromium's sandbox (--no-sandbox). Run the kiosk as an ordinary user to keep the sandbox.",
  };
}

/**
 * The kiosk browser's command line. It is visible to every local user (`ps`), so the URL carries
 * a one-time boot code (`#boot=…`), never the session token (audit M2).
 */
export function kioskBrowserArgs(
  url: string,
  profile: string,
  options: { noSandbox?: boolean } = {},
): string[] {
  if (/[#?&]token=/.test(url)) {
    throw new Error('the kiosk browser is given a boot code (#boot=…), never the session token');
  }
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
  // Only as root, and only when the user asked for it (browserLaunchPolicy).
  if (options.noSandbox) args.push('--no-sandbox');
  return args;
}

/**
 * Starts the browser on a fresh private profile, deleted when the browser exits: its history and
 * sessions (which hold the kiosk's URL) do not outlive the run.
 */
export function launchKioskBrowser(
  executable: string,
  url: string,
  options: { noSandbox?: boolean } = {},
): ChildProcess {
  const profile = mkdtempSync(join(tmpdir(), 'kiosk-browser-'));
  let args: string[];
  try {
    args = kioskBrowserArgs(url, profile, options);
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  // The browser ends with the kiosk, even a killed one; a killed kiosk's profile goes at the next
  // start.
  const child = spawnGuarded(executable, args, {
    stdio: ['ignore', 'ignore', 'ignore'],
    leftovers: [profile],
  });
  const forget = (): void => rmSync(profile, { recursive: true, force: true });
  child.once('exit', forget);
  child.once('error', forget);
  return child;
}
