// The FDA evaluation: CSV loading (impossible rows skipped with their reasons), the metrics on hand
// cases, and figures worked out by hand on test/fixtures/fda-small. A reproducible fit and proof
// that `eval fda` scores the shipped coefficients and never fits: fda-evaluation.fit.test.ts. The
// nested cross-validation, the margin rule and the bootstrap: nested-cv.test.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../electron/core/estimation/shipped.js';
import type { ShippedModel } from '../../electron/core/estimation/shipped-model.js';
import { evaluate, roundSd } from '../../electron/core/evaluation/evaluate-fda.js';
import { loadFdaDir, parseCsv, parseFdaCsv } from '../../electron/core/evaluation/fda-data.js';
import {
  atThreshold,
  bias,
  confusion,
  mae,
  rocAuc,
  sd,
} from '../../electron/core/evaluation/metrics.js';
import { FDA_FULL, FDA_SMALL } from '../support/fda-paths.js';
import { tempDir } from '../support/paths.js';

/** A hand-made model: body = face + 1.0 °C, refer at 37.5 °C. */
function handModel(offsetC = 1, thresholdC = 37.5): ShippedModel {
  const model = structuredClone(shippedModel()) as ShippedModel;
  model.calibration = { ...model.calibration, offsetC, ambientCoef: 0 };
  model.screening = { ...model.screening, thresholdC, cameras: { FLIR: thresholdC } };
  return model;
}

describe('CSV', () => {
  it('parses quotes, escaped quotes, line breaks in quotes, CRLF and a byte-order mark', () => {
    const text = '\ufeffa,"b, c","say ""hi"""\r\n"two\nlines",,x\r\nlast,row';
    expect(parseCsv(text)).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['two\nlines', '', 'x'],
      ['last', 'row'],
    ]);
    expect(parseCsv('a,b\n')).toEqual([['a', 'b']]);
    expect(() => parseCsv('a,"b')).toThrow(/unterminated/);
  });
});

