// Looks inside a kiosk database generically, over sqlite_master, so it holds whatever tables the
// migrations add: row counts per table, the storage class of every stored value, and the counts.
import Database from 'better-sqlite3';

/** Tables of anonymous totals: `counts`, and any table whose name ends in `counts`. */
export function isCountTable(name: string): boolean {
  return name === 'counts' || name.endsWith('counts');
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
  types: StoredType[];
  /** Sum of `count` over the count tables. */
  countTotal: number;
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
    const types: StoredType[] = [];
    let countTotal = 0;
    for (const table of tables) {
      rows[table] = (
        db.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }
      ).n;
      const columns = (
        db.prepare('SELECT name FROM pragma_table_xinfo(?)').all(table) as Array<{ name: string }>
      ).map((c) => c.name);
      for (const column of columns) {
        const byType = db
          .prepare(
            `SELECT typeof(${quote(column)}) AS type, count(*) AS n FROM ${quote(table)} GROUP BY 1`,
          )
          .all() as Array<{ type: string; n: number }>;
        for (const t of byType) types.push({ table, column, type: t.type, values: t.n });
      }
      if (isCountTable(table)) {
        countTotal += (
          db.prepare(`SELECT coalesce(sum(count), 0) AS n FROM ${quote(table)}`).get() as {
            n: number;
          }
        ).n;
      }
    }
    const schema = db.pragma('user_version', { simple: true }) as number;
    return { rows, types, countTotal, schema };
  } finally {
    db.close();
  }
}
