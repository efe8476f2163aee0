// A folder as HR receives it: good bundles among tampered, truncated, unknown, future, newer and
// clashing ones and other files. Each is listed with its reason; the rest is rolled up; and the
// published table, attacked by subtraction, gives away no hidden count.
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellIndex } from '../../electron/core/rollup/rollup-table.js';
import { bundleText, content, hourlyCounts, memoryIdentity } from '../support/bundle-fixtures.js';
import { recoverHidden } from '../support/linear-attacker.js';
import { bundleFolder, rollupOf } from '../support/rollup-folder.js';

const RANGE = { from: '2026-11-01', to: '2026-11-14' };

function hrFolder() {
  const [good, clashA, clashB, stranger] = [1, 2, 3, 4].map(() => memoryIdentity()) as [
    ReturnType<typeof memoryIdentity>,
    ReturnType<typeof memoryIdentity>,
    ReturnType<typeof memoryIdentity>,
    ReturnType<typeof memoryIdentity>,
  ];
  const f = bundleFolder();
  f.register(good.fingerprint, clashA.fingerprint, clashB.fingerprint);
  const goodText = bundleText(good, content({ ...RANGE, site: 'North', kiosk: 'Door 1' }));
  f.put('good.kcb.jsonl', goodText);
  f.put(
    'tampered.kcb.jsonl',
    goodText.replace('"pass":[0,0,0,0,0,0,0,0,18', '"pass":[0,0,0,0,0,0,0,0,80'),
  );
  f.put('truncated.kcb.jsonl', goodText.slice(0, goodText.length - 40));
  f.put(
    'stranger.kcb.jsonl',
    bundleText(stranger, content({ ...RANGE, site: 'North', kiosk: 'Door 9' })),
  );
  f.put(
    'future.kcb.jsonl',
    bundleText(
      good,
      content({ from: '2027-03-01', to: '2027-03-02', site: 'North', kiosk: 'Door 1' }),
    ),
  );
  f.put('newer.kcb.jsonl', goodText.replace(/"software":"[\d.]+"/, '"software":"9.0.0"'));
  f.put(
    'clash-a.kcb.jsonl',
    bundleText(clashA, content({ ...RANGE, site: 'South', kiosk: 'Kiosk 1' })),
  );
  f.put(
    'clash-b.kcb.jsonl',
    bundleText(clashB, content({ ...RANGE, site: 'South', kiosk: 'Kiosk 1' })),
  );
  f.put('notes/readme.txt', 'bundles from the sites\n');
  f.put('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  return f;
}

describe('roll-up bad input', () => {
  it('lists every file it left out with its reason and rolls up the rest', () => {
    const f = hrFolder();
    appendFileSync(f.keys, 'not-a-fingerprint here\n');
    const r = rollupOf(f, { periodBy: 'week', suppressBelow: 5 });
    const reasons = Object.fromEntries(r.leftOut.map((l) => [l.file, l.reason]));
    expect(reasons['tampered.kcb.jsonl']).toMatch(/signature does not match/);
    expect(reasons['truncated.kcb.jsonl']).toMatch(/truncated/);
    expect(reasons['stranger.kcb.jsonl']).toMatch(/unknown key/);
    expect(reasons['future.kcb.jsonl']).toMatch(/from the future/);
    expect(reasons['newer.kcb.jsonl']).toMatch(/newer than this roll-up/);
    expect(reasons['clash-a.kcb.jsonl']).toMatch(/two kiosks with one name/);
    expect(reasons['clash-b.kcb.jsonl']).toMatch(/two kiosks with one name/);
    expect(reasons['notes/readme.txt']).toMatch(/not a counts bundle/);
    expect(reasons['photo.jpg']).toMatch(/not a counts bundle/);
    expect(reasons['kiosks.txt']).toMatch(/line 5 is not a fingerprint/);
    expect(r.leftOut).toHaveLength(10);
    // Only the good bundle was used.
    expect(r.bundlesUsed).toBe(1);
    expect(r.kiosks.map((k) => `${k.site}/${k.kiosk}`)).toEqual(['North/Door 1']);
    const total =
      r.table.cells[cellIndex({ periods: r.table.periods.length }, 1, r.table.periods.length, 0)];
    expect(total).toBe(14 * 231);
  });
});

describe('suppression after aggregation, attacked by subtraction', () => {
  it('hides a small kiosk inside its site and leaves nothing recoverable', () => {
    const [big1, big2, small] = [memoryIdentity(), memoryIdentity(), memoryIdentity()];
    const f = bundleFolder();
    f.register(big1.fingerprint, big2.fingerprint, small.fingerprint);
    f.put('a.kcb.jsonl', bundleText(big1, content({ ...RANGE, site: 'North', kiosk: 'Door 1' })));
    f.put('b.kcb.jsonl', bundleText(big2, content({ ...RANGE, site: 'North', kiosk: 'Door 2' })));
    // A quiet side door: one or two people a day, now and then a referral.
    const quiet = hourlyCounts(RANGE.from, RANGE.to, 0, 'Side').filter(
      (c) => c.hour === 9 || c.hour === 12,
    );
    f.put(
      'c.kcb.jsonl',
      bundleText(
        small,
        content({
          ...RANGE,
          site: 'North',
          kiosk: 'Side',
          counts: quiet.map((c) => ({ ...c, pass: c.hour === 9 ? 1 : 0 })),
        }),
      ),
    );
    for (const groupBy of ['kiosk', 'site'] as const) {
      for (const periodBy of ['day', 'week'] as const) {
        const r = rollupOf(f, { groupBy, periodBy, suppressBelow: 5 });
        const t = r.table;
        // Every published count is 0 or at least 5.
        for (const c of t.cells) if (c !== null) expect(c === 0 || c >= 5).toBe(true);
        const recovered = recoverHidden({
          groups: t.groups.length,
          periods: t.periods.length,
          cells: t.cells,
        });
        expect(recovered, `${groupBy} × ${periodBy}`).toEqual([]);
        if (groupBy === 'kiosk') {
          const side = t.groups.findIndex((g) => g.kiosk === 'Side');
          const hiddenSide = t.periods.some(
            (_, p) => t.cells[cellIndex({ periods: t.periods.length }, side, p, 0)] === null,
          );
          expect(hiddenSide).toBe(true);
        }
      }
    }
  });

  it('merges time windows until every count reaches the threshold', () => {
    const [big, small] = [memoryIdentity(), memoryIdentity()];
    const f = bundleFolder();
    f.register(big.fingerprint, small.fingerprint);
    f.put('a.kcb.jsonl', bundleText(big, content({ ...RANGE, site: 'North', kiosk: 'Door 1' })));
    const quiet = hourlyCounts(RANGE.from, RANGE.to, 0, 'Side').filter((c) => c.hour === 10);
    f.put(
      'b.kcb.jsonl',
      bundleText(
        small,
        content({
          ...RANGE,
          site: 'North',
          kiosk: 'Side',
          counts: quiet.map((c) => ({ ...c, pass: 1, refer: 0, retry: 0 })),
        }),
      ),
    );
    const r = rollupOf(f, { suppressBelow: 5, mergeWindows: true });
    expect(r.table.windowsMerged).toBe(true);
    expect(r.table.periods.length).toBeLessThan(14);
    expect(r.table.periods[0]!.from).toBe(RANGE.from);
    expect(r.table.periods.at(-1)!.to).toBe(RANGE.to);
    const side = r.table.groups.findIndex((g) => g.kiosk === 'Side');
    const P = r.table.periods.length;
    for (let p = 0; p < P; p++) {
      expect(r.table.cells[cellIndex({ periods: P }, side, p, 1)]).toBeGreaterThanOrEqual(5);
    }
  });
});
