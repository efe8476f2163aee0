// One FDA data row's cells (fda-data.ts): numbers within their validity ranges, and the
// yy-mm-dd date and H:MM:SS time. An impossible or missing value is a RowProblem, which skips the
// row with its reason rather than failing the file.

export class RowProblem extends Error {}

/** The cell as a number in `range` (inclusive), null when empty; `name` and `unit` for messages. */
export function num(
  raw: string | undefined,
  name: string,
  unit: string,
  range: readonly [number, number],
) {
  const text = (raw ?? '').trim();
  if (text === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new RowProblem(`${name} "${text}" is not a number`);
  if (value < range[0] || value > range[1]) {
    throw new RowProblem(`${name} ${text}${unit} outside ${range[0]}–${range[1]}${unit}`);
  }
  return value;
}

/** A value the row cannot do without. */
export function required(value: number | null, name: string): number {
  if (value === null) throw new RowProblem(`${name} is missing`);
  return value;
}

/** The study's Date (yy-mm-dd) and Time (H:MM:SS) as ISO text and ms on a UTC clock. */
export function parseDateTime(dateRaw: string, timeRaw: string) {
  const d = /^(\d{2})-(\d{2})-(\d{2})$/.exec(dateRaw.trim());
  const t = /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(timeRaw.trim());
  if (!d) throw new RowProblem(`Date "${dateRaw}" is not yy-mm-dd`);
  if (!t) throw new RowProblem(`Time "${timeRaw}" is not H:MM:SS`);
  const [year, month, day] = [2000 + Number(d[1]), Number(d[2]), Number(d[3])];
  const [h, m, sec] = [Number(t[1]), Number(t[2]), Number(t[3])];
  const atMs = Date.UTC(year, month - 1, day, h, m, sec);
  const check = new Date(atMs);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || h > 23 || m > 59) {
    throw new RowProblem(`Date "${dateRaw}" / Time "${timeRaw}" is not a valid date and time`);
  }
  const pad = (x: number) => String(x).padStart(2, '0');
  return {
    atMs,
    date: `${year}-${pad(month)}-${pad(day)}`,
    time: `${pad(h)}:${pad(m)}:${pad(sec)}`,
  };
}
