// Can the kiosk keep its counts database at this path? Checked before anything is created: the
// folder exists or can be made (no part of it a file), the kiosk may write there (not a read-only
// file system, not denied), the file if present can be read and written, and a new file has room.
// Each problem is one sentence naming the path, the cause and what to do. Nothing is changed.
import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describeBytes, freeBytes, MIN_FREE_BYTES } from './disk-space.js';

const ELSEWHERE = 'or choose another place with --db PATH';

/** The problem with keeping the database at `path`, or null when it can be opened or created. */
export function checkRecordsPath(path: string): string | null {
  const cannot = `cannot keep the counts database at ${path}`;
  const folder = nearestFolder(dirname(resolve(path)));
  if ('notFolder' in folder) {
    return `${cannot}: ${folder.notFolder} is a file, not a folder; move it away, ${ELSEWHERE}`;
  }
  if ('denied' in folder) {
    return `${cannot}: this user may not look inside ${folder.denied} (permission denied); give it access, ${ELSEWHERE}`;
  }
  if ('unusable' in folder) {
    return `${cannot}: ${folder.unusable} cannot be used (${folder.code}); choose another place with --db PATH`;
  }
  const present = folder.dir === dirname(resolve(path)) && statOrNull(path);
  if (present && present.isDirectory()) {
    return `${cannot}: it is a folder, not a file; give a file name with --db PATH, e.g. ${join(path, 'counts.sqlite')}`;
  }
  // SQLite keeps its -wal and -shm files next to the database: the folder must take new files
  // even when the database itself is already there.
  const fileRefusal = present ? accessRefusal(path, constants.R_OK | constants.W_OK) : null;
  const refusal = fileRefusal ?? accessRefusal(folder.dir, constants.W_OK | constants.X_OK);
  if (refusal === 'EROFS') {
    return `${cannot}: ${folder.dir} is on a read-only file system; choose a place on a writable disk with --db PATH`;
  }
  if (refusal) {
    const what = fileRefusal ? `read and write ${path}` : `create files in ${folder.dir}`;
    return `${cannot}: this user may not ${what} (permission denied); give it write access, ${ELSEWHERE}`;
  }
  if (!present) return noRoomProblem(path, folder.dir);
  return null;
}

/** The disk holding `dir` is too full for the database at `path`, or null. */
export function noRoomProblem(path: string, dir = dirname(resolve(path))): string | null {
  const free = freeBytes(dir);
  if (free === null || free >= MIN_FREE_BYTES) return null;
  const room = `${describeBytes(free)} free in ${dir}; the kiosk needs ${describeBytes(MIN_FREE_BYTES)}`;
  return `cannot keep the counts database at ${path}: the disk is full (${room}); free some space on it, ${ELSEWHERE}`;
}

/** The folder the database would go in, or the nearest one above it that exists (the kiosk
 * creates the rest): or the first part of the path that is a file, or cannot be looked into. */
function nearestFolder(
  dir: string,
):
  | { dir: string }
  | { notFolder: string }
  | { denied: string }
  | { unusable: string; code: string } {
  let denied = false;
  for (let current = dir; ; current = dirname(current)) {
    try {
      const stats = statSync(current);
      if (!stats.isDirectory()) return { notFolder: current };
      // The first folder that can be seen, below which nothing could: it cannot be looked into.
      return denied ? { denied: current } : { dir: current };
    } catch (error) {
      const code = errnoCode(error);
      denied ||= code === 'EACCES' || code === 'EPERM';
      // ENOENT: not there yet; ENOTDIR: a part above is a file, found on the way up.
      const upward = denied || code === 'ENOENT' || code === 'ENOTDIR';
      // Anything else (a symbolic link loop, a name too long) is said as it is.
      if (!upward || dirname(current) === current) return { unusable: current, code: code ?? '?' };
    }
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The errno code when `path` may not be accessed as `mode` (EROFS, EACCES…), or null. */
function accessRefusal(path: string, mode: number): string | null {
  try {
    accessSync(path, mode);
    return null;
  } catch (error) {
    return errnoCode(error) ?? 'EACCES';
  }
}

function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
