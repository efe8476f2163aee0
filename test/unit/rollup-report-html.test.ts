// The roll-up's HTML report as a file: no script and nothing loaded (its CSP names its one
// stylesheet by hash, and the hash matches), every name from a bundle escaped, a hidden count
// never shown nor drawn nor worked out by subtraction, left-out files first, the detail cut at
// its limit, and a year of days still drawn as one bar group per day with a few dates.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../electron/core/rollup/report-html.js';
import type { RollupReport } from '../../electron/core/rollup/rollup-report.js';
import {
  cellIndex,
  emptyTable,
  fillMargins,
  MEASURES,
  type Group,
  type Measure,
  type Period,
  type PublishedTable,
} from '../../electron/core/rollup/rollup-table.js';

type Counts = Omit<Record<Measure, number>, 'screened'>;
const m = (measure: Measure) => MEASURES.indexOf(measure);

/** A published table from inner counts (screened = passed + referred + retried) and the cells
 * to hide, given as [group, period, measure] with group = groups.length for the totals row. */
function table(
  groups: Group[],
  periods: Period[],
  counts: (g: number, p: number) => Counts,
  hide: [number, number, Measure][] = [],
  suppressBelow: number | null = 5,
): PublishedTable {
  const t = emptyTable(groups.length, periods.length);
  groups.forEach((_, g) =>
    periods.forEach((__, p) => {
      const c = counts(g, p);
      t.values[cellIndex(t, g, p, 0)] = c.passed + c.referred + c.retried;
      for (const [k, v] of Object.entries(c)) t.values[cellIndex(t, g, p, m(k as Measure))] = v;
    }),
  );
  fillMargins(t);
  const cells: (number | null)[] = Array.from(t.values);
  for (const [g, p, measure] of hide) cells[cellIndex(t, g, p, m(measure))] = null;
  return {
    groupBy: groups[0]?.kiosk === null ? 'site' : 'kiosk',
    periodBy: 'day',
    suppressBelow,
    windowsMerged: false,
    groups,
    periods,
    cells,
  };
}

function days(n: number, start = Date.UTC(2026, 2, 1)): Period[] {
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    return { from: d, to: d };
  });
}

const CHECKS = { notConfirmed: 3, declined: 1 };
const KIOSK = {
  site: 'North',
  kiosk: 'Gate 1',
  fingerprint: 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567',
};

const SEEN = { bundles: 3, from: '2026-03-01', to: '2026-03-03', software: '0.1.0' };

function report(t: PublishedTable, extra: Partial<RollupReport> = {}): RollupReport {
  return {
    generatedAt: '2026-03-10T08:00:00Z',
    from: t.periods[0]!.from,
    to: t.periods[t.periods.length - 1]!.to,
    software: '0.1.0',
    table: t,
    kiosks: [{ ...KIOSK, ...SEEN, readyHours: 27.5, pausedHours: null }],
    leftOut: [],
    conflicts: [],
    bundlesUsed: 3,
    detailRowsInHtml: 1000,
    ...extra,
  };
}

const plain: Counts = { passed: 40, referred: 9, retried: 6, confirmed: 5, ...CHECKS };
const TWO_KIOSKS: Group[] = [
  { site: 'North', kiosk: 'Gate 1' },
  { site: 'North', kiosk: 'Gate 2' },
];

const TEXT: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };

