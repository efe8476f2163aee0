import { afterEach, describe, expect, it } from 'vitest';
import type { ExportQuery } from '../../electron/contract/export.js';
import type { HourlyCount } from '../../electron/core/records/counts-store.js';
import type { HourlySecondChecks } from '../../electron/core/records/second-check-store.js';
import {
  exportKiosks,
  exportRows,
  suppress,
  type ExportRow,
} from '../../electron/core/records/hr-export-rows.js';

const query = (q: Partial<ExportQuery> & Pick<ExportQuery, 'from' | 'to'>): ExportQuery => ({
  by: 'day',
  suppressBelow: null,
  ...q,
});

const count = (
  date: string,
  hour: number,
  kiosk: string,
  pass: number,
  refer = 0,
  retry = 0,
): HourlyCount => ({ date, hour, kiosk, pass, refer, retry });

const checks = (
  date: string,
  hour: number,
  kiosk: string,
  confirmed: number,
  notConfirmed = 0,
  declined = 0,
): HourlySecondChecks => ({ date, hour, kiosk, confirmed, notConfirmed, declined });

type Cells = [ExportRow['confirmed'], ExportRow['notConfirmed'], ExportRow['declined']];

const dayRow = (
  date: string,
  kiosk: string,
  [passed, referred, retried]: [ExportRow['passed'], ExportRow['referred'], ExportRow['retried']],
  screened: ExportRow['screened'],
  [confirmed, notConfirmed, declined]: Cells = [0, 0, 0],
): ExportRow => ({
  date,
  hour: null,
  kiosk,
  screened,
  passed,
  referred,
  retried,
  confirmed,
  notConfirmed,
  declined,
});

describe('export rows by day', () => {
  it('sums hours into days and writes every date of the range, days without screening as zeros', () => {
    const counts = [
      count('2026-11-02', 8, 'Kiosk 1', 5, 1, 0),
      count('2026-11-02', 17, 'Kiosk 1', 3, 0, 2),
    ];
    expect(
      exportRows(counts, query({ from: '2026-11-01', to: '2026-11-03' }), ['Kiosk 1']),
    ).toEqual([
      dayRow('2026-11-01', 'Kiosk 1', [0, 0, 0], 0),
      dayRow('2026-11-02', 'Kiosk 1', [8, 1, 2], 11),
      dayRow('2026-11-03', 'Kiosk 1', [0, 0, 0], 0),
    ]);
  });

  it('lists the current kiosk first, then the others in the data in a stable, numeric-aware order, each on every date', () => {
    const counts = [
      count('2026-11-01', 9, 'Kiosk 10', 1),
      count('2026-11-01', 9, 'Main entrance', 2),
      count('2026-11-02', 9, 'Kiosk 2', 3),
    ];
    const kiosks = exportKiosks(counts, 'Main entrance');
    expect(kiosks).toEqual(['Main entrance', 'Kiosk 2', 'Kiosk 10']);
    const rows = exportRows(counts, query({ from: '2026-11-01', to: '2026-11-02' }), kiosks);
    expect(rows.map((r) => `${r.date} ${r.kiosk} ${r.passed}`)).toEqual([
      '2026-11-01 Main entrance 2',
      '2026-11-01 Kiosk 2 0',
      '2026-11-01 Kiosk 10 1',
      '2026-11-02 Main entrance 0',
      '2026-11-02 Kiosk 2 3',
      '2026-11-02 Kiosk 10 0',
    ]);
    // The order does not depend on the order the store returned them in.
    expect(exportKiosks([...counts].reverse(), 'Main entrance')).toEqual(kiosks);
  });

  it('names the kiosk as staff named it, on every date, even with counts only under its old name', () => {
    // Counted as "Kiosk 1" this morning, then named "Main entrance" by staff.
    const counts = [count('2026-11-03', 8, 'Kiosk 1', 1)];
    const kiosks = exportKiosks(counts, 'Main entrance');
    expect(kiosks).toEqual(['Main entrance', 'Kiosk 1']);
    const rows = exportRows(counts, query({ from: '2026-11-02', to: '2026-11-03' }), kiosks);
    expect(rows).toEqual([
      dayRow('2026-11-02', 'Main entrance', [0, 0, 0], 0),
      dayRow('2026-11-02', 'Kiosk 1', [0, 0, 0], 0),
      dayRow('2026-11-03', 'Main entrance', [0, 0, 0], 0),
      dayRow('2026-11-03', 'Kiosk 1', [1, 0, 0], 1),
    ]);
  });

  it('names the current kiosk when the range has no counts at all', () => {
    expect(exportKiosks([], 'Front desk')).toEqual(['Front desk']);
    expect(exportRows([], query({ from: '2026-11-01', to: '2026-11-01' }), ['Front desk'])).toEqual(
      [dayRow('2026-11-01', 'Front desk', [0, 0, 0], 0)],
    );
  });

  it('ignores counts outside the range', () => {
    const counts = [count('2026-10-31', 23, 'K', 4), count('2026-11-02', 0, 'K', 4)];
    expect(exportRows(counts, query({ from: '2026-11-01', to: '2026-11-01' }), ['K'])).toEqual([
      dayRow('2026-11-01', 'K', [0, 0, 0], 0),
    ]);
  });
});

