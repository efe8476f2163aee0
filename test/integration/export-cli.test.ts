// `kiosk export` as HR's admin runs it: counts from a real headless demo come out in the CSV
// whole, and every mistake is a clear exit-2 message with no output file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { addDays, localDate } from '../../electron/core/records/local-date.js';
import { CLI, tempDir } from '../support/paths.js';

function kiosk(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Summary {
  screened: number;
  pass: number;
  refer: number;
  retry: number;
}

/** The demo's kiosk names need no quoting, so splitting is enough to read the file back. */
function parseCsv(csv: string): { header: string; rows: Array<Record<string, string>> } {
  expect(csv.endsWith('\r\n')).toBe(true);
  const [header, ...lines] = csv.slice(0, -2).split('\r\n');
  const names = header!.split(',');
  const rows = lines.map((line) => {
    const fields = line.split(',');
    expect(fields).toHaveLength(names.length);
    return Object.fromEntries(names.map((n, i) => [n, fields[i]!]));
  });
  return { header: header!, rows };
}

function sums(rows: Array<Record<string, string>>): Summary {
  const sum = (col: string) => rows.reduce((s, r) => s + Number(r[col]), 0);
  return {
    screened: sum('screened'),
    pass: sum('passed'),
    refer: sum('referred'),
    retry: sum('retried'),
  };
}

// One demo database for the whole file: 60 people walk past today.
let db: string;
let summary: Summary;
// Today as the kiosk counts it: the local calendar date where it stands.
const today = localDate();
const range = ['--from', addDays(today, -1), '--to', addDays(today, 1)];

beforeAll(() => {
  db = join(tempDir(), 'counts.sqlite');
  const demo = kiosk('demo', '--headless', '--people', '60', '--db', db);
  expect(demo.stderr).not.toMatch(/kiosk:/);
  expect(demo.code).toBe(0);
  const { screened, pass, refer, retry } = JSON.parse(demo.stdout.trim()) as Summary;
  summary = { screened, pass, refer, retry };
  expect(summary.screened).toBe(60);
}, 120_000);

describe('kiosk export', () => {
  it('writes one row per day, zeros around today, with the demo totals', () => {
    const out = join(tempDir(), 'counts.csv');
    const run = kiosk('export', '--db', db, ...range, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `^exported 3 rows by day, .*\\(screened 60: pass ${summary.pass}, refer ${summary.refer}, retry ${summary.retry}; second checks: confirmed 0, not confirmed 0, declined 0\\) to .*counts\\.csv\\n$`,
      ),
    );
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(bytes.subarray(-2).toString('latin1')).toBe('\r\n');
    const { header, rows } = parseCsv(bytes.toString('utf8'));
    expect(header).toBe(
      'date,kiosk,screened,passed,referred,retried,confirmed,not_confirmed,declined',
    );
    expect(rows.map((r) => r.date)).toEqual([addDays(today, -1), today, addDays(today, 1)]);
    expect(new Set(rows.map((r) => r.kiosk)).size).toBe(1);
    expect(sums(rows)).toEqual(summary);
    expect(rows[0]!.screened).toBe('0');
    expect(rows[2]!.screened).toBe('0');
    expect(readdirSync(join(out, '..'))).toEqual(['counts.csv']);
  });

  it('writes 72 hour rows with the same totals', () => {
    const out = join(tempDir(), 'hours.csv');
    const run = kiosk('export', '--db', db, ...range, '--by', 'hour', '--out', out);
    expect(run.code).toBe(0);
    const { header, rows } = parseCsv(readFileSync(out, 'utf8'));
    expect(header).toBe(
      'date,hour,kiosk,screened,passed,referred,retried,confirmed,not_confirmed,declined',
    );
    expect(rows).toHaveLength(72);
    expect(rows.slice(0, 24).map((r) => r.hour)).toEqual(
      Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')),
    );
    expect(sums(rows)).toEqual(summary);
  });

  it('hides small counts as <K with --suppress-below', () => {
    // 60 people: every non-zero count today is below 1000.
    const out = join(tempDir(), 'suppressed.csv');
    const run = kiosk('export', '--db', db, ...range, '--suppress-below', '1000', '--out', out);
    expect(run.code).toBe(0);
    const { rows } = parseCsv(readFileSync(out, 'utf8'));
    const todays = rows.find((r) => r.date === today)!;
    expect(todays.screened).toBe('<1000');
    for (const [col, count] of [
      ['passed', summary.pass],
      ['referred', summary.refer],
      ['retried', summary.retry],
    ] as const) {
      expect(todays[col]).toBe(count === 0 ? '0' : '<1000');
    }
    for (const r of rows.filter((r) => r.date !== today)) {
      expect([r.screened, r.passed, r.referred, r.retried]).toEqual(['0', '0', '0', '0']);
    }
  });

  it('writes the second checks staff recorded beside the verdicts of their hour', () => {
    const copy = join(tempDir(), 'checked.sqlite');
    writeFileSync(copy, readFileSync(db));
    const store = new CountsStore(copy);
    const kioskName = parseCsv(kiosk('export', '--db', db, ...range, '--out', '-').stdout).rows[0]!
      .kiosk;
    for (const [hour, outcome] of [
      [9, 'confirmed'],
      [9, 'not-confirmed'],
      [9, 'not-confirmed'],
      [14, 'declined'],
    ] as const)
      store.secondChecks.increment({ date: today, hour }, kioskName!, outcome);
    store.close();
    const run = kiosk('export', '--db', copy, ...range, '--by', 'hour', '--out', '-');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/second checks: confirmed 1, not confirmed 2, declined 1\)/);
    const { rows } = parseCsv(run.stdout);
    const at = (hour: string) => rows.find((r) => r.date === today && r.hour === hour)!;
    expect([at('09').confirmed, at('09').not_confirmed, at('09').declined]).toEqual([
      '1',
      '2',
      '0',
    ]);
    expect([at('14').confirmed, at('14').not_confirmed, at('14').declined]).toEqual([
      '0',
      '0',
      '1',
    ]);
    // The verdicts are the demo's, untouched.
    expect(sums(rows)).toEqual(summary);
  });

  it('writes to stdout with --out -, the summary on stderr', () => {
    const run = kiosk('export', '--db', db, ...range, '--out', '-');
    expect(run.code).toBe(0);
    expect(sums(parseCsv(run.stdout).rows)).toEqual(summary);
    expect(run.stderr).toMatch(/^exported 3 rows .* to stdout\n$/);
  });

  it('overwrites an existing --out file', () => {
    const out = join(tempDir(), 'counts.csv');
    writeFileSync(out, 'old');
    expect(kiosk('export', '--db', db, ...range, '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^date,kiosk,/);
  });

  it('names the current kiosk on a range without counts', () => {
    const out = join(tempDir(), 'empty.csv');
    const run = kiosk(
      'export',
      '--db',
      db,
      '--from',
      '2020-02-28',
      '--to',
      '2020-03-01',
      '--out',
      out,
    );
    expect(run.code).toBe(0);
    const { rows } = parseCsv(readFileSync(out, 'utf8'));
    expect(rows.map((r) => r.date)).toEqual(['2020-02-28', '2020-02-29', '2020-03-01']);
    expect(rows[0]!.kiosk).not.toBe('');
    expect(sums(rows)).toEqual({ screened: 0, pass: 0, refer: 0, retry: 0 });
  });

  describe('refuses, with exit code 2 and no output file', () => {
    const cases: Array<[string, (dir: string) => string[], RegExp]> = [
      [
        'a date that does not exist',
        () => ['--db', db, '--from', '2026-02-30', '--to', '2026-03-01'],
        /--from 2026-02-30 is not a real calendar date/,
      ],
      [
        'a date in another format',
        () => ['--db', db, '--from', '2026-11-01', '--to', '1/12/2026'],
        /--to must be a date written YYYY-MM-DD, got "1\/12\/2026"/,
      ],
      [
        'from after to',
        () => ['--db', db, '--from', '2026-12-01', '--to', '2026-11-01'],
        /--from 2026-12-01 is after --to 2026-11-01/,
      ],
      [
        'a range over the limit',
        () => ['--db', db, '--from', '2000-01-01', '--to', '2026-01-01'],
        /is 9498 days; one export covers at most 3660/,
      ],
      [
        'an unknown grouping',
        () => ['--db', db, ...range, '--by', 'week'],
        /--by must be day or hour, got "week"/,
      ],
      [
        'a suppression limit out of range',
        () => ['--db', db, ...range, '--suppress-below', '1'],
        /--suppress-below must be a whole number from 2 to 1000000, got "1"/,
      ],
      [
        'a missing database',
        (dir) => ['--db', join(dir, 'nowhere.sqlite'), ...range],
        /there is no kiosk database at .*nowhere\.sqlite; give the kiosk's file with --db PATH/,
      ],
      [
        'a text file as database',
        (dir) => {
          const path = join(dir, 'notes.txt');
          writeFileSync(path, 'date,count\n2026-11-01,3\n');
          return ['--db', path, ...range];
        },
        /notes\.txt is not a kiosk counts database \(not an SQLite file\)/,
      ],
      [
        "another program's SQLite file",
        (dir) => {
          const path = join(dir, 'other.sqlite');
          const other = new Database(path);
          other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
          other.close();
          return ['--db', path, ...range];
        },
        /other\.sqlite is an SQLite database of another program/,
      ],
    ];

    it.each(cases)('%s', (_, args, message) => {
      const dir = tempDir();
      const given = args(dir);
      const before = readdirSync(dir);
      const out = join(dir, 'out.csv');
      const run = kiosk('export', ...given, '--out', out);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toMatch(/^kiosk: /);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      // Nothing created: no output, no temporary file, no database where there was none.
      expect(readdirSync(dir)).toEqual(before);
    });

    it('an --out folder that does not exist', () => {
      const out = join(tempDir(), 'missing', 'out.csv');
      const run = kiosk('export', '--db', db, ...range, '--out', out);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/the folder for --out does not exist: .*missing/);
      expect(existsSync(join(out, '..'))).toBe(false);
    });

    it('missing options, naming them', () => {
      const run = kiosk('export', '--db', db, '--from', today);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/export needs --to, --out/);
    });

    it('and leaves an existing --out file as it was', () => {
      const dir = tempDir();
      const out = join(dir, 'out.csv');
      writeFileSync(out, 'last month');
      const text = join(dir, 'notes.txt');
      writeFileSync(text, 'not a database');
      const run = kiosk('export', '--db', text, ...range, '--out', out);
      expect(run.code).toBe(2);
      expect(readFileSync(out, 'utf8')).toBe('last month');
      expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'out.csv']);
    });
  });
});
