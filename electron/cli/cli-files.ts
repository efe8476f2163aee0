// What the file-writing commands (export, bundle, rollup) check the same way: dates as typed, an
// output path whose folder exists, and a database the command can open.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LocalDateSchema } from '../contract/schemas.js';
import { UsageError } from '../app/parse-helpers.js';
import { CountsStore } from '../core/records/counts-store.js';
import { RecordsFileError } from '../core/records/database.js';
import { FutureSchemaError } from '../core/records/migrations.js';

export function dateOption(name: string, raw: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
    throw new UsageError(`--${name} must be a date written YYYY-MM-DD, got "${raw}"`);
  }
  if (!LocalDateSchema.safeParse(raw).success) {
    throw new UsageError(`--${name} ${raw} is not a real calendar date`);
  }
  return raw;
}

/** Checked before anything is read, so a typo in the path costs nothing. Overwriting an existing
 * file is allowed (usage says so). */
export function checkedOutPath(out: string, option = 'out', example = 'counts.csv'): string {
  const path = resolve(out);
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(
      `the folder for --${option} does not exist: ${dir}; create it or choose another`,
    );
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new UsageError(
      `--${option} ${out} is a folder; give a file name, e.g. ${join(path, example)}`,
    );
  }
  return path;
}

/** A database the command cannot use is the user's to fix (another --db): a usage error. */
export function withStore<T>(
  path: string,
  read: (store: CountsStore) => T,
  open: (path: string) => CountsStore = (p) => CountsStore.openExisting(p),
): T {
  let store: CountsStore;
  try {
    store = open(path);
  } catch (error) {
    if (error instanceof RecordsFileError || error instanceof FutureSchemaError) {
      throw new UsageError(error.message);
    }
    throw error;
  }
  try {
    return read(store);
  } finally {
    store.close();
  }
}
