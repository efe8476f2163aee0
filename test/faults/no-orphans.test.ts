// Children never outlive the kiosk (issue 14, item 3): SIGKILL to a kiosk (no shutdown code runs)
// still ends the demo's socat pair, with its pty links, and the browser kiosk's browser; and a pair
// left by a kiosk that died with its guard too is ended by the next kiosk to start, which touches
// no socat it did not start and none of a kiosk still running. The real CLI, real socat; the
// browser is the stand-in of test/support/fake-browser.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  alive,
  startWithFakeBrowser,
  waitUntil,
  type FakeBrowserKiosk,
} from '../support/fake-browser.js';
import { CLI, tempDir } from '../support/paths.js';
import { startCliKiosk, type CliKiosk } from '../support/cli-kiosk.js';
import { childPids } from '../support/process-tree.js';

/** A kiosk's child processes are ended within this after it is killed; a safety net only. */
const GONE_MS = 10_000;

function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(0, -1);
  } catch {
    return [];
  }
}

/** The kiosk's socat child (started before the kiosk prints its URL). */
function socatOf(kioskPid: number): number {
  const socat = childPids(kioskPid).find((pid) => commandLine(pid)[0] === 'socat');
  if (socat === undefined) throw new Error(`kiosk ${kioskPid} has no socat child`);
  return socat;
}

/** The pty links named on a socat command line (`…,link=PATH`). */
function linksOf(pid: number): string[] {
  return commandLine(pid).flatMap((arg) => /,link=(.+)$/.exec(arg)?.[1] ?? []);
}

/** A path exists, a dangling link included. */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // gone already
  }
}

/** A process found below a kiosk, as it was seen: ended later only if it is still that one. */
interface Seen {
  pid: number;
  command: string;
}

function seen(...found: number[]): Seen[] {
  return found.map((pid) => ({ pid, command: commandLine(pid).join(' ') }));
}

