// Runs the built CLI as a user does and collects what it prints.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CLI } from './paths.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Output printed one JSON object a line (`--json`), parsed. */
export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * runuser, when these tests can run the CLI as `nobody` (permission is only ever denied to
 * someone who is not root): as root, with runuser, and a checkout `nobody` can read.
 */
export const RUNUSER_AS_NOBODY: string | null = (() => {
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser'].find((p) => existsSync(p));
  if (process.getuid?.() !== 0 || runuser === undefined) return null;
  return spawnSync(runuser, ['-u', 'nobody', '--', 'test', '-r', CLI]).status === 0
    ? runuser
    : null;
})();
