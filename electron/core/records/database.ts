// Opens the kiosk's SQLite file safely. A file that is not ours (not SQLite, or SQLite holding
// someone else's tables) is refused untouched; a file from a newer kiosk is refused untouched;
// a damaged kiosk file (integrity_check fails) is moved aside under a timestamped name and a
// fresh one started, so screening can go on and nothing is silently overwritten. An open that
// fails removes what it created and says why in words (records-open-failure.ts).
import {
  chmodSync,
  closeSync,
  existsSync,
  openSync,
  readSync,
  renameSync,
  statSync,
} from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import Database from 'better-sqlite3';
import { CreatedPaths } from './created-paths.js';
import { describeBytes, freeBytes, MIN_FREE_BYTES } from './disk-space.js';
import { FutureSchemaError, migrate, SCHEMA_VERSION } from './migrations.js';
import { RecordsFileError } from './records-file-error.js';
import { explainOpenFailure } from './records-open-failure.js';

export { RecordsFileError };

export interface OpenDatabaseOptions {
  /** An alternative better_sqlite3.node, e.g. one built for Electron's ABI. */
  nativeBinding?: string;
  now?: () => Date;
  /**
   * The running kiosk: an existing file on a full disk is opened anyway, so the counts it holds
   * can be shown; writes fail until space is freed (see OpenedDatabase.fullDisk).
   */
  readOnFullDisk?: boolean;
}

export interface OpenedDatabase {
  db: Database.Database;
  /** Where a damaged file was moved, or null. */
  setAside: string | null;
  /** Opened on a full disk: why nothing can be saved until space is freed, or null. */
  fullDisk: string | null;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Opens (creating and migrating as needed) the kiosk database for the running kiosk. */
export function openKioskDatabase(path: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const created = new CreatedPaths(path);
  try {
    const free = options.readOnFullDisk && hasContent(path) ? freeBytes(dirname(path)) : null;
    if (free !== null && free < MIN_FREE_BYTES) return openOnFullDisk(path, options, free);
    return openForWriting(path, options, created);
  } catch (error) {
    created.undo();
    throw explainOpenFailure(path, error);
  }
}

function openForWriting(
  path: string,
  options: OpenDatabaseOptions,
  created: CreatedPaths,
): OpenedDatabase {
  // Only the kiosk's user may read its records (PIN hashes among them): a folder the kiosk
  // creates is 0700, the file and its -wal/-shm 0600 (SQLite gives the WAL and SHM the file's
  // mode). A folder that was already there is left as it is: it may be shared, like /tmp.
  if (created.makeFolder(0o700)) chmodSync(dirname(path), 0o700);
  refuseForeignBytes(path);
  createOwnerOnly(path);
  let setAside: string | null = null;
  let db: Database.Database;
  try {
    db = openChecked(path, options.nativeBinding, false);
  } catch (error) {
    if (!(error instanceof DamagedError)) throw error;
    setAside = setAsideDamaged(path, options.now?.() ?? new Date());
    createOwnerOnly(path);
    db = new Database(path, bindingOption(options.nativeBinding));
  }
  setUp(db, path, 'wal');
  // Only once the file is known to be ours (a foreign or newer one is refused untouched).
  makeOwnerOnly(path);
  return { db, setAside, fullDisk: null };
}

/**
 * An existing database on a disk with no room: SQLite's shared-memory index (the -shm file) could
 * not even be made, so the file is opened in exclusive locking mode, which keeps that index in
 * memory. Its counts can be read at once; writes fail until space is freed, then work on the same
 * connection. The price: until this kiosk restarts, no other program (an export) can read the file.
 */
function openOnFullDisk(path: string, options: OpenDatabaseOptions, free: number): OpenedDatabase {
  refuseForeignBytes(path);
  let db: Database.Database;
  try {
    db = openChecked(path, options.nativeBinding, false, true);
  } catch (error) {
    if (!(error instanceof DamagedError)) throw error;
    throw new RecordsFileError(
      `${path} is damaged (${error.message}) and its disk is full (${describeBytes(free)} free): free some space and start the kiosk again, which sets the damaged file aside and starts a new one`,
    );
  }
  // The journal mode is left as the file has it. A current file needs nothing written; an older
  // one cannot be upgraded without space.
  setUp(db, path, 'keep-journal');
  makeOwnerOnly(path);
  return {
    db,
    setAside: null,
    fullDisk: `the disk holding ${path} is full (${describeBytes(free)} free): free some space on it`,
  };
}

/**
 * Sets the connection up and brings the schema up to date, closing it if either fails. WAL:
 * readers (an export) never block the kiosk. FULL: a count is on disk before its screen is shown,
 * even across a power cut. secure_delete: deleted counts leave no trace.
 */
function setUp(db: Database.Database, path: string, journal: 'wal' | 'keep-journal'): void {
  try {
    if (journal === 'wal') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('secure_delete = ON');
    migrate(db, path);
  } catch (error) {
    db.close();
    throw error;
  }
}

function hasContent(path: string): boolean {
  try {
    const stats = statSync(path);
    return stats.isFile() && stats.size > 0;
  } catch {
    return false;
  }
}

/** A new database file starts owner-only (SQLite then gives its WAL and SHM the same mode). */
function createOwnerOnly(path: string): void {
  if (!existsSync(path)) closeSync(openSync(path, 'wx', 0o600));
}

/** An older file (from before this check, or copied in) and its WAL and SHM made owner-only. */
function makeOwnerOnly(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file) && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  }
}

