// The FDA thermography data set (Wang et al., Sensors 2022; CC0): one CSV per camera, three header
// rows (row 3 holds the column names), UTF-8 with a byte-order mark, one subject a row, four
// measurement rounds with columns suffixed 1..4, then the reference oral temperature and the room.
//
// What is read: T_Max1..4 (whole-face maximum: the feature), canthiMax1..4 (for reference),
// aveOralM (reference oral temperature, monitor mode), T_atm (room °C), Humidity (%), Distance (m),
// Date (yy-mm-dd: SubjectID 161117-2 was measured on 16-11-17 = 2016-11-17) and Time (H:MM:SS).
// Gender, age and ethnicity are never read.
//
// A row is skipped, with its reason, when a value is impossible or a needed one is missing.
// Validity ranges (inclusive): oral 34–43 °C; face temperatures 25–42 °C; ambient 10–40 °C;
// humidity 0–100 %; distance 0.2–3 m. Humidity and distance are not used by the model: an empty
// cell is kept as null, but an impossible value (3021 %, 79 m) marks the row as mis-keyed and it is
// skipped. At least one T_Max round is needed; the feature is the mean of the rounds present.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv-parse.js';
import { num, parseDateTime, required, RowProblem } from './fda-cells.js';

// First declared here: importers keep this path.
export { parseCsv };

export const FDA_CAMERAS = ['FLIR', 'ICI'] as const;
export type FdaCamera = (typeof FDA_CAMERAS)[number];

export const FDA_FILES: Record<FdaCamera, string> = {
  FLIR: 'FLIR_groups1and2.csv',
  ICI: 'ICI_groups1and2.csv',
};

/** Oral temperature at or above this is a fever (the reference standard). */
export const FEVER_C = 37.5;

export const VALID = {
  oralC: [34, 43],
  faceC: [25, 42],
  ambientC: [10, 40],
  humidityPct: [0, 100],
  distanceM: [0.2, 3],
} as const satisfies Record<string, readonly [number, number]>;

export const ROUNDS = 4;

export interface FdaSubject {
  camera: FdaCamera;
  subjectId: string;
  /** 1-based line in the file. */
  line: number;
  /** T_Max per round, °C (null where the round is missing). */
  tMaxC: (number | null)[];
  canthiMaxC: (number | null)[];
  /** The feature: mean of the T_Max rounds present, °C. */
  faceC: number;
  /** How many T_Max rounds are present (1–4). */
  rounds: number;
  /** Standard error of `faceC` over the rounds (SD / √rounds); null with one round. */
  faceSeC: number | null;
  /** aveOralM, °C. */
  oralC: number;
  fever: boolean;
  /** T_atm, °C. */
  ambientC: number;
  humidityPct: number | null;
  distanceM: number | null;
  /** ISO date (yyyy-mm-dd) and time (HH:MM:SS) of the measurement. */
  date: string;
  time: string;
  /** Date and time as ms on a UTC clock (the study's local time; only order and gaps matter). */
  atMs: number;
}

export interface SkippedRow {
  camera: FdaCamera;
  line: number;
  subjectId: string;
  reason: string;
}

export interface FdaCameraData {
  camera: FdaCamera;
  file: string;
  /** First 12 hex digits of the file's SHA-256. */
  sha256: string;
  subjects: FdaSubject[];
  skipped: SkippedRow[];
}

export interface FdaData {
  dir: string;
  cameras: Partial<Record<FdaCamera, FdaCameraData>>;
}

const REQUIRED = [
  'SubjectID',
  'aveOralM',
  'T_atm',
  'Humidity',
  'Distance',
  'Date',
  'Time',
  ...Array.from({ length: ROUNDS }, (_, r) => `T_Max${r + 1}`),
];

/**
 * One camera's CSV text. `file` names it in messages. Throws when the layout is not the FDA one
 * (no column names in row 3); impossible rows are returned in `skipped`, never thrown.
 */