/** A table's rows by id: each row's cells as text (tags stripped, entities read back). */
function rows(html: string, id: string): string[][] {
  const body = new RegExp(`<table id="${id}">([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
      c[1]!.replace(/<[^>]+>/g, '').replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => TEXT[e]!),
    ),
  );
}

/** The chart's bar group for one period (by its start date). */
function periodGroup(html: string, from: string): string {
  return new RegExp(`<g class="period" data-from="${from}">([\\s\\S]*?)</g>`).exec(html)?.[1] ?? '';
}

describe('roll-up report: a static file that runs nothing and loads nothing', () => {
  const html = reportHtml(report(table(TWO_KIOSKS, days(3), () => plain)));

  it('has no script, one style element, and a CSP naming that style by its SHA-256', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]![1]!, 'utf8').digest('base64');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src data:`);
    // The policy comes before the style it allows, and no inline style attribute needs more.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('names no resource outside itself', () => {
    const urls = [...html.matchAll(/(?:src|href)="([^"]*)"|url\(([^)]*)\)/g)].map(
      (u) => u[1] ?? u[2],
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url, url).toMatch(/^#/);
    expect(html).not.toMatch(/@import|@font-face/);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<title>Screening counts roll-up, 2026-03-01 to 2026-03-03</title>');
  });

  it('shows the published counts in the tables and one bar group per period', () => {
    const periods = rows(html, 'totals-by-period');
    const line = (r: string[] | undefined) => r?.join(' | ');
    expect(line(periods[0])).toBe(
      'Period | Screened | Passed | Referred | Retried | Confirmed | Not confirmed | Declined',
    );
    expect(line(periods[1])).toBe('2026-03-01 | 110 | 80 | 18 | 12 | 10 | 6 | 2');
    expect(line(periods[4])).toBe(
      'Whole range (2026-03-01 – 2026-03-03) | 330 | 240 | 54 | 36 | 30 | 18 | 6',
    );
    expect(line(rows(html, 'totals-by-group')[3])).toBe(
      'All kiosks | 330 | 240 | 54 | 36 | 30 | 18 | 6',
    );
    expect(html.match(/<g class="period"/g)).toHaveLength(3);
    expect(html).toMatch(
      /role="img" aria-label="Screenings by day, all kiosks together, 2026-03-01 to 2026-03-03: 330 screened, 240 passed, 54 referred, 36 retried\./,
    );
    expect(html).toContain('aria-describedby="totals-by-period"');
  });
});

describe('roll-up report: names from bundles are text', () => {
  const evil: Group[] = [{ site: '<script>alert(1)</script>', kiosk: `"Gate" & 'A' </td>` }];
  const html = reportHtml(
    report(
      table(evil, days(2), () => plain),
      {
        leftOut: [{ file: '<img src=x onerror=alert(1)>.bundle', reason: 'signature <b>bad</b>' }],
        kiosks: [],
      },
    ),
  );

  it('escapes site, kiosk and file names everywhere they appear', () => {
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;Gate&quot; &amp; &#39;A&#39; &lt;/td&gt;');
    expect(rows(html, 'totals-by-group')[1]!.slice(0, 2)).toEqual([
      '<script>alert(1)</script>',
      `"Gate" & 'A' </td>`,
    ]);
    expect(html).toContain(
      '<code>&lt;img src=x onerror=alert(1)&gt;.bundle</code>: signature &lt;b&gt;bad&lt;/b&gt;',
    );
  });
});

describe('roll-up report: a hidden count stays hidden', () => {
  // Day 2's referred total would be 7 (screened 50 − passed 40 − retried 3): hidden in the
  // totals row, and Gate 2's own 7 hidden in the detail.
  const counts = (g: number, p: number): Counts =>
    p === 1 ? { ...plain, referred: g === 0 ? 0 : 7, retried: g === 0 ? 3 : 0, passed: 20 } : plain;
  const t = table(TWO_KIOSKS, days(3), counts, [
    [2, 1, 'referred'],
    [1, 1, 'referred'],
    [0, 1, 'referred'],
  ]);
  const html = reportHtml(report(t));

  it('is a dash titled "hidden" in the tables, never its value', () => {
    const day2 = rows(html, 'totals-by-period')[2]!;
    expect(day2).toEqual(['2026-03-02', '50', '40', '—', '3', '10', '6', '2']);
    expect(html).toContain('<td class="n hid"><abbr title="hidden">—</abbr></td>');
    const detail = rows(html, 'detail').find((r) => r[1] === 'Gate 2' && r[2] === '2026-03-02')!;
    expect(detail).toEqual(['North', 'Gate 2', '2026-03-02', '27', '20', '—', '0', '5', '3', '1']);
    expect(html).toContain(
      '— hidden: fewer than 5 people, or hidden so that another hidden number cannot be worked out by subtraction.',
    );
  });

  it('draws no segment for it, does not fill the gap from the other counts, and marks the period', () => {
    const hidden = periodGroup(html, '2026-03-02');
    expect(hidden).not.toContain('s-refer');
    expect(hidden).toContain('class="hid-box"');
    expect(hidden).toContain('referred hidden');
    expect(hidden).not.toMatch(/referred 7/);
    const height = (group: string, css: string) =>
      Number(new RegExp(`class="${css}"[^>]* height="([\\d.]+)"`).exec(group)?.[1]);
    // The verdict bar is passed + retried high, not screened: its top is not the hidden 7 away.
    const passed = height(hidden, 's-pass');
    expect(height(hidden, 's-retry') / passed).toBeCloseTo(3 / 40, 5);
    const shown = periodGroup(html, '2026-03-01');
    expect(shown).toContain('s-refer');
    expect(shown).not.toContain('class="hid-box"');
    expect(html).toContain('Hatched mark under a period: a number there is hidden');
  });

  it('has no hidden marker nor its legend when nothing is hidden', () => {
    const open = reportHtml(report(table(TWO_KIOSKS, days(3), counts, [], null)));
    expect(open).not.toContain('class="hid-box"');
    expect(open).toContain('No threshold was set: every count is shown.');
  });
});