describe('FDA loader', () => {
  it('reads both cameras and skips the impossible rows with their reasons', () => {
    const data = loadFdaDir(FDA_FULL);
    const flir = data.cameras.FLIR!;
    const ici = data.cameras.ICI!;
    expect(flir.subjects).toHaveLength(636);
    expect(ici.subjects).toHaveLength(626);
    expect(flir.skipped).toEqual([
      { camera: 'FLIR', line: 63, subjectId: '170208-17', reason: 'Distance 79 m outside 0.2–3 m' },
    ]);
    expect(ici.skipped.map((s) => `${s.subjectId}: ${s.reason}`)).toEqual([
      '170208-17: Distance 79 m outside 0.2–3 m',
      '180327-01: Humidity 3021.1 % outside 0–100 %',
    ]);
    // Date is yy-mm-dd: subject 161117-2 was measured on 2016-11-17.
    const first = flir.subjects[0]!;
    expect(first).toMatchObject({
      subjectId: '161117-2',
      line: 4,
      date: '2016-11-17',
      time: '15:22:48',
      oralC: 37.19,
      fever: false,
      ambientC: 24,
      humidityPct: 26,
      distanceM: 0.8,
      rounds: 4,
      tMaxC: [34.79, 34.93, 35.14, 35.84],
    });
    expect(first.faceC).toBeCloseTo((34.79 + 34.93 + 35.14 + 35.84) / 4, 12);
    // An empty distance is kept as null (not used by the model); only impossible values skip.
    expect(ici.subjects.find((s) => s.subjectId === '180313-06')!.distanceM).toBeNull();
    expect(flir.subjects.filter((s) => s.fever)).toHaveLength(68);
    expect(ici.subjects.filter((s) => s.fever)).toHaveLength(67);
  });

  it('reads the hand-made fixture: 7 subjects, 4 skipped', () => {
    const flir = loadFdaDir(FDA_SMALL).cameras.FLIR!;
    expect(flir.subjects.map((s) => [s.subjectId, s.faceC, s.rounds, s.oralC])).toEqual([
      ['S-A', 36, 4, 37],
      ['S-B', 36.25, 2, 37],
      ['S-C', 36.75, 4, 38],
      ['S-D', 36.5, 4, 37],
      ['S-E', 36.25, 4, 37.5],
      ['S-F', 36.5, 4, 37.5],
      ['S-G', 35.75, 1, 36.5],
    ]);
    expect(flir.skipped.map(({ line, subjectId, reason }) => [line, subjectId, reason])).toEqual([
      [11, 'S-H', 'Humidity 3021 % outside 0–100 %'],
      [12, 'S-I', 'Distance 79 m outside 0.2–3 m'],
      [13, 'S-J', 'aveOralM is missing'],
      [14, 'S-K', 'no T_Max round is present'],
    ]);
    const g = flir.subjects[6]!;
    expect(g).toMatchObject({ humidityPct: null, faceSeC: null, date: '2017-01-11' });
    expect(flir.subjects[4]!.distanceM).toBeNull();
    expect(flir.subjects[1]!.faceSeC).toBe(0.25); // SD of 36.0, 36.5 = 0.3536; / √2
  });

  it('fails with one sentence on a missing folder, missing files or a foreign CSV', () => {
    const dir = tempDir('fda-');
    expect(() => loadFdaDir(join(dir, 'nope'))).toThrow(/nope: no such directory/);
    expect(() => loadFdaDir(dir)).toThrow(
      `expected FLIR_groups1and2.csv and/or ICI_groups1and2.csv in ${dir}`,
    );
    writeFileSync(join(dir, 'ICI_groups1and2.csv'), 'name,temp\nx,36.5\n');
    expect(() => loadFdaDir(dir)).toThrow(
      /^ICI_groups1and2\.csv: not the FDA thermography layout: row 3 lacks the columns SubjectID, aveOralM/,
    );
    expect(() => parseFdaCsv('', 'FLIR', 'x.csv')).toThrow(/row 3 lacks/);
  });

  it('skips rows with unparseable numbers or dates', () => {
    const header =
      'SubjectID,T_Max1,T_Max2,T_Max3,T_Max4,aveOralM,T_atm,Humidity,Distance,Time,Date';
    const text = [
      'a',
      'b',
      header,
      'x1,36,36,36,36,abc,24,30,0.8,10:00:00,17-01-10',
      'x2,36,36,36,36,37,24,30,0.8,10:00:00,17-13-10',
      'x3,36,36,45,36,37,24,30,0.8,10:00:00,17-01-10',
      'x4,36,36,36,36,37,5,30,0.8,10:00:00,17-01-10',
      ',36,36,36,36,37,24,30,0.8,10:00:00,17-01-10',
    ].join('\n');
    expect(parseFdaCsv(text, 'ICI', 'ICI.csv').skipped.map((s) => s.reason)).toEqual([
      'aveOralM "abc" is not a number',
      'Date "17-13-10" / Time "10:00:00" is not a valid date and time',
      'T_Max3 45 °C outside 25–42 °C',
      'T_atm 5 °C outside 10–40 °C',
      'SubjectID is missing',
    ]);
  });
});

describe('metrics', () => {
  it('MAE, bias and SD', () => {
    const errors = [0.5, -0.5, 1, 0];
    expect(mae(errors)).toBe(0.5); // (0.5 + 0.5 + 1 + 0) / 4
    expect(bias(errors)).toBe(0.25); // 1 / 4
    // Sample SD: squared deviations from 0.25: 0.0625 + 0.5625 + 0.5625 + 0.0625 = 1.25; / 3.
    expect(sd(errors)).toBeCloseTo(Math.sqrt(1.25 / 3), 15);
    expect(mae([])).toBeNull();
    expect(sd([1])).toBeNull();
  });

  it('ROC AUC by Mann–Whitney, ties counting one half', () => {
    // Positives 2 and 3, negatives 1 and 2: (2>1) 1 + (2=2) 0.5 + (3>1) 1 + (3>2) 1 = 3.5 of 4.
    expect(rocAuc([1, 2, 2, 3], [false, true, false, true])).toBe(0.875);
    expect(rocAuc([5, 5, 5, 5], [true, false, true, false])).toBe(0.5);
    expect(rocAuc([1, 2, 3], [false, true, true])).toBe(1);
    expect(rocAuc([1, 2, 3], [true, false, false])).toBe(0);
    expect(rocAuc([1, 2], [false, false])).toBeNull();
  });

  it('sensitivity and specificity', () => {
    const c = atThreshold([37.4, 37.5, 37.6, 37.0, 37.5], [true, true, false, false, false], 37.5);
    // Fevers 37.4 (missed) and 37.5 (referred); normals 37.6 and 37.5 referred, 37.0 passed.
    expect(c).toEqual({ tp: 1, fn: 1, tn: 1, fp: 2, sensitivity: 0.5, specificity: 1 / 3 });
    expect(confusion([true], [true]).specificity).toBeNull();
  });
});