/** Opens an existing kiosk database for reading only (the export): never creates, migrates or
 * moves anything. */
export function openKioskDatabaseReadOnly(path: string, nativeBinding?: string): Database.Database {
  if (!existsSync(path)) {
    throw new RecordsFileError(
      `there is no kiosk database at ${path}; give the kiosk's file with --db PATH (\`kiosk start\` prints where it keeps it)`,
    );
  }
  refuseForeignBytes(path);
  let db: Database.Database;
  try {
    db = openChecked(path, nativeBinding, true);
  } catch (error) {
    if (error instanceof DamagedError) {
      throw new RecordsFileError(
        `${path} is damaged (${error.message}); start the kiosk once to set it aside, or restore a backup`,
      );
    }
    throw error;
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) {
    db.close();
    throw new RecordsFileError(
      `${path} is not a kiosk counts database (it is empty); give the kiosk's file with --db PATH`,
    );
  }
  if (version < SCHEMA_VERSION) {
    db.close();
    throw new RecordsFileError(
      `${path} was written by an older kiosk (schema ${version}); start this kiosk once on it to upgrade it, then export again`,
    );
  }
  return db;
}

class DamagedError extends Error {}

function bindingOption(nativeBinding: string | undefined): Database.Options {
  return nativeBinding ? { nativeBinding } : {};
}

/** Opens and checks: integrity, not someone else's database, not from a newer kiosk. */
function openChecked(
  path: string,
  nativeBinding: string | undefined,
  readonly: boolean,
  exclusive = false,
): Database.Database {
  const existed = existsSync(path) && statSync(path).size > 0;
  let db: Database.Database;
  try {
    db = new Database(path, { ...bindingOption(nativeBinding), readonly, fileMustExist: readonly });
    // Before the first read: only then does SQLite keep the WAL index in memory, not in -shm.
    if (exclusive) db.pragma('locking_mode = EXCLUSIVE');
  } catch (error) {
    if (existed && isCorruption(error)) throw new DamagedError(messageOf(error));
    throw error;
  }
  try {
    if (existed) {
      let result: string;
      try {
        result = String(db.pragma('integrity_check(1)', { simple: true }));
      } catch (error) {
        if (isCorruption(error)) throw new DamagedError(messageOf(error));
        throw error;
      }
      if (result !== 'ok') throw new DamagedError(`integrity_check: ${result}`);
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new FutureSchemaError(path, version);
    if (version === 0 && tableCount(db) > 0) {
      throw new RecordsFileError(
        `${path} is an SQLite database of another program, not a kiosk counts database; it was not changed. Choose another file with --db PATH`,
      );
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function tableCount(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number;
}

/** A non-empty file that does not start like an SQLite database is not ours to touch. */
function refuseForeignBytes(path: string): void {
  if (!existsSync(path) || statSync(path).size === 0) return;
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_MAGIC) {
    throw new RecordsFileError(
      `${path} is not a kiosk counts database (not an SQLite file); it was not changed. Choose another file with --db PATH`,
    );
  }
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    code === 'SQLITE_CORRUPT' ||
    code === 'SQLITE_NOTADB' ||
    (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'))
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** counts.sqlite → counts.damaged-20261124T101500Z.sqlite, with its -wal and -shm. */
function setAsideDamaged(path: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const ext = extname(path);
  const target = join(dirname(path), `${basename(path, ext)}.damaged-${stamp}${ext}`);
  renameSync(path, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  }
  return target;
}
