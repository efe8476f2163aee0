// `kiosk eval fda` and `kiosk calibrate fda` as users run them (the CLI bundle, rebuilt by the
// global setup): the JSON shape with its bootstrap intervals, the clinical targets under nested
// cross-validation (the figures the shipped file records), the baseline mode, a calibrate run that
// reproduces the shipped file byte for byte, and clear errors.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, tempDir } from '../support/paths.js';

const DATA = join(ROOT, 'test/fixtures/fda-thermography');
const SHIPPED = join(ROOT, 'electron/core/estimation/shipped-calibration.json');
const METRICS = ['n', 'mae', 'bias', 'sd', 'auc', 'sensitivity', 'specificity', 'threshold'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function kiosk(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

type Interval = { low: number; high: number };

type Camera = Record<string, unknown> & {
  sensitivity: number;
  specificity: number;
  mae: number;
  ci95: { sensitivity: Interval; specificity: Interval; mae: Interval };
  baseline?: Record<string, { sensitivity: number; specificity: number }>;
};

interface Report {
  cameras: Record<string, Camera>;
  bootstrap: { resamples: number; seed: number; level: number; unit: string };
}

/** Exactly one JSON object on stdout, nothing on stderr. */
function json(run: Run): Report {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const lines = run.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as Report;
}

describe('kiosk eval fda', () => {
  it('prints one JSON object scored with the shipped model, and meets the targets under --cv 10', async () => {
    const [plain, cv, baseline] = await Promise.all([
      kiosk('eval', 'fda', '--data', DATA, '--json'),
      kiosk('eval', 'fda', '--data', DATA, '--json', '--cv', '10'),
      kiosk('eval', 'fda', '--data', DATA, '--json', '--mode', 'baseline'),
    ]);
    const shipped = JSON.parse(readFileSync(SHIPPED, 'utf8')) as {
      screening: { cameras: Record<string, number> };
      fit: {
        nestedCv: {
          cameras: Record<
            string,
            { sensitivity: number; specificity: number; mae: number; ci95: Camera['ci95'] }
          >;
        };
      };
    };
    const report = json(plain);
    expect(Object.keys(report)).toEqual(['cameras', 'bootstrap']);
    expect(report.bootstrap).toEqual({ resamples: 2000, seed: 1, level: 0.95, unit: 'subject' });
    expect(Object.keys(report.cameras)).toEqual(['FLIR', 'ICI']);
    for (const [name, camera] of Object.entries(report.cameras)) {
      for (const key of METRICS) expect(typeof camera[key]).toBe('number');
      expect(camera.threshold).toBe(shipped.screening.cameras[name]);
      for (const key of ['sensitivity', 'specificity', 'mae'] as const) {
        const { low, high } = camera.ci95[key];
        expect(low).toBeLessThanOrEqual(camera[key]);
        expect(high).toBeGreaterThanOrEqual(camera[key]);
      }
    }
    expect(report.cameras.FLIR).toMatchObject({ n: 636, skipped: 1 });
    expect(report.cameras.ICI).toMatchObject({ n: 626, skipped: 2 });

    // The targets on new subjects: nested cross-validation (each fold scored by the shipped rule
    // fitted on the other nine, its margin from its own cross-validation inside them). The same
    // figures and intervals as the shipped file records.
    for (const [name, camera] of Object.entries(json(cv).cameras)) {
      expect(camera.sensitivity).toBeGreaterThanOrEqual(0.92);
      expect(camera.specificity).toBeGreaterThanOrEqual(0.85);
      expect(camera.mae).toBeLessThanOrEqual(0.25);
      const recorded = shipped.fit.nestedCv.cameras[name]!;
      expect(camera).toMatchObject({
        sensitivity: recorded.sensitivity,
        specificity: recorded.specificity,
        mae: recorded.mae,
        ci95: recorded.ci95,
      });
    }

    // Running baseline: 0.5 °C of deviation catches far more fevers than 1.0 °C.
    for (const camera of Object.values(json(baseline).cameras)) {
      const b = camera.baseline!;
      expect(Object.keys(b)).toEqual(['0.5', '1.0']);
      expect(b['0.5']!.sensitivity).toBeGreaterThan(b['1.0']!.sensitivity + 0.2);
      expect(b['1.0']!.specificity).toBeGreaterThanOrEqual(b['0.5']!.specificity);
    }
  });

  it('prints a table by default', async () => {
    const run = await kiosk('eval', 'fda', '--data', DATA);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/scored as it is \(nothing fitted\)/);
    expect(run.stdout).toMatch(
      /^camera +n +fevers +MAE \[95% CI\] +bias +SD +AUC +threshold +sens \[95% CI\] +spec \[95% CI\]/m,
    );
    expect(run.stdout).toMatch(/^FLIR +636 +68 +0\.\d{3} \[0\.\d{3}–0\.\d{3}\] /m);
    expect(run.stdout).toMatch(/percentile bootstrap over subjects, 2000 resamples, seed 1/);
    expect(run.stdout).toMatch(/ICI line 570 \(180327-01\): Humidity 3021\.1 % outside 0–100 %/);
  });
});

describe('kiosk calibrate fda', () => {
  it('writes the shipped file byte for byte, and eval scores whichever model it is given', async () => {
    const dir = tempDir('fda-cli-');
    const out = join(dir, 'model.json');
    const run = await kiosk('calibrate', 'fda', '--data', DATA, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ambient term (kept|dropped)/);
    expect(readFileSync(out)).toEqual(readFileSync(SHIPPED));

    const moved = JSON.parse(readFileSync(out, 'utf8')) as { calibration: { offsetC: number } };
    moved.calibration.offsetC += 0.3;
    const movedFile = join(dir, 'moved.json');
    writeFileSync(movedFile, JSON.stringify(moved));
    const [own, shifted, shipped] = await Promise.all([
      kiosk('eval', 'fda', '--data', DATA, '--json', '--model', out),
      kiosk('eval', 'fda', '--data', DATA, '--json', '--model', movedFile),
      kiosk('eval', 'fda', '--data', DATA, '--json'),
    ]);
    expect(json(own)).toEqual(json(shipped));
    const a = json(shipped).cameras.FLIR!;
    const b = json(shifted).cameras.FLIR!;
    expect((b.bias as number) - (a.bias as number)).toBeCloseTo(0.3, 3);
    expect(b.mae).toBeGreaterThan(a.mae);
  });
});

describe('errors', () => {
  it('says what is wrong in one sentence', async () => {
    const dir = tempDir('fda-cli-');
    writeFileSync(join(dir, 'FLIR_groups1and2.csv'), 'a,b\n1,2\n');
    const empty = tempDir('fda-cli-');
    const [noData, noDir, noFiles, foreign, badMode, badTarget] = await Promise.all([
      kiosk('eval', 'fda', '--json'),
      kiosk('eval', 'fda', '--data', join(dir, 'missing')),
      kiosk('eval', 'fda', '--data', empty),
      kiosk('calibrate', 'fda', '--data', dir, '--out', join(dir, 'x.json')),
      kiosk('eval', 'fda', '--data', DATA, '--mode', 'ema'),
      kiosk('eval', 'flir'),
    ]);
    expect(noData.code).toBe(2);
    expect(noData.stderr).toMatch(/^kiosk: eval fda needs --data DIR/);
    expect(noDir).toMatchObject({
      code: 1,
      stderr: `kiosk: ${join(dir, 'missing')}: no such directory\n`,
    });
    expect(noFiles).toMatchObject({
      code: 1,
      stderr: `kiosk: expected FLIR_groups1and2.csv and/or ICI_groups1and2.csv in ${empty}\n`,
    });
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(
      /^kiosk: FLIR_groups1and2\.csv: not the FDA thermography layout: row 3 lacks the columns SubjectID, .*\n$/,
    );
    expect(badMode.code).toBe(2);
    expect(badMode.stderr).toMatch(/--mode must be threshold or baseline/);
    expect(badTarget.code).toBe(2);
    expect(badTarget.stderr).toMatch(/use eval fda/);
  });
});
