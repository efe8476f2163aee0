// The FDA thermography study's regional face temperatures (Wang et al., Sensors 2022, 22:215;
// data CC0): per subject, the regions the simulated faces are built from, and the population
// statistics the simulated people must reproduce. Written to fda-face-stats.json and
// fda-face-subjects.json by `node native-mocks/optics/build-fda-face-stats.mjs`; a unit test
// recomputes them from test/fixtures/fda-thermography/ and compares.
//
// Columns (row 3 of the CSVs, suffixed by round 1..4; row 2's labels in brackets):
//   T_Max [T_max] whole-face maximum · canthiMax [T_CEmax] extended-canthi maximum ·
//   Max1R13_/Max1L13_ [T_CRmax/T_CLmax] right/left inner-canthus maximum · aveAllR13_/aveAllL13_
//   [T̅_CR/T̅_CL] mean of the 13 × 13-pixel canthus region · T_FHCC/T_FHRC/T_FHLC/T_FHBC/T_FHTC
//   [T_FC/T_FR/T_FL/T_FB/T_FT] forehead centre/right/left/bottom/top · T_FH_Max [T_FEmax]
//   extended-forehead maximum · T_OR / T_OR_Max [T_Mmax] mouth (oral) region mean / maximum ·
//   aveOralM reference oral temperature (monitor mode) · T_atm room air.
// "Right" is the subject's right (the viewer's left).
//
// A subject's value of a column is the mean over the rounds in which every face column is
// present and within 25–42 °C (the validity ranges of electron/core/evaluation/fda-data.ts);
// subjects with no such round, or an invalid oral (34–43 °C) or room (10–40 °C), are left out.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FDA_CAMERAS,
  FDA_FILES,
  parseCsv,
  ROUNDS,
  VALID,
  type FdaCamera,
} from '../../electron/core/evaluation/fda-data.js';

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

export interface FdaFaceSubjects {
  camera: FdaCamera;
  columns: SubjectColumn[];
  /** One subject a row, in `columns` order, °C to 2 decimals. */
  rows: number[][];
}

interface MeanSd {
  mean: number;
  sd: number;
}

export interface CameraFaceStats {
  file: string;
  sha256: string;
  subjects: number;
  left: number;
  oral: MeanSd;
  room: MeanSd;
  tMaxMinusOral: MeanSd;
  canthiMaxMinusTMax: MeanSd;
  canthusMaxMinusRegionMean: MeanSd;
  foreheadCentreMinusTMax: MeanSd;
  foreheadMaxMinusTMax: MeanSd;
  mouthMaxMinusTMax: MeanSd;
  /** Pearson correlations between oral, T_Max − oral, canthiMax − T_Max, T_FHCC − T_Max, room. */
  correlation: { variables: string[]; matrix: number[][] };
  /** Least squares T_Max = intercept + oralSlope · oral + roomSlope · room. */
  regression: {
    intercept: number;
    oralSlope: number;
    oralSlopeSe: number;
    roomSlope: number;
    roomSlopeSe: number;
    residualSd: number;
  };
  /** Share of subjects whose T_Max (round 1) equals the canthi, forehead or mouth maximum. */
  hottestRegion: { canthi: number; forehead: number; mouth: number; elsewhere: number };
}

export interface FdaFaceStats {
  source: {
    command: string;
    dataset: string;
    files: { file: string; sha256: string }[];
    columns: Record<FaceColumn, string>;
  };
  cameras: Partial<Record<FdaCamera, CameraFaceStats>>;
  /** The camera whose subjects the simulator resamples. */
  resampledCamera: FdaCamera;
  /**
   * Fever shift: skin rises by this × (body − subject's oral): the resampled camera's
   * regression slope of T_Max on oral, the room held fixed.
   */
  feverShiftFactor: number;
  /** Skin rises by this × (room − subject's room): the same regression's room slope. */
  roomShiftFactor: number;
}

export const BUILD_COMMAND = 'node native-mocks/optics/build-fda-face-stats.mjs';
const DATASET =
  'FDA thermography study (Wang et al., Sensors 2022, 22:215; PhysioNet face-oral-temp-data), CC0';
const RESAMPLED: FdaCamera = 'FLIR';

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
const r2 = (x: number): number => Math.round(x * 100) / 100;

function meanSd(xs: number[]): MeanSd {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
  return { mean: r4(m), sd: r4(Math.sqrt(v)) };
}

