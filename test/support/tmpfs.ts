// Small real disks for fault tests: a tmpfs of a given size, full or read-only. Mounting needs
// root (CI runs as root); elsewhere the caller is told why, to skip with that reason.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './paths.js';

export interface Tmpfs {
  dir: string;
  /** Makes it read-only (its files stay as they are). */
  readOnly(): void;
  /** Writes a filler until the disk is full; returns the filler's path (unlink it to free). */
  fill(): string;
  unmount(): void;
}

/** Why tmpfs cannot be mounted here, or null when it can (checked with a throwaway mount). */
export const TMPFS_UNAVAILABLE: string | null = (() => {
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root (CI runs as root)';
  try {
    mountTmpfs().unmount();
    return null;
  } catch (error) {
    return `could not mount a tmpfs: ${(error as Error).message.split('\n')[0]}`;
  }
})();

export function mountTmpfs(options = 'size=3m'): Tmpfs {
  const dir = tempDir('kiosk-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    readOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' }),
    fill: () => fill(dir),
    unmount: () => {
      execFileSync('umount', [dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function fill(dir: string): string {
  const path = join(dir, 'filler');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return path; // a short write took the last bytes before ENOSPC: the disk is full
}
