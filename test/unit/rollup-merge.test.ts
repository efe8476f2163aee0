// Merging bundles of one kiosk: overlaps that agree merge, hours a bundle had not seen end are
// filled by a later one, and disagreements are reported with the first value kept.
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../electron/core/rollup/report-html.js';
import { cellIndex } from '../../electron/core/rollup/rollup-table.js';
import { bundleText, content, hourlyCounts, memoryIdentity } from '../support/bundle-fixtures.js';
import { bundleFolder, rollupOf } from '../support/rollup-folder.js';

const rollup = rollupOf;

const screened = (r: ReturnType<typeof rollup>, g: number, p: number) =>
  r.table.cells[cellIndex({ periods: r.table.periods.length }, g, p, 0)];

describe('roll-up merge', () => {
  it('merges overlapping bundles that agree, counting each hour once', () => {
    const id = memoryIdentity();
    const f = bundleFolder();
    f.register(id.fingerprint);
    f.put('a.kcb.jsonl', bundleText(id, content({ from: '2026-11-01', to: '2026-11-20' })));
    f.put('b.kcb.jsonl', bundleText(id, content({ from: '2026-11-10', to: '2026-11-30' })));
    const r = rollup(f);
    expect(r.leftOut).toEqual([]);
    expect(r.conflicts).toEqual([]);
    expect(r.bundlesUsed).toBe(2);
    expect(r.from).toBe('2026-11-01');
    expect(r.to).toBe('2026-11-30');
    // Hours 8–17: pass 10+h (225), refer at 9, 12, 15, retry at 8, 12, 16: 231 a day.
    const day = 225 + 3 + 3;
    expect(screened(r, 0, 14)).toBe(day); // 2026-11-15, in both bundles
    expect(screened(r, 0, 30)).toBe(30 * day); // the kiosk's total over the range
  });

  it('merges bundles read out of date order (later months first, a gap between)', () => {
    const id = memoryIdentity();
    const f = bundleFolder();
    f.register(id.fingerprint);
    f.put('1.kcb.jsonl', bundleText(id, content({ from: '2026-10-01', to: '2026-10-31' })));
    f.put('0.kcb.jsonl', bundleText(id, content({ from: '2026-03-01', to: '2026-03-02' })));
    f.put('2.kcb.jsonl', bundleText(id, content({ from: '2025-12-30', to: '2026-01-02' })));
    const r = rollup(f, { periodBy: 'week' });
    expect(r.conflicts).toEqual([]);
    expect(r.from).toBe('2025-12-30');
    expect(r.to).toBe('2026-10-31');
    const P = r.table.periods.length;
    expect(screened(r, 0, P)).toBe((31 + 2 + 4) * 231);
  });

  it('fills the hours a midday bundle had not seen from the evening one, without a conflict', () => {
    const id = memoryIdentity();
    const f = bundleFolder();
    f.register(id.fingerprint);
    const c = content({ from: '2026-11-30', to: '2026-11-30' });
    f.put('noon.kcb.jsonl', bundleText(id, c, '2026-11-30T12:05'));
    f.put('night.kcb.jsonl', bundleText(id, c));
    const r = rollup(f);
    expect(r.conflicts).toEqual([]);
    expect(screened(r, 0, 0)).toBe(231);
  });

  it('reports two bundles that disagree about the same hours, keeping the first', () => {
    const id = memoryIdentity();
    const f = bundleFolder();
    f.register(id.fingerprint);
    const one = content({ from: '2026-11-01', to: '2026-11-02' });
    const other = { ...one, counts: hourlyCounts('2026-11-01', '2026-11-02', 11) };
    f.put('1-first.kcb.jsonl', bundleText(id, one));
    f.put('2-second.kcb.jsonl', bundleText(id, other));
    const r = rollup(f);
    expect(r.conflicts).toHaveLength(2);
    expect(r.conflicts[0]).toMatchObject({
      date: '2026-11-01',
      hours: [8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
      files: ['1-first.kcb.jsonl', '2-second.kcb.jsonl'],
    });
    expect(screened(r, 0, 0)).toBe(231); // the first bundle's day, not the sum, not the second
  });

  it('lists each kiosk with the hours its conditions record says it was ready and paused', () => {
    const id = memoryIdentity();
    const f = bundleFolder();
    f.register(id.fingerprint);
    const day = (date: string, ready: number, warming: number) => ({
      date,
      kiosk: 'Kiosk 1',
      readyMinutes: ready,
      pausedMinutes: { 'warming-up': warming },
      roomMinC: 19.5,
      roomMaxC: 22,
      referenceStableMinutes: 0,
      referenceUnstableMinutes: 0,
      calibrationAgeDays: null,
    });
    const conditions = [day('2026-11-01', 600, 30), day('2026-11-02', 540, 0)];
    f.put(
      'a.kcb.jsonl',
      bundleText(id, content({ from: '2026-11-01', to: '2026-11-02', conditions })),
    );
    const r = rollup(f);
    expect(r.kiosks[0]).toMatchObject({ readyHours: 19, pausedHours: 0.5 });
    const html = reportHtml(r);
    expect(html).toContain('Ready (h)');
    expect(html).toMatch(/<td class="n">19\.0<\/td><td class="n">0\.5<\/td>/);
    const none = rollup(f, { from: '2026-11-05', to: '2026-11-06' });
    expect(none.kiosks[0]).toMatchObject({ readyHours: null, pausedHours: null });
  });

  it('keeps each kiosk apart and groups kiosks by site', () => {
    const [a, b, c] = [memoryIdentity(), memoryIdentity(), memoryIdentity()];
    const f = bundleFolder();
    f.register(a.fingerprint, b.fingerprint, c.fingerprint);
    const range = { from: '2026-11-01', to: '2026-11-07' };
    f.put('n1.kcb.jsonl', bundleText(a, content({ ...range, site: 'North', kiosk: 'Door 1' })));
    f.put('n2.kcb.jsonl', bundleText(b, content({ ...range, site: 'North', kiosk: 'Door 2' })));
    f.put('s/s1.kcb.jsonl', bundleText(c, content({ ...range, site: 'South', kiosk: 'Door 1' })));
    const bySite = rollup(f, { groupBy: 'site', periodBy: 'week' });
    expect(bySite.table.groups).toEqual([
      { site: 'North', kiosk: null },
      { site: 'South', kiosk: null },
    ]);
    // 2026-11-01 is a Sunday: the first week is one day, then Monday 2 to Saturday 7.
    expect(bySite.table.periods).toEqual([
      { from: '2026-11-01', to: '2026-11-01' },
      { from: '2026-11-02', to: '2026-11-07' },
    ]);
    expect(screened(bySite, 0, 1)).toBe(2 * 6 * 231);
    expect(screened(bySite, 1, 1)).toBe(6 * 231);
    expect(bySite.kiosks.map((k) => k.kiosk).sort()).toEqual(['Door 1', 'Door 1', 'Door 2']);
  });
});
