// `kiosk eval fda` and `kiosk calibrate fda`: the clinical accuracy of the calibration the kiosk
// runs, on the FDA thermography data, and the command that fits the shipped coefficients.
// `eval fda` without --cv never fits: it scores the shipped model (or the one given by --model);
// --cv K is the nested cross-validation of the shipped rule (what it gives on new subjects).
// Sensitivity, specificity and MAE come with percentile-bootstrap 95 % intervals over subjects.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  flagOptions,
  integer,
  parseStrict,
  UsageError,
  valueOptions,
} from '../../app/parse-helpers.js';
import { shippedModel } from '../../core/estimation/shipped.js';
import { parseShippedModel, type ShippedModel } from '../../core/estimation/shipped-model.js';
import {
  type CameraReport,
  evaluate,
  type EvaluationReport,
} from '../../core/evaluation/evaluate-fda.js';
import { camerasOf, type FdaData, loadFdaDir } from '../../core/evaluation/fda-data.js';
import { DEFAULT_SEED } from '../../core/evaluation/fit-calibration.js';
import { fitShippedModel } from '../../core/evaluation/fit-shipped-model.js';

const EVAL_SPEC = {
  ...valueOptions('data', 'cv', 'mode', 'seed', 'model'),
  ...flagOptions('json'),
} as const;

const CALIBRATE_SPEC = valueOptions('data', 'out', 'seed');

function dataOption(dir: string | undefined, command: string): FdaData {
  if (!dir) {
    throw new UsageError(
      `${command} needs --data DIR, the folder holding FLIR_groups1and2.csv and/or ICI_groups1and2.csv`,
    );
  }
  return loadFdaDir(dir);
}

function readModel(path: string): ShippedModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: cannot read the model (${(error as NodeJS.ErrnoException).code})`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${path}: not JSON; give a file written by kiosk calibrate fda`);
  }
  return parseShippedModel(json, path);
}

export async function evalFda(argv: string[]): Promise<number> {
  const values = parseStrict(argv, EVAL_SPEC);
  const mode = values.mode ?? 'threshold';
  if (mode !== 'threshold' && mode !== 'baseline') {
    throw new UsageError(`--mode must be threshold or baseline, got "${mode}"`);
  }
  const k = values.cv === undefined ? null : integer('cv', values.cv, 10, 2, 100);
  const seed = integer('seed', values.seed, DEFAULT_SEED, 0, 2 ** 32 - 1);
  if (values.model !== undefined && k !== null) {
    throw new UsageError('give either --model (score that model) or --cv (fit on folds), not both');
  }
  const data = dataOption(values.data, 'eval fda');
  const model = values.model === undefined ? shippedModel() : readModel(values.model);
  const report = evaluate(data, model, {
    cv: k === null ? undefined : { k, seed },
    baseline: mode === 'baseline',
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, rounded)}\n`);
    return 0;
  }
  const what =
    k === null
      ? `${values.model ?? 'the shipped model'}, scored as it is (nothing fitted)`
      : `nested ${k}-fold cross-validation by subject (seed ${seed}): each fold scored by the shipped rule fitted on the other ${k - 1} (calibration, Youden thresholds, and the margin from the rule's own ${k}-fold cross-validation inside them)`;
  console.log(`FDA thermography data in ${data.dir}: ${what}`);
  if (k === null) console.log(describeModel(model));
  console.log('');
  console.log(table(report, k !== null));
  return 0;
}

export async function calibrateFda(argv: string[]): Promise<number> {
  const values = parseStrict(argv, CALIBRATE_SPEC);
  if (!values.out) throw new UsageError('calibrate fda needs --out FILE, the model to write');
  const seed = integer('seed', values.seed, DEFAULT_SEED, 0, 2 ** 32 - 1);
  const data = dataOption(values.data, 'calibrate fda');
  const model = fitShippedModel(data, { seed });
  try {
    writeFileSync(values.out, `${JSON.stringify(model, null, 2)}\n`);
  } catch (error) {
    throw new Error(`${values.out}: cannot write (${(error as NodeJS.ErrnoException).code})`, {
      cause: error,
    });
  }
  console.log(
    `fitted on ${camerasOf(data)
      .map((c) => `${c.camera} ${c.subjects.length} rows (${c.skipped.length} skipped)`)
      .join(', ')}`,
  );
  console.log(describeModel(model));
  const inSample = evaluate(data, model, { bootstrap: { seed } });
  console.log('');
  console.log('in-sample (the fitting rows; `eval fda --cv 10` gives the honest figures):');
  console.log(table(inSample, false));
  console.log(`wrote ${values.out}`);
  return 0;
}

function rounded(_key: string, value: unknown): unknown {
  return typeof value === 'number' ? Number(value.toFixed(4)) : value;
}

const fmt = (x: number | null | undefined, digits = 3) =>
  x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits);

