// `kiosk calibrate site`: the staff console's site calibration with people, on the command line.
// The sensor is read through the kiosk's own engine (with the settings of the kiosk at --db); for
// each volunteer it waits for the kiosk's reading, then asks on stderr for the clinical
// thermometer's value, one per line on stdin ("skip" drops the volunteer, "done" fits). It prints
// the fit and asks to accept: only then is the fit (never a volunteer's value) written to --db.
// Typed values are never echoed, printed or logged.
import {
  baudOption,
  number,
  parseStrict,
  protocolOption,
  UsageError,
  valueOptions,
} from '../../app/parse-helpers.js';
import { defaultDatabasePath } from '../../app/paths.js';
import { kioskEngineFrom, type KioskEngine } from '../../app/site-calibration-engine.js';
import { VolunteerReader } from '../../app/volunteer-reader.js';
import { SITE_LIMITS } from '../../contract/site-calibration.js';
import { SiteSession } from '../../core/calibration/site-session.js';
import { CountsStore } from '../../core/records/counts-store.js';
import { localDate, localTime } from '../../core/records/local-date.js';
import { RecordsFileError } from '../../core/records/records-file-error.js';
import { describeFit } from '../site-fit-text.js';
import { StdinLines } from '../stdin-lines.js';

const SPEC = valueOptions('sensor', 'protocol', 'baud', 'fov', 'db');

const { min: LOW_C, max: HIGH_C } = SITE_LIMITS.clinicalC;
/** A sensor that sends nothing this long is the wrong port, or busy: say so instead of waiting. */
const FIRST_FRAME_MS = 30_000;

const say = (line: string): void => void process.stderr.write(`${line}\n`);
const ask = (line: string): void => void process.stderr.write(`${line} `);

export async function calibrateSite(argv: string[]): Promise<number> {
  const v = parseStrict(argv, SPEC);
  if (!v.sensor) {
    throw new UsageError(
      'calibrate site needs --sensor PATH: the kiosk sensor the volunteers step up to (`kiosk sensor list` shows the candidates)',
    );
  }
  const protocol = protocolOption(v.protocol, true);
  const baud = baudOption(v.baud);
  const fovDeg = v.fov === undefined ? null : number('fov', v.fov, 10, 170);
  const db = v.db ?? defaultDatabasePath();
  let kiosk: KioskEngine;
  try {
    kiosk = kioskEngineFrom(db, fovDeg, say);
  } catch (error) {
    if (error instanceof RecordsFileError) {
      throw new UsageError(
        error.message.replace('then export again', 'then run `kiosk calibrate site` again'),
      );
    }
    throw error;
  }

  const reader = new VolunteerReader({
    sensor: { path: v.sensor, protocol, baud: baud === 'auto' ? null : baud },
    engine: kiosk.engine,
    onNotice: (line) => say(`  (${line})`),
  });
  const lines = new StdinLines();
  try {
    await reader.start();
    say(`Waiting for the sensor on ${v.sensor}…`);
    const sensor = await withinTime(reader.sensor(), FIRST_FRAME_MS);
    if (sensor === null) {
      say(
        `No frame from ${v.sensor} within ${FIRST_FRAME_MS / 1000} s: is it the kiosk's sensor, and is the kiosk (which would hold the port) stopped? Nothing was saved.`,
      );
      return 1;
    }
    const session = new SiteSession(sensor);
    say(
      `Site calibration with people on sensor ${session.sensor}: read at least ${SITE_LIMITS.minVolunteers} volunteers. Each steps up to the kiosk and holds still; right after the kiosk's reading, take their temperature with a clinical thermometer and type it (°C). "skip" drops a volunteer, "done" fits.`,
    );
    const complete = await readVolunteers(session, reader, lines);
    if (complete === null) {
      say('stdin ended before enough volunteers were read: nothing was saved.');
      return 1;
    }
    const fit = session.fit(kiosk.fit, localDate());
    for (const line of describeFit(fit)) console.log(line);
    if (fit.problems.length > 0) {
      say(
        'This fit did not pass its checks: nothing was saved. Fix what is listed and start again.',
      );
      return 1;
    }
    ask(`Accept this site calibration and save it to ${db}? [y/N]`);
    const answer = (await lines.next())?.toLowerCase() ?? '';
    if (answer !== 'y' && answer !== 'yes') {
      console.log('Discarded: nothing was saved.');
      return 0;
    }
    save(db, session);
    console.log(
      `Saved to ${db} (calibration history). A kiosk already running on it applies it from its next start.`,
    );
    return 0;
  } finally {
    lines.end();
    await reader.stop();
  }
}

/**
 * Reads volunteers until staff type "done" with enough of them. Returns how many have values, or
 * null when stdin ends with too few.
 */
async function readVolunteers(
  session: SiteSession,
  reader: VolunteerReader,
  lines: StdinLines,
): Promise<number | null> {
  let complete = 0;
  for (;;) {
    const slot = session.readNext();
    say(`Volunteer ${slot}: step up to the kiosk and hold still…`);
    session.captured(await reader.next());
    for (;;) {
      ask(`Volunteer ${slot}: reading taken. Their thermometer reading (°C), "skip" or "done":`);
      const line = await lines.next();
      if (line === null || line.toLowerCase() === 'done') {
        if (complete >= SITE_LIMITS.minVolunteers) {
          session.drop(slot);
          return complete;
        }
        if (line === null) return null;
        say(
          `${complete} volunteer${complete === 1 ? '' : 's'} with a value so far: read at least ${SITE_LIMITS.minVolunteers}. Type this volunteer's value, or "skip".`,
        );
        continue;
      }
      if (line.toLowerCase() === 'skip') {
        session.drop(slot);
        say(`Volunteer ${slot} dropped.`);
        break;
      }
      const problem = valueProblem(line);
      if (problem) {
        say(problem);
        continue;
      }
      session.enterValue(slot, Number(line.replace(',', '.')));
      complete++;
      break;
    }
  }
}

/** The promise's value, or null when it takes longer than `ms`. */
async function withinTime<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** One sentence for a line that is not a usable value; it never repeats what was typed. */
function valueProblem(line: string): string | null {
  const value = Number(line.replace(',', '.'));
  if (line === '' || !Number.isFinite(value)) {
    return 'Type the thermometer reading as a number in °C, e.g. 36.8 (or "skip", or "done").';
  }
  if (value < LOW_C || value > HIGH_C) {
    return `That is outside ${LOW_C}–${HIGH_C} °C: check the thermometer and type the value again.`;
  }
  return null;
}

/** Writes the accepted fit (only the fit) to the kiosk database's calibration history. */
function save(db: string, session: SiteSession): void {
  let store: CountsStore;
  try {
    store = new CountsStore(db);
  } catch (error) {
    if (error instanceof RecordsFileError) throw new UsageError(error.message);
    throw error;
  }
  try {
    const site = session.acceptable();
    const now = new Date();
    store.siteCalibrations.add(now, site);
    store.events.add(
      now,
      localTime(now),
      'calibration-accepted',
      `site calibration with people: ${site.n} volunteers (command line)`,
    );
  } finally {
    store.close();
  }
}