describe('roll-up report: sections', () => {
  const t = table(TWO_KIOSKS, days(4), () => plain);

  it('puts what was left out first, with each reason and each conflict', () => {
    const html = reportHtml(
      report(t, {
        leftOut: [
          { file: 'gate-9.bundle', reason: 'signed by an unknown key: register its fingerprint' },
        ],
        conflicts: [
          { ...KIOSK, date: '2026-03-02', hours: [8, 9], files: ['a.bundle', 'b.bundle'] },
        ],
      }),
    );
    expect(html.indexOf('id="left-out"')).toBeLessThan(html.indexOf('id="summary-h"'));
    expect(html).toContain(
      '<code>gate-9.bundle</code>: signed by an unknown key: register its fingerprint',
    );
    expect(html).toMatch(
      /North \/ Gate 1, 2026-03-02, hours 08:00, 09:00: <code>a\.bundle<\/code> and <code>b\.bundle<\/code> disagree/,
    );
  });

  it('says nothing was left out after the summary when so', () => {
    const html = reportHtml(report(t));
    expect(html.indexOf('id="left-out"')).toBeGreaterThan(html.indexOf('id="summary-h"'));
    expect(html).toContain('Nothing was left out');
    expect(html).not.toContain('class="left-out"');
  });

  it('cuts the detail at its limit and says the CSV holds every row', () => {
    const html = reportHtml(report(t, { detailRowsInHtml: 3 }));
    expect(rows(html, 'detail')).toHaveLength(1 + 3);
    expect(html).toContain(
      "The first 3 of 8 rows are shown here; the roll-up's CSV file holds all 8.",
    );
  });

  it('groups by site without a kiosk column', () => {
    const bySite = table([{ site: 'North', kiosk: null }], days(2), () => plain);
    const html = reportHtml(report(bySite));
    expect(rows(html, 'totals-by-group')[0]!.slice(0, 2)).toEqual(['Site', 'Screened']);
    expect(rows(html, 'totals-by-group')[2]![0]).toBe('All sites');
  });
});

describe('roll-up report: a year of days', () => {
  const t = table(TWO_KIOSKS, days(365, Date.UTC(2025, 0, 1)), (g, p) => ({
    ...plain,
    passed: 40 + ((p * 7 + g) % 30),
  }));
  const html = reportHtml(report(t));

  it('draws 365 bar groups of thin but visible bars, with about ten dates under the axis', () => {
    expect(html.match(/<g class="period"/g)).toHaveLength(365);
    const labels = [...html.matchAll(/<text class="x-label"[^>]*>([^<]*)<\/text>/g)].map(
      (l) => l[1],
    );
    expect(labels.length).toBeGreaterThanOrEqual(5);
    expect(labels.length).toBeLessThanOrEqual(10);
    expect(labels[0]).toBe('2025-01-01');
    const widths = [...html.matchAll(/<rect class="s-pass" x="[^>]* width="([\d.]+)"/g)].map((w) =>
      Number(w[1]),
    );
    expect(widths).toHaveLength(365);
    for (const w of widths) expect(w).toBeGreaterThan(0.5);
  });
});