describe('export rows by hour', () => {
  it('writes 24 hours per date and kiosk, in date, hour, kiosk order', () => {
    const counts = [count('2026-11-02', 8, 'A', 2, 1), count('2026-11-02', 8, 'B', 1)];
    const rows = exportRows(counts, query({ from: '2026-11-01', to: '2026-11-02', by: 'hour' }), [
      'A',
      'B',
    ]);
    expect(rows).toHaveLength(2 * 24 * 2);
    expect(rows.slice(0, 3).map((r) => [r.date, r.hour, r.kiosk])).toEqual([
      ['2026-11-01', 0, 'A'],
      ['2026-11-01', 0, 'B'],
      ['2026-11-01', 1, 'A'],
    ]);
    const eight = rows.filter((r) => r.date === '2026-11-02' && r.hour === 8);
    expect(eight).toEqual([
      { ...dayRow('2026-11-02', 'A', [2, 1, 0], 3), hour: 8 },
      { ...dayRow('2026-11-02', 'B', [1, 0, 0], 1), hour: 8 },
    ]);
    expect(rows.filter((r) => r.screened !== 0)).toHaveLength(2);
  });
});

describe('second checks', () => {
  const week = query({ from: '2026-11-01', to: '2026-11-02' });

  it('sum into the day of their hour beside the verdicts, zeros where none were recorded', () => {
    const counts = [count('2026-11-01', 8, 'K', 5, 3)];
    const recorded = [
      checks('2026-11-01', 8, 'K', 1, 1),
      checks('2026-11-01', 15, 'K', 0, 0, 1),
      checks('2026-10-31', 8, 'K', 9), // outside the range: not ours to write
    ];
    expect(exportRows(counts, week, ['K'], recorded)).toEqual([
      dayRow('2026-11-01', 'K', [5, 3, 0], 8, [1, 1, 1]),
      dayRow('2026-11-02', 'K', [0, 0, 0], 0, [0, 0, 0]),
    ]);
  });

  it('stay in their own hour by hour, and a kiosk with only second checks gets rows', () => {
    const recorded = [checks('2026-11-02', 14, 'Side door', 2, 0, 1)];
    const kiosks = exportKiosks(recorded, 'K');
    expect(kiosks).toEqual(['K', 'Side door']);
    const rows = exportRows([], { ...week, by: 'hour' }, kiosks, recorded);
    const filled = rows.filter((r) => r.confirmed !== 0 || r.declined !== 0);
    expect(filled).toEqual([
      { ...dayRow('2026-11-02', 'Side door', [0, 0, 0], 0, [2, 0, 1]), hour: 14 },
    ]);
  });

  it('are suppressed like every other count column', () => {
    const recorded = [checks('2026-11-01', 9, 'K', 1, 5, 0)];
    const rows = exportRows([], { ...week, suppressBelow: 5 }, ['K'], recorded);
    expect(rows[0]).toEqual(dayRow('2026-11-01', 'K', [0, 0, 0], 0, ['<5', 5, 0]));
  });
});