function describeModel(model: ShippedModel): string {
  const c = model.calibration;
  const a = model.fit.ambientTerm;
  const ambient =
    c.ambientCoef === 0
      ? ''
      : ` ${c.ambientCoef < 0 ? '−' : '+'} ${Math.abs(c.ambientCoef).toFixed(4)} × (ambient − ${c.ambientRefC} °C)`;
  const kept = `ambient term ${a.kept ? 'kept' : 'dropped'}: cross-validated MAE ${fmt(a.cvMaeWith, 4)} °C with it, ${fmt(a.cvMaeWithout, 4)} °C without (slope ${a.coef})`;
  const groups = model.fit.rule?.groups ?? {};
  const how = (group: string) => {
    const g = groups[group];
    if (!g) return '';
    const sign = g.marginC < 0 ? '+' : '−';
    return ` (Youden ${g.youdenC} ${sign} ${Math.abs(g.marginC).toFixed(2)})`;
  };
  const cams = Object.entries(model.screening.cameras)
    .map(([cam, t]) => `${cam} ${t}${how(cam)}`)
    .join(', ');
  const lines = [
    `calibration: body = face-max + ${c.offsetC.toFixed(4)} °C${ambient}`,
    kept,
    `thresholds on the estimate (refer at or above): ${cams}${cams ? '; ' : ''}other cameras ${model.screening.thresholdC} °C${how('all')}`,
  ];
  const rule = model.fit.rule;
  if (rule) {
    lines.push(
      `margin: the smallest whose ${model.fit.folds}-fold cross-validated sensitivity on the fitting rows reaches ${rule.innerTargetSensitivity}`,
    );
  }
  const nested = model.fit.nestedCv;
  if (nested) {
    const figures = Object.entries(nested.cameras)
      .map(
        ([cam, r]) =>
          `${cam} sens ${withInterval(r.sensitivity, r.ci95.sensitivity, 4)} spec ${withInterval(r.specificity, r.ci95.specificity, 4)}`,
      )
      .join('; ');
    // As the file records them (4 decimals): rounding those again to 3 could differ from the table.
    lines.push(
      `on new subjects (nested ${nested.k}-fold cross-validation, 95 % intervals): ${figures}`,
    );
  }
  return lines.join('\n');
}

const withInterval = (x: number | null, i: { low: number; high: number } | null, digits = 3) =>
  i === null ? fmt(x, digits) : `${fmt(x, digits)} [${fmt(i.low, digits)}–${fmt(i.high, digits)}]`;

function table(report: EvaluationReport, cv: boolean): string {
  const entries = Object.entries(report.cameras) as Array<[string, CameraReport]>;
  const header = [
    'camera',
    'n',
    'fevers',
    'MAE [95% CI]',
    'bias',
    'SD',
    'AUC',
    cv ? 'threshold (folds)' : 'threshold',
    ...(cv ? ['margin (folds)'] : []),
    'sens [95% CI]',
    'spec [95% CI]',
    'skipped',
  ];
  const rows = entries.map(([camera, r]) => [
    camera,
    String(r.n),
    String(r.fevers),
    withInterval(r.mae, r.ci95.mae),
    fmt(r.bias),
    fmt(r.sd),
    fmt(r.auc),
    r.cv
      ? `${fmt(r.threshold)} (${fmt(r.cv.thresholdMin)}–${fmt(r.cv.thresholdMax)})`
      : fmt(r.threshold),
    ...(r.cv ? [`${fmt(r.cv.marginMin, 2)}–${fmt(r.cv.marginMax, 2)}`] : []),
    withInterval(r.sensitivity, r.ci95.sensitivity),
    withInterval(r.specificity, r.ci95.specificity),
    String(r.skipped),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(header), ...rows.map(line)];
  out.push('');
  const b = report.bootstrap;
  out.push(
    `95 % intervals: percentile bootstrap over ${b.unit}s, ${b.resamples} resamples, seed ${b.seed}${cv ? ' (of the held-out decisions; the folds are not refitted)' : ''}`,
  );
  out.push(
    `borderline rule (uncertainty = standard error of the rounds, refer when estimate + k·u ≥ threshold): ${entries
      .map(
        ([cam, r]) =>
          `${cam} k=${r.borderline.k} sens ${fmt(r.borderline.sensitivity)} spec ${fmt(r.borderline.specificity)}`,
      )
      .join('; ')}`,
  );
  if (cv) {
    const kept = entries[0]?.[1].cv;
    if (kept) out.push(`ambient term kept in ${kept.ambientKeptFolds} of ${kept.k} folds`);
  }
  if (entries.some(([, r]) => r.baseline)) {
    out.push(
      'running baseline (arrival order by Date and Time, trimmed mean of the last 10 passes, no idle reset):',
    );
    for (const [cam, r] of entries) {
      const b = Object.values(r.baseline ?? {});
      out.push(
        `  ${cam.padEnd(5)} ${b
          .map(
            (x) =>
              `deviation ${x.deviationC.toFixed(1)} °C: sens ${fmt(x.sensitivity)} spec ${fmt(x.specificity)}`,
          )
          .join('   ')}   (${b[0]?.seeding ?? 0} seeding decisions by the fixed threshold)`,
      );
    }
  }
  const skipped = entries.flatMap(([cam, r]) =>
    r.skippedRows.map(
      (s) => `  ${cam} line ${s.line} (${s.subjectId || 'no SubjectID'}): ${s.reason}`,
    ),
  );
  if (skipped.length > 0) out.push('skipped rows:', ...skipped);
  return out.join('\n');
}
