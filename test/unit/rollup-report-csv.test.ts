// The roll-up's CSV: RFC 4180 with CRLF and no BOM, one record per group × period and then the
// margins (`All` for every group together), a hidden count written `suppressed` (never its value,
// never an empty field a spreadsheet would sum as 0), names quoted and formula-looking text defused.
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, reportCsv } from '../../electron/core/rollup/report-csv.js';
import {
  cellIndex,
  emptyTable,
  fillMargins,
  MEASURES,
  type Group,
  type Measure,
  type PublishedTable,
} from '../../electron/core/rollup/rollup-table.js';

const m = (measure: Measure) => MEASURES.indexOf(measure);
const PERIODS = [
  { from: '2026-03-02', to: '2026-03-08' },
  { from: '2026-03-09', to: '2026-03-15' },
];

/** Each inner cell: passed 10·(g+1)+p, referred 7 (the distinctive number), retried 1, checks 2, 1, 0. */
function table(groups: Group[], hide: [number, number, Measure][] = []): PublishedTable {
  const t = emptyTable(groups.length, PERIODS.length);
  for (let g = 0; g < groups.length; g++) {
    for (let p = 0; p < PERIODS.length; p++) {
      const passed = 10 * (g + 1) + p;
      const values: Record<Measure, number> = {
        screened: passed + 7 + 1,
        passed,
        referred: 7,
        retried: 1,
        confirmed: 2,
        notConfirmed: 1,
        declined: 0,
      };
      for (const measure of MEASURES) t.values[cellIndex(t, g, p, m(measure))] = values[measure];
    }
  }
  fillMargins(t);
  const cells: (number | null)[] = Array.from(t.values);
  for (const [g, p, measure] of hide) cells[cellIndex(t, g, p, m(measure))] = null;
  return {
    groupBy: groups[0]?.kiosk === null ? 'site' : 'kiosk',
    periodBy: 'week',
    suppressBelow: 10,
    windowsMerged: false,
    groups,
    periods: PERIODS,
    cells,
  };
}

/** A strict RFC 4180 reader: records end in CRLF; quoted fields double their quotes. */
function parse(csv: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let field = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (csv[i] === '"' && csv[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (csv[i] === '"') break;
        else if (i >= csv.length) throw new Error('unterminated quote');
        else field += csv[i++];
      }
      i++;
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r') {
        if (csv[i] === '"' || csv[i] === '\n') throw new Error(`bare ${csv[i]} at ${i}`);
        field += csv[i++];
      }
    }
    fields.push(field);
    if (csv[i] === ',') i++;
    else if (csv.startsWith('\r\n', i)) {
      records.push(fields);
      fields = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  return records;
}

const KIOSKS: Group[] = [
  { site: 'North', kiosk: 'Gate 1' },
  { site: 'South', kiosk: 'Gate 1' },
];

describe('roll-up CSV', () => {
  it('has the header, the group × period records, then the margins, each ending in CRLF', () => {
    const csv = reportCsv(table(KIOSKS));
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(
      csv.startsWith(
        'site,kiosk,period_from,period_to,screened,passed,referred,retried,confirmed,not_confirmed,declined\r\n',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const records = parse(csv);
    expect(records[0]).toEqual([...CSV_HEADER]);
    for (const r of records) expect(r).toHaveLength(11);
    // 2 groups × 2 periods, 2 group totals, 2 period totals, 1 grand total.
    expect(records.slice(1)).toEqual([
      ['North', 'Gate 1', '2026-03-02', '2026-03-08', '18', '10', '7', '1', '2', '1', '0'],
      ['North', 'Gate 1', '2026-03-09', '2026-03-15', '19', '11', '7', '1', '2', '1', '0'],
      ['South', 'Gate 1', '2026-03-02', '2026-03-08', '28', '20', '7', '1', '2', '1', '0'],
      ['South', 'Gate 1', '2026-03-09', '2026-03-15', '29', '21', '7', '1', '2', '1', '0'],
      ['North', 'Gate 1', '2026-03-02', '2026-03-15', '37', '21', '14', '2', '4', '2', '0'],
      ['South', 'Gate 1', '2026-03-02', '2026-03-15', '57', '41', '14', '2', '4', '2', '0'],
      ['All', 'All', '2026-03-02', '2026-03-08', '46', '30', '14', '2', '4', '2', '0'],
      ['All', 'All', '2026-03-09', '2026-03-15', '48', '32', '14', '2', '4', '2', '0'],
      ['All', 'All', '2026-03-02', '2026-03-15', '94', '62', '28', '4', '8', '4', '0'],
    ]);
  });

  it('leaves the kiosk empty when grouping by site, the totals included', () => {
    const records = parse(reportCsv(table([{ site: 'North', kiosk: null }])));
    expect(records.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ['North', ''],
      ['North', ''],
      ['North', ''],
      ['All', ''],
      ['All', ''],
      ['All', ''],
    ]);
  });

  it('writes a hidden count as "suppressed", never its value nor an empty field', () => {
    const hidden = table(KIOSKS, [
      [0, 1, 'referred'],
      [1, 1, 'referred'],
      [2, 1, 'referred'],
      [0, 2, 'screened'],
    ]);
    const records = parse(reportCsv(hidden)).slice(1);
    const referred = CSV_HEADER.indexOf('referred');
    expect(records[1]![referred]).toBe('suppressed');
    expect(records[3]![referred]).toBe('suppressed');
    expect(records[7]![referred]).toBe('suppressed');
    expect(records[4]![CSV_HEADER.indexOf('screened')]).toBe('suppressed');
    // The published neighbours are still there, and no count field is ever empty.
    expect(records[0]![referred]).toBe('7');
    for (const r of records) for (const f of r.slice(4)) expect(f).toMatch(/^(\d+|suppressed)$/);
  });

  it('quotes names as RFC 4180 asks and defuses formula-looking text', () => {
    const csv = reportCsv(
      table([
        { site: 'Dock "A", north', kiosk: 'Gate\n2' },
        { site: '=HYPERLINK("x")', kiosk: '@SUM(1)' },
      ]),
    );
    expect(csv).toContain('"Dock ""A"", north","Gate\n2",2026-03-02');
    expect(csv).toContain(`"'=HYPERLINK(""x"")","'@SUM(1)",`);
    const records = parse(csv);
    expect(records[1]!.slice(0, 2)).toEqual(['Dock "A", north', 'Gate\n2']);
    expect(records[3]!.slice(0, 2)).toEqual([`'=HYPERLINK("x")`, `'@SUM(1)`]);
    expect(records).toHaveLength(1 + 4 + 2 + 2 + 1);
  });
});
