// `kiosk eval sim`: the calibrated engine on the physical simulator with known ground truth.
// Accuracy per sensor and distance band, before and after a simulated site calibration
// (simulation/eval-accuracy.ts), then the walk-through behaviour (two people, too far, from the
// cold, the blackbody taken away, time to verdict) at 1×1, 8×8, 32×24 and 80×62 (8 Hz). --sweep
// also shows the accuracy/latency trade of frames per reading.
import {
  evaluateAccuracy,
  SENSOR_KIND_IDS,
  type BandFigures,
  type KindAccuracy,
  type SensorKindId,
} from '../../simulation/eval-accuracy.js';
import { evaluateSimulated, type SimEvalResult } from '../../simulation/eval-sim.js';
import {
  flagOptions,
  integer,
  parseStrict,
  UsageError,
  valueOptions,
} from '../../app/parse-helpers.js';
import type { ProtocolId } from '../../core/sensor/protocol-ids.js';

const SPEC = {
  ...valueOptions('people', 'accuracy-people', 'sensors', 'seed'),
  ...flagOptions('json', 'sweep'),
} as const;

const SENSORS: ProtocolId[] = ['gy-mcu90614', 'adafruit-amg88xx', 'gy-mcu90640', 'mi48'];

export async function evalSim(argv: string[]): Promise<number> {
  const values = parseStrict(argv, SPEC);
  const people = integer('people', values.people, 300, 10, 100_000);
  const seed = integer('seed', values.seed, 1, 0, 2 ** 32 - 1);
  const peoplePerBand = integer('accuracy-people', values['accuracy-people'], 150, 10, 100_000);
  const kinds = sensorKinds(values.sensors);
  const accuracy = evaluateAccuracy({
    seed,
    peoplePerBand,
    kinds,
    volunteers: 12,
    feverShare: 0.3,
  });
  const results = SENSORS.map((protocol) =>
    evaluateSimulated({ protocol, seed, people, feverShare: 0.3 }),
  );
  const sweep = values.sweep
    ? [2, 3, 4, 6, 8].map((frames) => ({
        frames,
        ...evaluateSimulated({
          protocol: 'gy-mcu90640',
          seed,
          people,
          feverShare: 0.3,
          readingFrames: frames,
        }),
      }))
    : null;
  if (values.json) {
    const byResolution = Object.fromEntries(results.map((r) => [r.resolution, round(r)]));
    console.log(
      JSON.stringify({
        accuracy: round(accuracy),
        resolutions: byResolution,
        ...(sweep ? { sweep: sweep.map(round) } : {}),
      }),
    );
    return 0;
  }
  printAccuracy(accuracy, peoplePerBand, seed);
  console.log(
    `\nSimulated walk-throughs at 8 Hz: ${people} compliant people (30 % febrile) plus too-far, two-at-once and`,
  );
  console.log(
    'from-the-cold visitors per sensor; room 18.5–24 °C, drift ±0.5 °C, noise 0.06–0.14 °C, seed ' +
      seed,
  );
  console.log('');
  console.log(
    'sensor    MAE    bias   sens  febrile  spec  retry   verdict s     two   far  cold  pause s',
  );
  console.log('                               passed        (compl.) median/max');
  for (const r of results) console.log(row(r));
  if (sweep) {
    console.log('\nframes per reading at 32×24: accuracy against latency');
    for (const r of sweep) {
      console.log(
        `  ${r.frames} frames: MAE ${r.mae.toFixed(3)} °C, verdict ${r.verdictSeconds.median.toFixed(3)} s after holding still`,
      );
    }
  }
  return 0;
}

function row(r: SimEvalResult): string {
  const f = (x: number, d = 3): string => x.toFixed(d);
  return [
    r.resolution.padEnd(7),
    f(r.mae),
    f(r.bias).padStart(6),
    f(r.sensitivity, 2).padStart(5),
    f(r.febrilePassed, 2).padStart(7),
    f(r.specificity, 2).padStart(6),
    f(r.compliantRetryRate, 2).padStart(6),
    `${f(r.verdictSeconds.median, 2)}/${f(r.verdictSeconds.max, 2)}`.padStart(12),
    f(r.twoPeopleRetry, 2).padStart(7),
    f(r.tooFarRetry, 2).padStart(5),
    f(r.coldRetry, 2).padStart(5),
    (r.pauseSeconds === null ? 'n/a' : f(r.pauseSeconds, 2)).padStart(8),
  ].join(' ');
}

function round<T extends object>(r: T): T {
  return JSON.parse(
    JSON.stringify(r, (_k, v: unknown) =>
      typeof v === 'number' ? Math.round(v * 1000) / 1000 : v,
    ),
  ) as T;
}

function sensorKinds(value: string | undefined): SensorKindId[] {
  const all = SENSOR_KIND_IDS;
  if (value === undefined) return [...all];
  const asked = value.split(',').map((s) => s.trim());
  const unknown = asked.filter((s) => !(all as string[]).includes(s));
  if (unknown.length > 0) {
    throw new UsageError(`unknown sensor "${unknown[0]}" in --sensors; use ${all.join(', ')}`);
  }
  return asked as SensorKindId[];
}

function printAccuracy(results: KindAccuracy[], people: number, seed: number): void {
  console.log(
    `Accuracy on the physical simulator: ${people} compliant people per sensor and distance band (30 % febrile, 38.0–39.5 °C;`,
  );
  console.log(
    `the rest real FDA subjects at their own oral temperature), rooms 18.5–24 °C, seed ${seed}. Before and after a`,
  );
  console.log(
    'simulated site calibration with 12 volunteers at 0.35–0.6 m (a single point: 2–5 cm).',
  );
  const pct = (x: number | null) => (x === null ? '  n/a' : `${(100 * x).toFixed(0)}%`.padStart(5));
  const num = (x: number | null) => (x === null ? '  n/a' : x.toFixed(2).padStart(5));
  const line = (b: BandFigures) =>
    `${`${b.fromM.toFixed(2)}–${b.toM.toFixed(2)} m`.padEnd(12)} ${num(b.mae)} ${pct(b.febrileReferred)} ${pct(b.febrilePassed)} ${pct(b.normalPassed)} ${pct(b.retries)}`;
  for (const r of results) {
    const c = r.capability;
    console.log(
      `\n${r.label}: ${
        c.canScreen
          ? c.usableM
            ? `optics spread ≤ ${c.bestSpreadC?.toFixed(2)} °C, usable to ${c.usableM.max} m`
            : `optics spread ${c.bestSpreadC?.toFixed(2)} °C`
          : 'the optics model finds no distance where it can screen'
      }`,
    );
    console.log(
      '  band         MAE  febrile febrile normal retries | after site calibration: MAE, febrile referred and passed, normal passed, retries',
    );
    console.log('               °C   referred passed passed         |');
    r.before.forEach((b, i) => {
      const a = r.after?.[i];
      console.log(`  ${line(b)} | ${a ? line(a).slice(13) : 'n/a'}`);
    });
    if (r.site) {
      console.log(
        `  site calibration: offset ${r.site.offsetC.toFixed(2)} ± ${r.site.seC.toFixed(2)} °C, spread ${r.site.spreadC.toFixed(2)} °C, n ${r.site.n}`,
      );
    } else {
      console.log(`  site calibration refused: ${r.siteProblems.join(' ')}`);
    }
  }
}
