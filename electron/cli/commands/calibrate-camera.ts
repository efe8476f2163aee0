// `kiosk calibrate camera`: records a two-point calibration (the blackbody read at two set
// points, e.g. with `kiosk sensor inspect`), with today's date, in the kiosk database.
import { number, parseStrict, UsageError, valueOptions } from '../../app/parse-helpers.js';
import { defaultDatabasePath } from '../../app/paths.js';
import { gainOffset, type CameraCalibration } from '../../core/estimation/camera-calibration.js';
import { CountsStore } from '../../core/records/counts-store.js';
import { localDate } from '../../core/records/local-date.js';
import { RecordsFileError } from '../../core/records/records-file-error.js';

const SPEC = valueOptions('low-set', 'low-measured', 'high-set', 'high-measured', 'date', 'db');

export async function calibrateCamera(argv: string[]): Promise<number> {
  const v = parseStrict(argv, SPEC);
  const need = (name: keyof typeof SPEC): string => {
    const raw = v[name];
    if (raw === undefined) {
      throw new UsageError(
        'calibrate camera needs --low-set, --low-measured, --high-set and --high-measured (°C): the blackbody set to two temperatures, and what the camera read each time',
      );
    }
    return raw;
  };
  const date = v.date ?? localDate();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);
  const record: CameraCalibration = {
    date,
    low: {
      setC: number('low-set', need('low-set'), 20, 45),
      measuredC: number('low-measured', need('low-measured'), 15, 50),
    },
    high: {
      setC: number('high-set', need('high-set'), 20, 45),
      measuredC: number('high-measured', need('high-measured'), 15, 50),
    },
  };
  let go;
  try {
    go = gainOffset(record);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const path = v.db ?? defaultDatabasePath();
  let store: CountsStore;
  try {
    store = new CountsStore(path);
  } catch (error) {
    if (error instanceof RecordsFileError) throw new UsageError(error.message);
    throw error;
  }
  try {
    store.calibrations.add(new Date(), 'two-point', record, null);
  } finally {
    store.close();
  }
  console.log(
    `camera calibration of ${date}: gain ${go.gain.toFixed(4)}, offset ${go.offset.toFixed(3)} °C, saved to ${path}`,
  );
  return 0;
}
