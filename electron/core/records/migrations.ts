// Schema migrations, one small function each, tracked by PRAGMA user_version and applied in one
// transaction. A database written by a newer kiosk is refused rather than guessed at.
import type Database from 'better-sqlite3';

type Migration = (db: Database.Database) => void;

const MIGRATIONS: readonly Migration[] = [
  // 1: anonymous daily counts. One row per (local day, outcome): never a row per person.
  (db) =>
    db.exec(`
      CREATE TABLE daily_counts (
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'refer', 'retry')),
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (day, outcome)
      ) WITHOUT ROWID;
    `),
  // 2: kiosk settings, the staff PIN's hash and the sensor choice, as JSON by key. Never anything
  // about a person.
  (db) =>
    db.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;'),
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export class FutureSchemaError extends Error {
  constructor(path: string, found: number) {
    super(
      `the counts database ${path} was written by a newer kiosk (schema ${found}; this version knows up to ${SCHEMA_VERSION}). ` +
        'Update the kiosk, or choose another file with --db PATH. The file was not changed.',
    );
    this.name = 'FutureSchemaError';
  }
}

export function migrate(db: Database.Database, path: string): void {
  const found = db.pragma('user_version', { simple: true }) as number;
  if (found > SCHEMA_VERSION) throw new FutureSchemaError(path, found);
  if (found === SCHEMA_VERSION) return;
  db.transaction(() => {
    for (let v = found; v < SCHEMA_VERSION; v++) MIGRATIONS[v]!(db);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