describe('calendar', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it.each(['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'UTC'])(
    'gives one row per daylight-saving day and 24 hour rows on it (TZ=%s)',
    (tz) => {
      process.env.TZ = tz;
      for (const [from, to] of [
        ['2026-03-07', '2026-03-09'], // US spring forward on the 8th
        ['2026-10-31', '2026-11-02'], // US fall back on the 1st
        ['2026-03-28', '2026-03-30'], // EU spring forward on the 29th
        ['2026-10-24', '2026-10-26'], // EU fall back on the 25th
        ['2026-04-04', '2026-04-06'], // Sydney fall back on the 5th
      ] as const) {
        const days = exportRows([], query({ from, to }), ['K']);
        expect(days.map((r) => r.date)).toEqual([from, days[1]!.date, to]);
        expect(new Set(days.map((r) => r.date)).size).toBe(3);
        const hours = exportRows([], query({ from, to, by: 'hour' }), ['K']);
        expect(hours).toHaveLength(72);
        for (const date of new Set(hours.map((r) => r.date))) {
          expect(hours.filter((r) => r.date === date).map((r) => r.hour)).toEqual(
            Array.from({ length: 24 }, (_, h) => h),
          );
        }
      }
      expect(
        exportRows([], query({ from: '2026-03-08', to: '2026-03-08' }), ['K']).map((r) => r.date),
      ).toEqual(['2026-03-08']);
      expect(
        exportRows([], query({ from: '2026-11-01', to: '2026-11-01' }), ['K']).map((r) => r.date),
      ).toEqual(['2026-11-01']);
    },
  );

  it('crosses month, year and leap-day boundaries', () => {
    const dates = (from: string, to: string) =>
      exportRows([], query({ from, to }), ['K']).map((r) => r.date);
    expect(dates('2028-02-27', '2028-03-01')).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(dates('2027-02-28', '2027-03-01')).toEqual(['2027-02-28', '2027-03-01']);
    expect(dates('2026-12-31', '2027-01-01')).toEqual(['2026-12-31', '2027-01-01']);
    expect(dates('2026-04-30', '2026-05-01')).toEqual(['2026-04-30', '2026-05-01']);
    expect(dates('2026-01-01', '2026-12-31')).toHaveLength(365);
    expect(dates('2028-01-01', '2028-12-31')).toHaveLength(366);
    expect(dates('2028-02-29', '2028-02-29')).toEqual(['2028-02-29']);
  });
});

describe('suppression', () => {
  it('hides 1 … K−1 as "<K" and keeps 0 and K or more', () => {
    expect([0, 1, 4, 5, 6, 100].map((v) => suppress(v, 5))).toEqual([0, '<5', '<5', 5, 6, 100]);
    expect([0, 1, 2].map((v) => suppress(v, 2))).toEqual([0, '<2', 2]);
    expect([0, 1, 99, 100].map((v) => suppress(v, null))).toEqual([0, 1, 99, 100]);
  });

  it('applies to every count column separately, screened included', () => {
    const counts = [count('2026-11-01', 9, 'K', 9, 1, 0), count('2026-11-02', 9, 'K', 10, 4, 5)];
    const rows = exportRows(
      counts,
      query({ from: '2026-11-01', to: '2026-11-03', suppressBelow: 10 }),
      ['K'],
    );
    expect(rows).toEqual([
      dayRow('2026-11-01', 'K', ['<10', '<10', 0], 10),
      dayRow('2026-11-02', 'K', [10, '<10', '<10'], 19),
      dayRow('2026-11-03', 'K', [0, 0, 0], 0),
    ]);
  });

  it('suppresses hour cells on their own hourly values', () => {
    const counts = [count('2026-11-01', 8, 'K', 3), count('2026-11-01', 9, 'K', 3)];
    const q = query({ from: '2026-11-01', to: '2026-11-01', suppressBelow: 5 });
    expect(exportRows(counts, q, ['K'])[0]!.passed).toBe(6);
    const hours = exportRows(counts, { ...q, by: 'hour' }, ['K']);
    expect(hours.filter((r) => r.passed !== 0).map((r) => [r.hour, r.passed])).toEqual([
      [8, '<5'],
      [9, '<5'],
    ]);
  });
});
