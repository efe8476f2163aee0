// Children that end with the kiosk, however it ends, SIGKILL included (issue 14). Node has no
// prctl(PR_SET_PDEATHSIG), so a child is started through /bin/sh, which forks a watcher and then
// execs the child: the kiosk's ChildProcess is the child itself (same pid, signals, exit, stdio as
// a plain spawn), and the watcher blocks reading a pipe from the kiosk. The kernel closes the
// kiosk's end when the kiosk dies, however it dies, so the watcher wakes then, and only then (no
// polling, no long-lived helper of our own), and SIGTERMs the child, SIGKILL after 2 s. The
// watcher is the child's own child: "my parent is still the child" (/proc/self/stat) proves the
// pid was not reused before it is signalled, and when the child exits first (the kiosk stopped
// it), the kiosk closes the pipe and the watcher just leaves. Linux only; elsewhere a plain spawn.
// Each guarded child is also noted (child-guard-notes.ts), for the rare crash that takes the
// watcher with it; the first guarded spawn of a process ends what such a crash left.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { join } from 'node:path';
import { endStaleChildren, rememberChild } from './child-guard-notes.js';

/** The watcher, given the child's pid as $1 and the pipe from the kiosk as its stdin. Terminal
 * signals are for the kiosk: it stops its children itself. */
const WATCHER = `trap '' INT QUIT HUP
while read -r _; do :; done
n=0
while read -r _ _ _ parent _ </proc/self/stat && [ "$parent" = "$1" ]; do
  case $n in 0) kill -TERM "$1" ;; 40) kill -KILL "$1" ;; esac
  n=$((n + 1))
  sleep 0.05
done`;

/** $0 is the watcher's script, $1… the command; fd 3 is the pipe from the kiosk. The watcher is a
 * fresh shell so that its command line does not carry the child's (ps, pgrep -f). */
const LAUNCHER = `/bin/sh -c "$0" kiosk-child-guard "$$" <&3 >/dev/null 2>&1 3<&- &
exec "$@" 3<&-`;

export type GuardedStdio = 'ignore' | 'pipe' | 'inherit';

export interface GuardedSpawnOptions {
  /** The child's stdin, stdout and stderr, as for spawn(). */
  stdio?: [GuardedStdio, GuardedStdio, GuardedStdio];
  env?: NodeJS.ProcessEnv;
  /** Files the child leaves if it is ended the hard way, removed by the next start (pty links,
   * a browser profile). */
  leftovers?: readonly string[];
  log?: (line: string) => void;
}

let staleChildrenEnded = false;

/**
 * Starts `command args` like spawn(), but the child ends with this process. A command that cannot
 * be run is spawned plainly, so it fails with spawn()'s usual 'error' (ENOENT) as before.
 */
export function spawnGuarded(
  command: string,
  args: readonly string[],
  options: GuardedSpawnOptions = {},
): ChildProcess {
  const stdio = options.stdio ?? ['pipe', 'pipe', 'pipe'];
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.error(line));
  if (!canGuard(command, env)) return spawn(command, args, { stdio, env });
  if (!staleChildrenEnded) {
    staleChildrenEnded = true;
    void endStaleChildren(log);
  }
  const child = spawn('/bin/sh', ['-c', LAUNCHER, WATCHER, command, ...args], {
    stdio: [...stdio, 'pipe'],
    env,
  });
  const lifeline = child.stdio[3];
  // Whatever happens to the pipe must never bring the kiosk down.
  lifeline?.on('error', () => undefined);
  const forget =
    child.pid === undefined
      ? () => undefined
      : rememberChild(child.pid, command, args, options.leftovers ?? [], log);
  child.once('exit', () => {
    // The watcher then sees its child gone and leaves.
    lifeline?.destroy();
    forget();
  });
  return child;
}

function canGuard(command: string, env: NodeJS.ProcessEnv): boolean {
  if (process.platform !== 'linux' || !isExecutable('/bin/sh')) return false;
  if (command.includes('/')) return isExecutable(command);
  const dirs = (env.PATH ?? '').split(':').filter((dir) => dir !== '');
  return dirs.some((dir) => isExecutable(join(dir, command)));
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
