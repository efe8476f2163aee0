// The roll-up's HTML report in Chromium, opened from a file as HR opens it: its one stylesheet
// applies under its own CSP (no violation, nothing requested), the chart has one bar group per
// period and says what it shows, the tables show a published count and a hidden one as "—", the
// left-out files come first, axe finds nothing, and printed it still holds the tables. A year of
// days still fits the page. The report is built here with the core's own functions.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { reportHtml } from '../../electron/core/rollup/report-html.js';
import type { RollupReport } from '../../electron/core/rollup/rollup-report.js';
import {
  cellIndex,
  emptyTable,
  fillMargins,
  MEASURES,
  type Measure,
  type PublishedTable,
} from '../../electron/core/rollup/rollup-table.js';
import { watchProblems } from './kiosk-checks.js';
import { pdfText } from './pdf-text.js';

// Run in Chromium (the test project has no DOM library): typed just as far as they are used.
declare const document: { scrollingElement: { scrollWidth: number; clientWidth: number } | null };
declare function getComputedStyle(element: unknown): { textAlign: string; fill: string };

const EVIL_SITE = '<script>document.title="owned"</script>';

function days(n: number): { from: string; to: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return { from: d, to: d };
  });
}

/** Two kiosks at two sites over `periods` days; day 2's referred total (and both kiosks') hidden. */
function publishedTable(periods: number): PublishedTable {
  const groups = [
    { site: 'North', kiosk: 'Gate 1' },
    { site: EVIL_SITE, kiosk: 'Gate 2' },
  ];
  const t = emptyTable(groups.length, periods);
  const at = (g: number, p: number, measure: Measure) =>
    cellIndex(t, g, p, MEASURES.indexOf(measure));
  for (let g = 0; g < groups.length; g++) {
    for (let p = 0; p < periods; p++) {
      const passed = 30 + ((p * 13 + g * 7) % 40);
      const referred = p === 1 ? 2 : 6;
      t.values[at(g, p, 'screened')] = passed + referred + 5;
      t.values[at(g, p, 'passed')] = passed;
      t.values[at(g, p, 'referred')] = referred;
      t.values[at(g, p, 'retried')] = 5;
      t.values[at(g, p, 'confirmed')] = referred - 1;
      t.values[at(g, p, 'notConfirmed')] = 1;
    }
  }
  fillMargins(t);
  const cells: (number | null)[] = Array.from(t.values);
  for (const g of [0, 1, 2]) cells[at(g, 1, 'referred')] = null;
  return {
    groupBy: 'kiosk',
    periodBy: 'day',
    suppressBelow: 5,
    windowsMerged: false,
    groups,
    periods: days(periods),
    cells,
  };
}

function rollupReport(periods: number): RollupReport {
  const table = publishedTable(periods);
  return {
    generatedAt: '2025-01-08T09:30:00Z',
    from: table.periods[0]!.from,
    to: table.periods[periods - 1]!.to,
    software: '0.1.0',
    table,
    kiosks: [
      {
        site: 'North',
        kiosk: 'Gate 1',
        fingerprint: 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567',
        bundles: 2,
        from: table.periods[0]!.from,
        to: table.periods[periods - 1]!.to,
        software: '0.1.0',
        readyHours: 61.5,
        pausedHours: 0.5,
      },
    ],
    leftOut: [
      { file: 'gate-9.bundle', reason: 'signed by an unknown key: register its fingerprint first' },
      { file: 'notes.txt', reason: 'not a bundle: remove it from the folder' },
    ],
    conflicts: [],
    bundlesUsed: 2,
    detailRowsInHtml: 50,
  };
}

