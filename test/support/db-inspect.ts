// Looks inside a kiosk database generically, over sqlite_master, so it holds whatever tables the
// migrations add: row counts per table, each table's primary key, the storage class of every
// stored value, and the counts.
import Database from 'better-sqlite3';

/** Tables of anonymous screening totals: `counts`, and any table whose name ends in `counts`. */
export function isCountTable(name: string): boolean {
  return name === 'counts' || name.endsWith('counts');
}

/** Second-check outcomes staff tapped, counted per hour like the screening counts. */
export const SECOND_CHECK_TABLE = 'second_checks';

/**
 * Tables whose rows are keyed by time, kiosk and a category only (one row per day or hour, kiosk
 * and outcome or pause reason): they gain rows as days pass, never as people pass. The privacy
 * test checks their primary keys hold nothing but KEY_COLUMNS.
 */
const TIME_KEYED = new Set([SECOND_CHECK_TABLE, 'conditions', 'paused_minutes']);
export const KEY_COLUMNS: ReadonlySet<string> = new Set([
  'day',
  'hour',
  'kiosk',
  'outcome',
  'reason',
]);

export function isTimeKeyedTable(name: string): boolean {
  return isCountTable(name) || TIME_KEYED.has(name);
}

/** Device data may hold real numbers (the blackbody's temperature, gains, offsets). */
const DEVICE_TABLES = new Set(['calibrations', 'settings']);
/** The conditions record's room range (the air the sensor sees, never a person), °C. */
const ROOM_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  conditions: ['room_min_c', 'room_max_c'],
};

/** Where a real number may be stored: device tables, and the room's columns of the conditions. */
export function mayHoldReal(table: string, column: string): boolean {
  return DEVICE_TABLES.has(table) || (ROOM_COLUMNS[table]?.includes(column) ?? false);
}

export interface StoredType {
  table: string;
  column: string;
  /** SQLite's storage class: null, integer, real, text or blob. */
  type: string;
  values: number;
}

export interface DatabaseFacts {
  rows: Record<string, number>;
  /** Each table's primary-key columns (empty for a rowid table without one). */
  keys: Record<string, string[]>;
  types: StoredType[];
  /** Sum of `count` over the count tables. */
  countTotal: number;
  /** Sum of `count` over the second checks (0 where the table does not exist). */
  secondCheckTotal: number;
  /** PRAGMA user_version: the schema the file was migrated to. */
  schema: number;
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function inspectDatabase(path: string): DatabaseFacts {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .all() as Array<{
        name: string;
      }>
    ).map((t) => t.name);
    const rows: Record<string, number> = {};
    const keys: Record<string, string[]> = {};
    const types: StoredType[] = [];
    let countTotal = 0;
    let secondCheckTotal = 0;
    for (const table of tables) {
      rows[table] = (
        db.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }
      ).n;
      const columns = (
        db.prepare('SELECT name FROM pragma_table_xinfo(?)').all(table) as Array<{ name: string }>
      ).map((c) => c.name);
      keys[table] = db
        .prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk')
        .pluck()
        .all(table) as string[];
      for (const column of columns) {
        const byType = db
          .prepare(
            `SELECT typeof(${quote(column)}) AS type, count(*) AS n FROM ${quote(table)} GROUP BY 1`,
          )
          .all() as Array<{ type: string; n: number }>;
        for (const t of byType) types.push({ table, column, type: t.type, values: t.n });
      }
      const sum = () =>
        (
          db.prepare(`SELECT coalesce(sum(count), 0) AS n FROM ${quote(table)}`).get() as {
            n: number;
          }
        ).n;
      if (isCountTable(table)) countTotal += sum();
      if (table === SECOND_CHECK_TABLE) secondCheckTotal += sum();
    }
    const schema = db.pragma('user_version', { simple: true }) as number;
    return { rows, keys, types, countTotal, secondCheckTotal, schema };
  } finally {
    db.close();
  }
}
