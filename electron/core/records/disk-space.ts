// How much room the disk under the counts database has left. A new database with its WAL and
// shared-memory index takes about 100 KiB before the first count, and the WAL grows in 4 KiB pages
// to a few MiB between checkpoints: below MIN_FREE_BYTES the disk counts as full.
import { statfsSync } from 'node:fs';

export const MIN_FREE_BYTES = 1024 * 1024;

/** Bytes an unprivileged writer may still use on the disk holding `dir`, or null if unknown. */
export function freeBytes(dir: string): number | null {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return null; // no statfs here (or the folder vanished): the open itself will tell
  }
}

/** Whether the disk holding `dir` is (nearly) full; false when that cannot be known. */
export function diskFull(dir: string): boolean {
  const free = freeBytes(dir);
  return free !== null && free < MIN_FREE_BYTES;
}

/** "0 bytes", "12 KiB", "3.4 MiB": free space as a person reads it. */
export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.floor(bytes / 1024)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
