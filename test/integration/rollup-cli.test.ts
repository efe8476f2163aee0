// `kiosk bundle` at two kiosks and `kiosk rollup` at HR, as they run them: the report holds both
// kiosks' counts, anything left out is listed on stderr with exit status 3 (0 when accepted), and
// every mistake in the command is an exit-2 sentence.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../electron/contract/settings.js';
import { CountsStore } from '../../electron/core/records/counts-store.js';
import { addDays, localDate } from '../../electron/core/records/local-date.js';
import { saveKioskSettings } from '../../electron/core/settings/kiosk-settings-store.js';
import { CLI, tempDir } from '../support/paths.js';

function kiosk(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = tempDir('rollup-cli-');
const bundles = join(dir, 'bundles');
const keys = join(dir, 'kiosks.txt');
const yesterday = addDays(localDate(), -1);
const from = addDays(yesterday, -6);
const fingerprints: string[] = [];
let screened = 0;

/** A kiosk database with a week of counts up to yesterday under a site and kiosk name. */
function kioskDb(name: string, site: string, perHour: number): string {
  const path = join(dir, `${name}.sqlite`);
  const store = new CountsStore(path);
  saveKioskSettings(store.settings, { ...DEFAULT_SETTINGS, kioskName: name, siteName: site });
  for (let d = 0; d < 7; d++) {
    for (let hour = 8; hour < 12; hour++) {
      for (let i = 0; i < perHour; i++) {
        store.increment({ date: addDays(from, d), hour }, name, i === 0 ? 'refer' : 'pass');
        screened++;
      }
    }
  }
  store.close();
  return path;
}

beforeAll(() => {
  mkdirSync(bundles);
  for (const [name, site, n] of [
    ['Door 1', 'North', 6],
    ['Door 2', 'South', 9],
  ] as const) {
    const db = kioskDb(name, site, n);
    const run = kiosk('bundle', '--db', db, '--from', from, '--to', yesterday, '--out', bundles);
    expect(run.code, run.stderr).toBe(0);
    const key = /key ([A-Z2-7-]{39})/.exec(run.stdout)?.[1];
    expect(key).toBeDefined();
    fingerprints.push(key!);
  }
  writeFileSync(keys, `# HR's kiosks\n${fingerprints.map((f) => `${f}  registered`).join('\n')}\n`);
});

describe('kiosk bundle and kiosk rollup', () => {
  it('writes one named bundle per kiosk into the folder', () => {
    const files = readdirSync(bundles).sort();
    expect(files).toEqual([
      `North_Door-1_${from}_${yesterday}.kcb.jsonl`,
      `South_Door-2_${from}_${yesterday}.kcb.jsonl`,
    ]);
  });

  it("rolls both kiosks up into an HTML report and a CSV whose totals are the kiosks' counts", () => {
    const out = join(dir, 'report.html');
    const csv = join(dir, 'report.csv');
    const run = kiosk(
      'rollup',
      '--in',
      bundles,
      '--keys',
      keys,
      '--out',
      out,
      '--csv',
      csv,
      '--by',
      'kiosk',
      '--period',
      'day',
      '--suppress-below',
      'off',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('rolled up 2 bundles from 2 kiosks at 2 sites');
    const rows = readFileSync(csv, 'utf8')
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    const grand = rows.at(-1)!;
    expect(grand.slice(0, 2)).toEqual(['All', 'All']);
    expect(Number(grand[4])).toBe(screened);
    expect(readFileSync(out, 'utf8')).toContain('Door 2');
  });

  it('lists a bundle from an unregistered kiosk on stderr and exits 3, or 0 when accepted', () => {
    const db = kioskDb('Door 3', 'East', 5);
    expect(
      kiosk('bundle', '--db', db, '--from', from, '--to', yesterday, '--out', bundles).code,
    ).toBe(0);
    const args = ['rollup', '--in', bundles, '--keys', keys, '--out', join(dir, 'r2.html')];
    const run = kiosk(...args);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/left out East_Door-3_.*unknown key/);
    expect(run.stdout).toContain('1 files left out');
    expect(kiosk(...args, '--accept-left-out').code).toBe(0);
  });

  it('says what to fix for every mistake, with exit status 2 and no report', () => {
    const out = join(dir, 'never.html');
    const cases: [string[], RegExp][] = [
      [['rollup', '--in', bundles, '--out', out], /needs --keys/],
      [['rollup', '--in', join(dir, 'nope'), '--keys', keys, '--out', out], /is not a folder/],
      [['rollup', '--in', bundles, '--keys', join(dir, 'nope.txt'), '--out', out], /is not a file/],
      [
        ['rollup', '--in', bundles, '--keys', keys, '--out', out, '--by', 'city'],
        /--by must be site or kiosk/,
      ],
      [
        [
          'rollup',
          '--in',
          bundles,
          '--keys',
          keys,
          '--out',
          out,
          '--from',
          '2026-11-30',
          '--to',
          '2026-11-01',
        ],
        /is after --to/,
      ],
      [
        ['rollup', '--in', bundles, '--keys', keys, '--out', out, '--from', '2026-11-01'],
        /both --from and --to/,
      ],
      [
        [
          'rollup',
          '--in',
          bundles,
          '--keys',
          keys,
          '--out',
          out,
          '--suppress-below',
          'off',
          '--merge-windows',
        ],
        /--merge-windows/,
      ],
      [
        ['rollup', '--in', bundles, '--keys', keys, '--out', join(dir, 'no', 'r.html')],
        /folder for --out does not exist/,
      ],
      [
        [
          'bundle',
          '--db',
          join(dir, 'none.sqlite'),
          '--from',
          from,
          '--to',
          yesterday,
          '--out',
          bundles,
        ],
        /no counts database/,
      ],
      [
        [
          'bundle',
          '--db',
          join(dir, 'Door 1.sqlite'),
          '--from',
          addDays(localDate(), 2),
          '--to',
          addDays(localDate(), 3),
          '--out',
          bundles,
        ],
        /after today/,
      ],
    ];
    for (const [args, message] of cases) {
      const run = kiosk(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    expect(existsSync(out)).toBe(false);
  });
});