export function parseFdaCsv(
  text: string,
  camera: FdaCamera,
  file: string,
): { subjects: FdaSubject[]; skipped: SkippedRow[] } {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    throw new Error(`${file}: not a readable CSV file (${(error as Error).message})`, {
      cause: error,
    });
  }
  const header = rows[2] ?? [];
  const columns = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim();
    if (key !== '' && !columns.has(key)) columns.set(key, i);
  });
  const missing = REQUIRED.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    throw new Error(
      `${file}: not the FDA thermography layout: row 3 lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    );
  }
  const at = (row: string[], name: string): string | undefined => {
    const i = columns.get(name);
    return i === undefined ? undefined : row[i];
  };

  const subjects: FdaSubject[] = [];
  const skipped: SkippedRow[] = [];
  for (let r = 3; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((cell) => cell.trim() === '')) continue;
    const line = r + 1;
    const subjectId = (at(row, 'SubjectID') ?? '').trim();
    try {
      if (subjectId === '') throw new RowProblem('SubjectID is missing');
      const round = (name: string) =>
        Array.from({ length: ROUNDS }, (_, k) =>
          num(at(row, `${name}${k + 1}`), `${name}${k + 1}`, ' °C', VALID.faceC),
        );
      const tMaxC = round('T_Max');
      const canthiMaxC = round('canthiMax');
      const present = tMaxC.filter((v): v is number => v !== null);
      if (present.length === 0) throw new RowProblem('no T_Max round is present');
      const faceC = present.reduce((s, v) => s + v, 0) / present.length;
      const faceSeC =
        present.length < 2
          ? null
          : Math.sqrt(
              present.reduce((s, v) => s + (v - faceC) ** 2, 0) /
                (present.length - 1) /
                present.length,
            );
      const oralC = required(num(at(row, 'aveOralM'), 'aveOralM', ' °C', VALID.oralC), 'aveOralM');
      const ambientC = required(num(at(row, 'T_atm'), 'T_atm', ' °C', VALID.ambientC), 'T_atm');
      const humidityPct = num(at(row, 'Humidity'), 'Humidity', ' %', VALID.humidityPct);
      const distanceM = num(at(row, 'Distance'), 'Distance', ' m', VALID.distanceM);
      const when = parseDateTime(at(row, 'Date') ?? '', at(row, 'Time') ?? '');
      subjects.push({
        camera,
        subjectId,
        line,
        tMaxC,
        canthiMaxC,
        faceC,
        rounds: present.length,
        faceSeC,
        oralC,
        fever: oralC >= FEVER_C,
        ambientC,
        humidityPct,
        distanceM,
        ...when,
      });
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      skipped.push({ camera, line, subjectId, reason: error.message });
    }
  }
  return { subjects, skipped };
}

/**
 * Reads FLIR_groups1and2.csv and/or ICI_groups1and2.csv from `dir`. Throws one sentence when the
 * folder or both files are missing, or when a file is not in the FDA layout.
 */
export function loadFdaDir(dir: string): FdaData {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`${dir}: no such directory`);
  }
  const cameras: Partial<Record<FdaCamera, FdaCameraData>> = {};
  for (const camera of FDA_CAMERAS) {
    const file = FDA_FILES[camera];
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
    const parsed = parseFdaCsv(bytes.toString('utf8'), camera, file);
    cameras[camera] = { camera, file, sha256, ...parsed };
  }
  if (Object.keys(cameras).length === 0) {
    throw new Error(`expected ${FDA_FILES.FLIR} and/or ${FDA_FILES.ICI} in ${dir}`);
  }
  return { dir, cameras };
}

/** The cameras present, in a fixed order. */
export function camerasOf(data: FdaData): FdaCameraData[] {
  return FDA_CAMERAS.flatMap((c) => (data.cameras[c] ? [data.cameras[c]] : []));
}
