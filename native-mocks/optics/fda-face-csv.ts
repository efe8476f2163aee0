// One camera's CSV of the FDA thermography study read into subjects (see fda-face-stats.ts for the
// columns and the validity rule): per subject the mean of each face column over its valid
// rounds, its oral and room temperatures, and its round-1 maxima.
import { parseCsv, ROUNDS, VALID } from '../../electron/core/evaluation/fda-data.js';

export const FACE_COLUMNS = {
  tMax: 'T_Max',
  canthiMax: 'canthiMax',
  canthusRightMax: 'Max1R13_',
  canthusLeftMax: 'Max1L13_',
  canthusRightMean: 'aveAllR13_',
  canthusLeftMean: 'aveAllL13_',
  foreheadCentre: 'T_FHCC',
  foreheadRight: 'T_FHRC',
  foreheadLeft: 'T_FHLC',
  foreheadBottom: 'T_FHBC',
  foreheadTop: 'T_FHTC',
  foreheadMax: 'T_FH_Max',
  mouthMean: 'T_OR',
  mouthMax: 'T_OR_Max',
} as const;

export type FaceColumn = keyof typeof FACE_COLUMNS;
export const SUBJECT_COLUMNS = ['oral', 'room', ...Object.keys(FACE_COLUMNS)] as [
  'oral',
  'room',
  ...FaceColumn[],
];
export type SubjectColumn = 'oral' | 'room' | FaceColumn;
export type SubjectRow = Record<SubjectColumn, number>;

export interface Parsed {
  subjects: SubjectRow[];
  left: number;
  /** Round-1 values, for which region holds T_Max. */
  firstRound: { tMax: number; canthi: number; forehead: number; mouth: number }[];
}

export function parseCamera(text: string): Parsed {
  const rows = parseCsv(text);
  const header = rows[2] ?? [];
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (name.trim() !== '' && !index.has(name.trim())) index.set(name.trim(), i);
  });
  const cell = (row: string[], name: string): number => {
    const i = index.get(name);
    const text = i === undefined ? '' : (row[i] ?? '').trim();
    return text === '' ? NaN : Number(text);
  };
  const inRange = (x: number, [lo, hi]: readonly [number, number]) => x >= lo && x <= hi;
  const faceKeys = Object.keys(FACE_COLUMNS) as FaceColumn[];
  const subjects: SubjectRow[] = [];
  const firstRound: Parsed['firstRound'] = [];
  let left = 0;
  for (const row of rows.slice(3)) {
    if (row.every((c) => c.trim() === '')) continue;
    const oral = cell(row, 'aveOralM');
    const room = cell(row, 'T_atm');
    const sums = new Map<FaceColumn, number>(faceKeys.map((k) => [k, 0]));
    let used = 0;
    let first: Parsed['firstRound'][number] | null = null;
    for (let r = 1; r <= ROUNDS; r++) {
      const values = faceKeys.map((k) => cell(row, `${FACE_COLUMNS[k]}${r}`));
      if (!values.every((v) => inRange(v, VALID.faceC))) continue;
      used++;
      faceKeys.forEach((k, i) => sums.set(k, sums.get(k)! + values[i]!));
      const v = (k: FaceColumn) => values[faceKeys.indexOf(k)]!;
      first ??= {
        tMax: v('tMax'),
        canthi: v('canthiMax'),
        forehead: v('foreheadMax'),
        mouth: v('mouthMax'),
      };
    }
    if (used === 0 || !inRange(oral, VALID.oralC) || !inRange(room, VALID.ambientC)) {
      left++;
      continue;
    }
    const subject = { oral, room } as SubjectRow;
    for (const k of faceKeys) subject[k] = sums.get(k)! / used;
    subjects.push(subject);
    firstRound.push(first!);
  }
  return { subjects, left, firstRound };
}