function pearson(a: number[], b: number[]): number {
  const ma = a.reduce((s, x) => s + x, 0) / a.length;
  const mb = b.reduce((s, x) => s + x, 0) / b.length;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** Ordinary least squares y = b0 + b1 x1 + b2 x2, with the slopes' standard errors. */
function ols2(y: number[], x1: number[], x2: number[]) {
  const n = y.length;
  const m = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / n;
  const [my, m1, m2] = [m(y), m(x1), m(x2)];
  let s11 = 0;
  let s22 = 0;
  let s12 = 0;
  let s1y = 0;
  let s2y = 0;
  for (let i = 0; i < n; i++) {
    const a = x1[i]! - m1;
    const b = x2[i]! - m2;
    const c = y[i]! - my;
    s11 += a * a;
    s22 += b * b;
    s12 += a * b;
    s1y += a * c;
    s2y += b * c;
  }
  const det = s11 * s22 - s12 * s12;
  const b1 = (s1y * s22 - s2y * s12) / det;
  const b2 = (s2y * s11 - s1y * s12) / det;
  const b0 = my - b1 * m1 - b2 * m2;
  let rss = 0;
  for (let i = 0; i < n; i++) rss += (y[i]! - b0 - b1 * x1[i]! - b2 * x2[i]!) ** 2;
  const sigma2 = rss / (n - 3);
  return {
    intercept: r4(b0),
    oralSlope: r4(b1),
    oralSlopeSe: r4(Math.sqrt((sigma2 * s22) / det)),
    roomSlope: r4(b2),
    roomSlopeSe: r4(Math.sqrt((sigma2 * s11) / det)),
    residualSd: r4(Math.sqrt(sigma2)),
  };
}

interface Parsed {
  subjects: SubjectRow[];
  left: number;
  /** Round-1 values, for which region holds T_Max. */
  firstRound: { tMax: number; canthi: number; forehead: number; mouth: number }[];
}

function parseCamera(text: string): Parsed {
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

function cameraStats(file: string, sha256: string, parsed: Parsed): CameraFaceStats {
  const s = parsed.subjects;
  const col = (f: (x: SubjectRow) => number) => s.map(f);
  const oral = col((x) => x.oral);
  const tMaxMinusOral = col((x) => x.tMax - x.oral);
  const canthi = col((x) => x.canthiMax - x.tMax);
  const forehead = col((x) => x.foreheadCentre - x.tMax);
  const room = col((x) => x.room);
  const vars = [oral, tMaxMinusOral, canthi, forehead, room];
  const near = (a: number, b: number) => Math.abs(a - b) < 0.005;
  const share = (f: (x: Parsed['firstRound'][number]) => boolean) =>
    r4(parsed.firstRound.filter(f).length / parsed.firstRound.length);
  return {
    file,
    sha256,
    subjects: s.length,
    left: parsed.left,
    oral: meanSd(oral),
    room: meanSd(room),
    tMaxMinusOral: meanSd(tMaxMinusOral),
    canthiMaxMinusTMax: meanSd(canthi),
    canthusMaxMinusRegionMean: meanSd(
      s.flatMap((x) => [
        x.canthusRightMax - x.canthusRightMean,
        x.canthusLeftMax - x.canthusLeftMean,
      ]),
    ),
    foreheadCentreMinusTMax: meanSd(forehead),
    foreheadMaxMinusTMax: meanSd(col((x) => x.foreheadMax - x.tMax)),
    mouthMaxMinusTMax: meanSd(col((x) => x.mouthMax - x.tMax)),
    correlation: {
      variables: ['oral', 'T_Max − oral', 'canthiMax − T_Max', 'T_FHCC − T_Max', 'room (T_atm)'],
      matrix: vars.map((a) => vars.map((b) => r4(pearson(a, b)))),
    },
    regression: ols2(
      col((x) => x.tMax),
      oral,
      room,
    ),
    hottestRegion: {
      canthi: share((x) => near(x.tMax, x.canthi)),
      forehead: share((x) => !near(x.tMax, x.canthi) && near(x.tMax, x.forehead)),
      mouth: share(
        (x) => !near(x.tMax, x.canthi) && !near(x.tMax, x.forehead) && near(x.tMax, x.mouth),
      ),
      elsewhere: share(
        (x) => !near(x.tMax, x.canthi) && !near(x.tMax, x.forehead) && !near(x.tMax, x.mouth),
      ),
    },
  };
}

/**
 * Reads the FDA CSVs in `dir` and returns the statistics and the resampled camera's subjects.
 * `displayDir` names the folder in the source field (a repository-relative path).
 */
export function computeFdaFaceStats(
  dir: string,
  displayDir = 'test/fixtures/fda-thermography',
): { stats: FdaFaceStats; subjects: FdaFaceSubjects } {
  const cameras: Partial<Record<FdaCamera, CameraFaceStats>> = {};
  const files: { file: string; sha256: string }[] = [];
  let resampled: Parsed | null = null;
  for (const camera of FDA_CAMERAS) {
    const bytes = readFileSync(join(dir, FDA_FILES[camera]));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = `${displayDir}/${FDA_FILES[camera]}`;
    files.push({ file, sha256 });
    const parsed = parseCamera(bytes.toString('utf8'));
    cameras[camera] = cameraStats(file, sha256, parsed);
    if (camera === RESAMPLED) resampled = parsed;
  }
  const reg = cameras[RESAMPLED]!.regression;
  const stats: FdaFaceStats = {
    source: { command: BUILD_COMMAND, dataset: DATASET, files, columns: { ...FACE_COLUMNS } },
    cameras,
    resampledCamera: RESAMPLED,
    feverShiftFactor: reg.oralSlope,
    roomShiftFactor: reg.roomSlope,
  };
  const columns = [...SUBJECT_COLUMNS];
  return {
    stats,
    subjects: {
      camera: RESAMPLED,
      columns,
      rows: resampled!.subjects.map((s) => columns.map((c) => r2(s[c]))),
    },
  };
}
