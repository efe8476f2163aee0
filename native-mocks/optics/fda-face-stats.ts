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
import { FDA_CAMERAS, FDA_FILES, type FdaCamera } from '../../electron/core/evaluation/fda-data.js';
import {
  FACE_COLUMNS,
  parseCamera,
  SUBJECT_COLUMNS,
  type FaceColumn,
  type Parsed,
  type SubjectColumn,
  type SubjectRow,
} from './fda-face-csv.js';
import { meanSd, ols2, pearson, r4, type MeanSd } from './population-stats.js';

export interface FdaFaceSubjects {
  camera: FdaCamera;
  columns: SubjectColumn[];
  /** One subject a row, in `columns` order, °C to 2 decimals. */
  rows: number[][];
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

const r2 = (x: number): number => Math.round(x * 100) / 100;

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
