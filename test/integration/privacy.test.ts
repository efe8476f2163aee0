// "The kiosk keeps counts, never people": two headless demo runs through the real path (200 and
// 400 people), each in its own home, data and temp folders, then everything they left behind is
// searched for a trace of a person. Generic over sqlite_master, so new tables are held to it too.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeHits,
  imageMagicHits,
  regularFilesUnder,
  temperatureTextHits,
  type ByteHit,
} from '../support/byte-scan.js';
import {
  inspectDatabase,
  isCountTable,
  isTimeKeyedTable,
  KEY_COLUMNS,
  mayHoldReal,
  type DatabaseFacts,
} from '../support/db-inspect.js';
import { CLI, tempDir } from '../support/paths.js';

interface Summary {
  screened: number;
  pass: number;
  refer: number;
  retry: number;
  db: string;
}

interface Run {
  dir: string;
  db: string;
  stdout: string;
  stderr: string;
  summary: Summary;
}

/** Rows a table may hold however many people walked past. */
const MAX_ROWS = 20;

function headlessRun(root: string, name: string, people: number): Promise<Run> {
  const dir = join(root, name);
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  const db = join(dir, 'counts.sqlite');
  // Everything the app might write (home, XDG folders, temp files) lands in `dir`, to be scanned.
  const env = {
    ...process.env,
    HOME: dir,
    XDG_DATA_HOME: dir,
    XDG_CONFIG_HOME: dir,
    XDG_CACHE_HOME: dir,
    XDG_STATE_HOME: dir,
    TMPDIR: join(dir, 'tmp'),
  };
  const args = [CLI, 'demo', '--headless', '--people', String(people), '--db', db];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: dir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('latin1')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('latin1')));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`${name}: exit ${code}\n${stdout}\n${stderr}`));
      const lines = stdout.trim().split('\n');
      try {
        resolve({ dir, db, stdout, stderr, summary: JSON.parse(lines[lines.length - 1]!) });
      } catch (error) {
        reject(new Error(`${name}: no JSON summary (${String(error)})\n${stdout}\n${stderr}`));
      }
    });
  });
}

function logHits(run: Run, name: string): ByteHit[] {
  return [
    ...imageMagicHits(Buffer.from(run.stdout, 'latin1'), `${name} stdout`),
    ...imageMagicHits(Buffer.from(run.stderr, 'latin1'), `${name} stderr`),
    ...temperatureTextHits(Buffer.from(run.stdout, 'latin1'), `${name} stdout`),
    ...temperatureTextHits(Buffer.from(run.stderr, 'latin1'), `${name} stderr`),
  ];
}

describe('privacy: the kiosk keeps counts, never people', () => {
  it('stores the same bounded rows for 200 and 400 people, no images, no temperatures', async () => {
    const root = tempDir('kiosk-privacy-');
    const [a, b] = await Promise.all([headlessRun(root, 'a', 200), headlessRun(root, 'b', 400)]);

    // The runs themselves: every person got one verdict, and twice the people, about twice the count.
    for (const run of [a, b]) {
      const s = run.summary;
      expect(s.pass + s.refer + s.retry).toBe(s.screened);
      expect(s.db).toBe(run.db);
    }
    expect(b.summary.screened).toBeGreaterThan(a.summary.screened);
    expect(b.summary.screened / a.summary.screened).toBeGreaterThan(1.5);
    expect(b.summary.screened / a.summary.screened).toBeLessThan(2.5);

    // (c) Raw bytes first, before anything here opens the databases: every file the runs left
    // (database, -wal, -shm, anything else), plus what they printed.
    const files = regularFilesUnder(root);
    expect(files).toContain(a.db);
    expect(files).toContain(b.db);
    const hits: ByteHit[] = [...logHits(a, 'a'), ...logHits(b, 'b')];
    for (const file of files) {
      const bytes = readFileSync(file);
      hits.push(...imageMagicHits(bytes, file), ...temperatureTextHits(bytes, file));
    }
    console.log(
      `privacy: scanned ${files.length} files (${files.map((f) => f.slice(root.length + 1)).join(', ')}) and 4 output streams`,
    );
    expect(hits, `image or temperature-like bytes found:\n${describeHits(hits)}`).toEqual([]);

    const facts: Record<'a' | 'b', DatabaseFacts> = {
      a: inspectDatabase(a.db),
      b: inspectDatabase(b.db),
    };
    console.log(
      `privacy: rows per table, schema ${facts.a.schema}: 200 people ${JSON.stringify(facts.a.rows)}; 400 people ${JSON.stringify(facts.b.rows)}`,
    );

    // (a) Only the counts grow with people: every other table holds the same rows either way.
    // Tables keyed by time (counts, second checks, the conditions record, minutes paused) may
    // differ with the hours a run spans, but their keys hold nothing that could tell people apart.
    expect(Object.keys(facts.b.rows)).toEqual(Object.keys(facts.a.rows));
    const countTables = Object.keys(facts.a.rows).filter(isCountTable);
    expect(countTables.length, 'a counts table exists').toBeGreaterThan(0);
    for (const table of Object.keys(facts.a.rows)) {
      if (isTimeKeyedTable(table))
        expect(
          facts.a.keys[table]!.filter((column) => !KEY_COLUMNS.has(column)),
          `key columns of ${table} beyond ${[...KEY_COLUMNS].join('/')}`,
        ).toEqual([]);
      else
        expect(facts.b.rows[table], `rows in ${table}: 400 vs 200 people`).toBe(
          facts.a.rows[table],
        );
      for (const run of ['a', 'b'] as const)
        expect(facts[run].rows[table]!, `rows in ${table} (${run})`).toBeLessThan(MAX_ROWS);
    }
    expect(facts.a.countTotal).toBe(a.summary.screened);
    expect(facts.b.countTotal).toBe(b.summary.screened);
    // Nobody tapped a second check in a headless run: no outcome is recorded by itself.
    expect(facts.a.secondCheckTotal + facts.b.secondCheckTotal).toBe(0);

    // (b) No blob anywhere; no real number outside the device's own tables and the room's range
    // in the conditions record (the air the sensor sees, never a person).
    for (const run of ['a', 'b'] as const) {
      const types = facts[run].types;
      expect(
        types.filter((t) => t.type === 'blob'),
        `blobs (${run})`,
      ).toEqual([]);
      expect(
        types.filter((t) => t.type === 'real' && !mayHoldReal(t.table, t.column)),
        `real values outside the device tables and the room's range (${run})`,
      ).toEqual([]);
    }
  }, 240_000);
});

describe('privacy scan helpers', () => {
  it('find image headers and temperature-like text, and leave ordinary bytes alone', () => {
    const png = Buffer.concat([Buffer.from([0, 1]), Buffer.from('\x89PNG\r\n', 'latin1')]);
    expect(imageMagicHits(png, 'x').map((h) => h.what)).toEqual(['PNG']);
    expect(imageMagicHits(Buffer.from([7, 0xff, 0xd8, 0xff, 0xe0]), 'x')[0]!.what).toBe('JPEG');
    expect(imageMagicHits(Buffer.from('BM6\0\0'), 'x')[0]!.what).toBe('BMP');
    expect(imageMagicHits(Buffer.from('xxBMxx a GIF-like word, no header'), 'x')).toEqual([]);
    const text = Buffer.from('{"t":37.4} 38,15 day 2026-11-24 hour 23 33.0°C 44.5 132.5 3.75');
    expect(temperatureTextHits(text, 'x').map((h) => h.what)).toEqual([
      'temperature-like "37.4"',
      'temperature-like "38,15"',
      'temperature-like "33.0"',
    ]);
  });
});
