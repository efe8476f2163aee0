// Small JSON values by key in the counts database's `settings` table (migration 2): settings,
// the staff PIN's hash, the sensor choice. Readers validate what they get back.
import type Database from 'better-sqlite3';

export class SettingsStore {
  private readonly getStmt: Database.Statement<[string], string>;
  private readonly setStmt: Database.Statement<[string, string]>;
  private readonly deleteStmt: Database.Statement<[string]>;

  constructor(db: Database.Database) {
    this.getStmt = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
    this.setStmt = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.deleteStmt = db.prepare('DELETE FROM settings WHERE key = ?');
  }

  /** The stored value; undefined when missing or not valid JSON (a damaged value is no value). */
  get(key: string): unknown {
    const raw = this.getStmt.get(key);
    if (raw === undefined) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: unknown): void {
    const json = JSON.stringify(value);
    // JSON.stringify(undefined) is undefined: refuse rather than store a NULL the table forbids.
    if (json === undefined) throw new Error(`setting "${key}": the value cannot be stored as JSON`);
    this.setStmt.run(key, json);
  }

  /** Forgets a value; true when there was one. */
  delete(key: string): boolean {
    return this.deleteStmt.run(key).changes > 0;
  }
}