describe('hand-made fixture, scored with body = face + 1.0 °C, refer at 37.5 °C', () => {
  // subject  face   estimate  oral   error   fever  decision
  // S-A      36.00  37.00     37.0    0      no     pass  (TN)
  // S-B      36.25  37.25     37.0   +0.25   no     pass  (TN)
  // S-C      36.75  37.75     38.0   −0.25   yes    refer (TP)
  // S-D      36.50  37.50     37.0   +0.50   no     refer (FP: at the threshold refers)
  // S-E      36.25  37.25     37.5   −0.25   yes    pass  (FN)
  // S-F      36.50  37.50     37.5    0      yes    refer (TP)
  // S-G      35.75  36.75     36.5   +0.25   no     pass  (TN)
  // MAE  = (0 + .25 + .25 + .5 + .25 + 0 + .25) / 7 = 1.5 / 7
  // bias = (0 + .25 − .25 + .5 − .25 + 0 + .25) / 7 = 0.5 / 7
  // SD   = √((Σe² − (Σe)²/n) / (n − 1)) = √((0.5 − 0.25/7) / 6) = √(3.25 / 42)
  // sensitivity = 2/3 (C, F of C, E, F); specificity = 3/4 (A, B, G of A, B, D, G)
  // AUC: C beats all four normals (4); E beats A and G, ties B, loses to D (2.5); F beats A, B, G,
  //      ties D (3.5): 10 of 3 × 4 = 12 pairs = 5/6.
  it('gives the figures worked out by hand', () => {
    const report = evaluate(loadFdaDir(FDA_SMALL), handModel(), { baseline: true });
    const flir = report.cameras.FLIR!;
    expect(Object.keys(report.cameras)).toEqual(['FLIR']);
    expect(flir.n).toBe(7);
    expect(flir.fevers).toBe(3);
    expect(flir.mae).toBeCloseTo(1.5 / 7, 12);
    expect(flir.bias).toBeCloseTo(0.5 / 7, 12);
    expect(flir.sd).toBeCloseTo(Math.sqrt(3.25 / 42), 12);
    expect(flir.auc).toBe(5 / 6);
    expect(flir.sensitivity).toBe(2 / 3);
    expect(flir.specificity).toBe(3 / 4);
    expect(flir).toMatchObject({ tp: 2, fn: 1, tn: 3, fp: 1, threshold: 37.5, skipped: 4 });
    // Borderline rule, uncertainty = SE of the rounds (k = 1): S-B's rounds 36.0 and 36.5 give
    // SE 0.25, so 37.25 + 0.25 reaches 37.5: referred (a second FP). S-G has one round: the pooled
    // round SD, √(0.25 / 16) = 0.125 (S-B 0.125 + S-D 0.125 over 1 + 3 + 4 × 3 degrees of
    // freedom), and 36.75 + 0.125 stays below. Sensitivity 2/3, specificity 2/4.
    expect(roundSd(loadFdaDir(FDA_SMALL).cameras.FLIR!.subjects)).toBe(0.125);
    expect(flir.borderline).toEqual({ k: 1, sensitivity: 2 / 3, specificity: 0.5 });
    // Running baseline: in arrival order (A, B, C on 17-01-10; D, E, F, G on 17-01-11) the
    // baseline never reaches five passes (A, B, E, G), so all seven decisions are the fixed
    // threshold's: the same figures, whatever the deviation.
    for (const key of ['0.5', '1.0']) {
      expect(flir.baseline![key]).toMatchObject({
        sensitivity: 2 / 3,
        specificity: 3 / 4,
        seeding: 7,
      });
    }
  });

  it('uses the calibration it is given: offset 1.25 °C shifts every estimate by 0.25 °C', () => {
    const flir = evaluate(loadFdaDir(FDA_SMALL), handModel(1.25)).cameras.FLIR!;
    expect(flir.bias).toBeCloseTo(0.5 / 7 + 0.25, 12);
    // Estimates 37.25, 37.5, 38.0, 37.75, 37.5, 37.75, 37.0: every fever refers (C, E, F); of the
    // normals only A (37.25) and G (37.0) pass.
    expect(flir.sensitivity).toBe(1);
    expect(flir.specificity).toBe(0.5);
  });
});
