// The roll-up at the issue's scale: 1,500 kiosks × 365 days of hourly counts, as the kiosks' daily
// folder writes them (one bundle per kiosk and month: 18,000 signed files, 4 sites), verified,
// merged, summed, suppressed and reported by `kiosk rollup` in a process of its own. Counts are
// made up (a seeded busy day per kiosk), the files, keys and signatures are the real ones.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBundle } from '../../electron/core/bundle/bundle-writer.js';
import { ensureIdentity } from '../../electron/core/bundle/signing-identity.js';
import type { HourlyCount } from '../../electron/core/records/counts-store.js';
import { addDays, eachDate } from '../../electron/core/records/local-date.js';
import { createRng } from '../../electron/core/prng.js';

const KIOSKS = 1500;
const SITES = ['North', 'South', 'East', 'West'];
const FIRST_MONTH = '2025-12-01';
const MONTHS = 12;

function monthCounts(kiosk: string, from: string, to: string, rng: () => number): HourlyCount[] {
  const out: HourlyCount[] = [];
  for (const date of eachDate(from, to)) {
    for (let hour = 7; hour < 19; hour++) {
      const people = Math.floor(rng() * 40);
      const refer = rng() < 0.1 ? 1 : 0;
      const retry = rng() < 0.2 ? 1 : 0;
      out.push({ date, hour, kiosk, pass: people, refer, retry });
    }
  }
  return out;
}

function writeFolder(folder: string): number {
  const rng = createRng(17);
  let files = 0;
  for (let k = 0; k < KIOSKS; k++) {
    const store = new Map<string, unknown>();
    const identity = ensureIdentity({
      get: (key) => store.get(key),
      set: (key, v) => void store.set(key, v),
    });
    const site = SITES[k % SITES.length]!;
    const kiosk = `Kiosk ${k + 1}`;
    const dir = join(folder, site);
    mkdirSync(dir, { recursive: true });
    let from = FIRST_MONTH;
    for (let m = 0; m < MONTHS; m++) {
      const next = `${addDays(from, 31).slice(0, 8)}01`;
      const to = addDays(next, -1);
      const createdLocal = `${next}T00:10`;
      const file = writeBundle(
        {
          site,
          kiosk,
          from,
          to,
          counts: monthCounts(kiosk, from, to, rng),
          checks: [],
          conditions: [],
        },
        identity,
        { createdAt: new Date(`${createdLocal}:00Z`), createdLocal },
      );
      writeFileSync(join(dir, file.filename), file.text);
      files++;
      from = next;
    }
    writeFileSync(join(folder, 'keys.txt'), `${identity.fingerprint} ${site} / ${kiosk}\n`, {
      flag: 'a',
    });
  }
  return files;
}

export function benchRollupScale(): void {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-rollup-'));
  const folder = join(root, 'bundles');
  try {
    let started = performance.now();
    const files = writeFolder(folder);
    const made = (performance.now() - started) / 1000;
    const child = join(import.meta.dirname, 'rollup-child.mjs');
    for (const [by, period] of [
      ['site', 'week'],
      ['kiosk', 'day'],
    ] as const) {
      started = performance.now();
      const run = spawnSync(
        process.execPath,
        [
          child,
          '--in',
          folder,
          '--keys',
          join(folder, 'keys.txt'),
          '--out',
          join(root, 'report.html'),
          '--csv',
          join(root, 'report.csv'),
          '--by',
          by,
          '--period',
          period,
          '--accept-left-out',
        ],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      const wall = (performance.now() - started) / 1000;
      if (run.status !== 0)
        throw new Error(`rollup failed (${run.status}): ${run.stderr.slice(0, 1500)}`);
      const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
        code?: number;
        maxRssMB?: number;
      };
      if (run.status !== 0 || result.code !== 0)
        throw new Error(`rollup failed: ${run.stderr.slice(0, 500)}`);
      console.log(
        `rollup of ${KIOSKS} kiosks × 365 days (${files} signed monthly bundles, made in ${made.toFixed(0)} s) ` +
          `by ${by} and ${period}: ${wall.toFixed(1)} s wall, peak ${result.maxRssMB!.toFixed(0)} MB RSS ` +
          `(targets: ≤ 30 s, ≤ 1024 MB); ${run.stdout.split('\n').slice(0, 2).join('; ')}`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