/** Writes the report to a temp file, opens it, and records problems and every request made. */
async function open(page: Page, report: RollupReport, dir: string) {
  const file = join(dir, `report-${report.table.periods.length}.html`);
  writeFileSync(file, reportHtml(report));
  const problems = watchProblems(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const url = pathToFileURL(file).href;
  await page.goto(url);
  return { problems, requests, url };
}

let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rollup-report-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the roll-up report: chart, tables, left out, axe, and print', async ({ page }) => {
  const { problems, requests, url } = await open(page, rollupReport(7), dir);
  await expect(page).toHaveTitle('Screening counts roll-up, 2025-01-01 to 2025-01-07');

  // Styled under its own CSP (a blocked <style> would leave the counts left-aligned), no script.
  const count = page.locator('#totals-by-period tbody td').first();
  expect(await count.evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');
  await expect(page.locator('script')).toHaveCount(0);
  await expect(page.getByText(EVIL_SITE).first()).toBeVisible();

  // What was left out comes first, each file with its reason.
  const leftOut = page.locator('#left-out');
  await expect(page.locator('main > *').nth(1)).toHaveId('left-out');
  await expect(leftOut.getByRole('heading', { name: 'Left out' })).toBeVisible();
  await expect(leftOut.getByRole('listitem')).toHaveText([
    'gate-9.bundle: signed by an unknown key: register its fingerprint first',
    'notes.txt: not a bundle: remove it from the folder',
  ]);

  // The chart: one bar group per day, named by the range and its totals.
  const chart = page.getByRole('img', { name: /^Screenings by day, all kiosks together/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute('aria-label', /2025-01-01 to 2025-01-07: [\d,]+ screened/);
  await expect(chart.locator('g.period')).toHaveCount(7);
  await expect(chart.locator('g.period').nth(1).locator('rect.s-refer')).toHaveCount(0);
  const mark = chart.locator('g.period').nth(1).locator('rect.hid-box');
  await expect(mark).toBeVisible();
  // Hatched: the stylesheet must not override the pattern the marker is filled with.
  expect(await mark.evaluate((el) => getComputedStyle(el).fill)).toMatch(/^url\(.*#hatch"?\)$/);
  await expect(chart.locator('g.period').nth(0).locator('rect.s-refer')).toBeVisible();

  // Tables: a published count, and the hidden one as "—" titled "hidden".
  const periods = page.getByRole('table', { name: /^Totals by day/ });
  const day1 = periods.getByRole('row', { name: /^2025-01-01/ });
  await expect(day1.getByRole('cell').nth(2)).toHaveText('12');
  const day2 = periods.getByRole('row', { name: /^2025-01-02/ });
  await expect(day2.getByRole('cell').nth(2)).toHaveText('—');
  await expect(day2.locator('abbr[title="hidden"]')).toHaveCount(1);
  await expect(page.getByRole('table', { name: /^Totals by kiosk/ })).toContainText(EVIL_SITE);
  await expect(page.getByRole('table', { name: /^Kiosks whose bundles/ })).toContainText(
    'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567',
  );

  const axe = await new AxeBuilder({ page }).analyze();
  const found = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
  expect(found, 'axe').toEqual([]);

  // Printed: the tables and the left-out list are on paper, the hidden one still a dash.
  await page.emulateMedia({ media: 'print' });
  await expect(periods).toBeVisible();
  await expect(page.locator('#detail')).toBeVisible();
  const paper = pdfText(await page.pdf({ format: 'A4' }));
  for (const text of [
    'Left out',
    'gate-9.bundle',
    'Totals by day',
    'Totals by kiosk',
    'Gate 2',
    EVIL_SITE,
  ]) {
    expect(paper, text).toContain(text);
  }
  expect(paper).toMatch(/2025-01-02 \d+ \d+ — 10 /);

  expect(requests, 'nothing but the file itself is requested').toEqual([url]);
  expect(problems).toEqual([]);
});

test('a year of days still fits: thin bars, a few dates, no sideways scroll', async ({ page }) => {
  const { problems } = await open(page, rollupReport(365), dir);
  const chart = page.getByRole('img', { name: /^Screenings by day/ });
  await expect(chart.locator('g.period')).toHaveCount(365);
  const labels = await chart.locator('text.x-label').allTextContents();
  expect(labels.length).toBeLessThanOrEqual(10);
  expect(labels[0]).toBe('2025-01-01');
  const bar = await chart.locator('g.period').nth(200).locator('rect.s-pass').boundingBox();
  expect(bar!.width).toBeGreaterThan(0.5);
  expect(bar!.height).toBeGreaterThan(10);
  // The axis labels do not overlap one another.
  const boxes = await chart
    .locator('text.x-label')
    .evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })),
    );
  for (let i = 1; i < boxes.length; i++)
    expect(boxes[i]!.left).toBeGreaterThan(boxes[i - 1]!.right);
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollWidth - root.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('#detail tbody tr')).toHaveCount(50);
  await expect(page.locator('#detail-rows')).toHaveText(
    "The first 50 of 730 rows are shown here; the roll-up's CSV file holds all 730.",
  );
  expect(problems).toEqual([]);
});
