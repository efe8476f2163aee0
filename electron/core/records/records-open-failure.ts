// Why the counts database could not be opened or created, in words. SQLite's "unable to open
// database file" or "disk I/O error", or a bare errno, name neither the path nor the cause: the
// path is checked again (a folder, a mount or a disk is usually why), else the error's code says.
import { noRoomProblem, checkRecordsPath } from './records-path-check.js';
import { RecordsFileError } from './records-file-error.js';

const ELSEWHERE = 'or choose another place with --db PATH';

/** [codes, cause, what to do]: the first match explains the failure. */
const CAUSES: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/^(SQLITE_FULL|ENOSPC|EDQUOT)$/, 'the disk is full', `free some space on it, ${ELSEWHERE}`],
  [/^(SQLITE_READONLY.*|EROFS)$/, 'it is read-only', `make it writable, ${ELSEWHERE}`],
  [
    /^(SQLITE_PERM|SQLITE_AUTH|EACCES|EPERM)$/,
    'permission denied',
    `give this user write access, ${ELSEWHERE}`,
  ],
  [/^(ENOTDIR|EEXIST)$/, 'part of its folder is a file, not a folder', `move it, ${ELSEWHERE}`],
  [
    /^(SQLITE_BUSY|SQLITE_LOCKED).*$/,
    'another program has it locked (another kiosk?)',
    'stop that program, or choose another file with --db PATH',
  ],
  [
    /^(SQLITE_IOERR.*|EIO)$/,
    'the disk reported an input/output error',
    `check the disk (a failing card or a removed drive), ${ELSEWHERE}`,
  ],
  [/^SQLITE_CANTOPEN.*$/, 'it could not be opened', `check its folder and disk, ${ELSEWHERE}`],
];

/**
 * A RecordsFileError saying what went wrong, for a failure that came from the file system or
 * SQLite's access to the file; any other error (a fault in the kiosk) is returned as it is.
 */
export function explainOpenFailure(path: string, error: unknown): unknown {
  if (error instanceof RecordsFileError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const match = typeof code === 'string' ? CAUSES.find(([codes]) => codes.test(code)) : undefined;
  if (!match) return error;
  const [, cause, todo] = match;
  const found = checkRecordsPath(path) ?? noRoomProblem(path);
  return new RecordsFileError(
    found ?? `cannot keep the counts database at ${path}: ${cause} (${String(code)}); ${todo}`,
  );
}
