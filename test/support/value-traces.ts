// Looks for typed values in bytes: as the text staff typed (e.g. "38.43"), and as the float64 and
// float32 little-endian numbers a program could have stored them as. For "the volunteers' values
// are never written or logged".
import { existsSync, readFileSync } from 'node:fs';

export interface Trace {
  where: string;
  what: string;
  offset: number;
}

interface Pattern {
  what: string;
  bytes: Buffer;
}

function patternsFor(typed: readonly string[]): Pattern[] {
  return typed.flatMap((text) => {
    const value = Number(text);
    const f64 = Buffer.alloc(8);
    f64.writeDoubleLE(value);
    const f32 = Buffer.alloc(4);
    f32.writeFloatLE(value);
    return [
      { what: `text "${text}"`, bytes: Buffer.from(text, 'utf8') },
      { what: `float64 ${text}`, bytes: f64 },
      { what: `float32 ${text}`, bytes: f32 },
    ];
  });
}

/** Every place the typed values occur in `bytes`. */
export function tracesIn(bytes: Buffer, where: string, typed: readonly string[]): Trace[] {
  const hits: Trace[] = [];
  for (const p of patternsFor(typed)) {
    for (let at = bytes.indexOf(p.bytes); at !== -1; at = bytes.indexOf(p.bytes, at + 1)) {
      hits.push({ where, what: p.what, offset: at });
    }
  }
  return hits;
}

/** The database file and its -wal and -shm (those that exist), searched. */
export function tracesInDatabase(db: string, typed: readonly string[]): Trace[] {
  return [db, `${db}-wal`, `${db}-shm`]
    .filter((file) => existsSync(file))
    .flatMap((file) => tracesIn(readFileSync(file), file, typed));
}