describe('children never outlive the kiosk', () => {
  /** Every process a test started or found, and its folder: ended and removed whatever happens. */
  let leftovers: Seen[] = [];
  let hosts: CliKiosk[] = [];
  let handSocat: ChildProcess | null = null;
  let launcher: ChildProcess | null = null;
  let kiosksStarted = 0;
  let browserKiosk: FakeBrowserKiosk | null = null;
  let dir: string | null = null;
  afterEach(async () => {
    for (const host of hosts) await host.stop();
    await browserKiosk?.stop();
    handSocat?.kill('SIGKILL');
    launcher?.kill('SIGKILL');
    // Only what still is the process seen (its pid is not someone else's by now).
    for (const { pid, command } of leftovers) {
      if (alive(pid) && commandLine(pid).join(' ') === command) kill(pid);
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
    leftovers = [];
    hosts = [];
    handSocat = null;
    launcher = null;
    browserKiosk = null;
    dir = null;
  });

  /** A demo kiosk whose temporary files (pty links, notes) live in this test's own folder; each
   * has a database of its own (kiosks started together would race to create one). */
  async function demoKiosk(folder: string): Promise<CliKiosk> {
    const db = join(folder, `demo-${++kiosksStarted}.db`);
    const host = await startCliKiosk('demo', ['--people', '100', '--db', db], {
      env: { ...process.env, TMPDIR: folder },
    });
    hosts.push(host);
    return host;
  }

  it("SIGKILL to a demo kiosk ends its socat pair and removes the pair's links", async () => {
    dir = tempDir('kiosk-orphans-');
    const host = await demoKiosk(dir);
    const socat = socatOf(host.kioskPid);
    leftovers.push(...seen(socat, ...childPids(socat)));
    const links = linksOf(socat);
    expect(links).toHaveLength(2);
    expect(links.every(present)).toBe(true);

    process.kill(host.kioskPid, 'SIGKILL');

    await waitUntil(() => !alive(socat), GONE_MS, `socat ${socat} to end with its kiosk`);
    await waitUntil(() => !links.some(present), GONE_MS, 'the pty links to be removed');
  });

  it("SIGKILL to the browser kiosk ends its browser (and the demo's socat)", async () => {
    // As root the kiosk starts a browser only with --allow-root-browser (audit M4).
    const launchable = process.getuid?.() === 0 ? ['--allow-root-browser'] : [];
    browserKiosk = await startWithFakeBrowser(launchable);
    const [launch] = await browserKiosk.waitForLaunches(1);
    const kioskPid = browserKiosk.process.pid!;
    const socat = socatOf(kioskPid);
    leftovers.push(...seen(socat, ...childPids(socat), ...childPids(launch!.pid)));

    process.kill(kioskPid, 'SIGKILL');

    await waitUntil(() => !alive(launch!.pid), GONE_MS, 'the browser to end with its kiosk');
    await waitUntil(() => !alive(socat), GONE_MS, `socat ${socat} to end with its kiosk`);
  });

  it('SIGKILL to the launcher of the Electron kiosk ends Electron', async () => {
    dir = tempDir('kiosk-orphans-');
    // A stand-in for Electron's binary, found through ELECTRON_OVERRIDE_DIST_PATH: it notes its
    // pid and waits, like a kiosk window.
    const pidFile = join(dir, 'electron.pid');
    const fake = join(dir, 'electron');
    writeFileSync(
      fake,
      `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));\nsetInterval(() => {}, 1 << 30);\n`,
    );
    chmodSync(fake, 0o755);
    launcher = spawn(process.execPath, [CLI, 'start', '--db', join(dir, 'counts.db')], {
      stdio: 'ignore',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dir },
    });
    await waitUntil(
      () => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '',
      GONE_MS,
      'Electron to start',
    );
    const electron = Number(readFileSync(pidFile, 'utf8'));
    leftovers.push(...seen(electron));

    launcher.kill('SIGKILL');

    await waitUntil(() => !alive(electron), GONE_MS, 'Electron to end with its launcher');
  });

  it('a pair left by a kiosk that died with its guard is ended at the next start, and nothing else', async () => {
    dir = tempDir('kiosk-orphans-');
    const folder = dir;
    // A kiosk that stays up throughout, and a socat this user started by hand the way the kiosk
    // starts its own: neither may be touched.
    const [crashing, running] = await Promise.all([demoKiosk(folder), demoKiosk(folder)]);
    const runningSocat = socatOf(running.kioskPid);
    handSocat = spawn(
      'socat',
      ['-d', '-d', `pty,raw,echo=0,link=${folder}/hand-a`, `pty,raw,echo=0,link=${folder}/hand-b`],
      { stdio: 'ignore' },
    );
    await waitUntil(() => present(`${folder}/hand-b`), GONE_MS, 'the hand-made pair');

    // The crash: its guard is killed first, then the kiosk (as when the whole group is killed,
    // or by a kiosk from before the guard), so its socat is left behind.
    const stale = socatOf(crashing.kioskPid);
    const staleLinks = linksOf(stale);
    leftovers.push(...seen(stale));
    for (const guard of childPids(stale)) kill(guard);
    kill(crashing.kioskPid);
    await waitUntil(() => !alive(crashing.kioskPid), GONE_MS, 'the crashed kiosk to be gone');
    expect(alive(stale)).toBe(true);

    const next = await demoKiosk(folder);

    await waitUntil(() => !alive(stale), GONE_MS, `the stale socat ${stale} to be ended`);
    await waitUntil(() => !staleLinks.some(present), GONE_MS, 'the stale links to be removed');
    await waitUntil(
      () => next.output().includes(`(pid ${stale})`),
      GONE_MS,
      `a line naming the stale socat; output so far:\n${next.output()}`,
    );
    expect(next.output()).toMatch(/earlier kiosk.*socat/i);
    await next.stop();
    expect(alive(runningSocat)).toBe(true);
    expect(alive(handSocat.pid!)).toBe(true);
    expect(present(`${folder}/hand-a`)).toBe(true);
  });
});
