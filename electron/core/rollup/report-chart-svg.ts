// The report's chart as inline SVG (no script, no Chart.js): the chart the console's Export tab
// draws (renderer/src/console/export/counts-chart.ts), per period a stacked bar of passed /
// referred / retried and beside it a stacked bar of confirmed / not confirmed / declined, from the
// published table's totals row. A hidden count draws no segment and is never worked out from the
// others; its period gets a hatched marker under the axis instead. A year of days still fits:
// the bars thin out and only about ten dates are written under the axis.
import { MEASURES, type Measure, type PublishedTable } from './rollup-table.js';
import { countText, esc, MEASURE_LABELS, periodText, published } from './report-text.js';

/** Chart series in stacking order (bottom first), with the console's colour role as class. */
export const VERDICT_STACK = [
  { measure: 'passed', css: 's-pass' },
  { measure: 'referred', css: 's-refer' },
  { measure: 'retried', css: 's-retry' },
] as const satisfies readonly { measure: Measure; css: string }[];
export const CHECK_STACK = [
  { measure: 'confirmed', css: 's-confirmed' },
  { measure: 'notConfirmed', css: 's-notConfirmed' },
  { measure: 'declined', css: 's-declined' },
] as const satisfies readonly { measure: Measure; css: string }[];
type StackPart = (typeof VERDICT_STACK)[number] | (typeof CHECK_STACK)[number];

// Geometry in viewBox units; the SVG scales to the page's width.
const WIDTH = 960;
const HEIGHT = 360;
const LEFT = 64;
const RIGHT = 16;
const TOP = 16;
const PLOT_BOTTOM = HEIGHT - 52;
const MARK_TOP = PLOT_BOTTOM + 4;
const MARK_HEIGHT = 10;
const LABEL_Y = HEIGHT - 16;
/** At most this many dates under the axis: ~80 units each fits a YYYY-MM-DD at 12px. */
export const MAX_AXIS_LABELS = 10;

/** The pattern a hidden marker is filled with (also used by the legend's swatch). */
export function hatchPattern(id: string): string {
  return (
    `<pattern id="${id}" width="4" height="4" patternUnits="userSpaceOnUse" ` +
    'patternTransform="rotate(45)"><rect class="hid-ink" width="1.5" height="4"/></pattern>'
  );
}

interface Stacked {
  parts: { css: string; value: number }[];
  top: number;
}

/** The published values of one stack, bottom first; hidden ones are left out, not derived. */
function stack(table: PublishedTable, p: number, parts: readonly StackPart[]): Stacked {
  const G = table.groups.length;
  const shown: { css: string; value: number }[] = [];
  for (const part of parts) {
    const value = published(table, G, p, MEASURES.indexOf(part.measure));
    if (value !== null && value > 0) shown.push({ css: part.css, value });
  }
  return { parts: shown, top: shown.reduce((sum, s) => sum + s.value, 0) };
}

/** A round step for about five grid lines, never below one person. */
export function niceStep(max: number): number {
  const rough = Math.max(max / 5, 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const scaled = rough / magnitude;
  const factor = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
  return factor * magnitude;
}

function n(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** "2026-03-02: passed 30, referred hidden, …", the tooltip of one period's bars. */
function periodTitle(table: PublishedTable, p: number): string {
  const G = table.groups.length;
  const parts = [...VERDICT_STACK, ...CHECK_STACK].map(({ measure }) => {
    const value = published(table, G, p, MEASURES.indexOf(measure));
    const label = MEASURE_LABELS[measure].toLowerCase();
    return `${label} ${value === null ? 'hidden' : countText(value)}`;
  });
  return `${periodText(table.periods[p]!)}: ${parts.join(', ')}`;
}

function hasHidden(table: PublishedTable, p: number): boolean {
  const G = table.groups.length;
  return [...VERDICT_STACK, ...CHECK_STACK].some(
    ({ measure }) => published(table, G, p, MEASURES.indexOf(measure)) === null,
  );
}

function bars(s: Stacked, x: number, width: number, scale: number): string {
  let y = PLOT_BOTTOM;
  return s.parts
    .map(({ css, value }) => {
      const h = value * scale;
      y -= h;
      return `<rect class="${css}" x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(h)}"/>`;
    })
    .join('');
}

export interface ChartText {
  /** The chart's accessible name: the range summed up. */
  label: string;
  /** The id of the table that holds the same numbers (its text alternative). */
  describedBy: string;
}

export function chartSvg(table: PublishedTable, text: ChartText): string {
  const P = table.periods.length;
  const verdicts = table.periods.map((_, p) => stack(table, p, VERDICT_STACK));
  const checks = table.periods.map((_, p) => stack(table, p, CHECK_STACK));
  const highest = Math.max(1, ...verdicts.map((s) => s.top), ...checks.map((s) => s.top));
  const step = niceStep(highest);
  const yMax = Math.ceil(highest / step) * step;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const scale = (PLOT_BOTTOM - TOP) / yMax;
  const slot = plotWidth / Math.max(P, 1);
  const gap = Math.min(slot * 0.2, 16);
  const barWidth = (slot - gap) / 2;
  const every = Math.max(1, Math.ceil(P / MAX_AXIS_LABELS));

  const grid: string[] = [];
  for (let v = 0; v <= yMax; v += step) {
    const y = n(PLOT_BOTTOM - v * scale);
    grid.push(
      `<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y}" y2="${y}"/>` +
        `<text x="${LEFT - 8}" y="${y}" dy="4" text-anchor="end">${countText(v)}</text>`,
    );
  }
  const periods = table.periods.map((period, p) => {
    const x = LEFT + p * slot + gap / 2;
    const mark = hasHidden(table, p)
      ? `<rect class="hid-box" x="${n(x)}" y="${MARK_TOP}" width="${n(slot - gap)}" ` +
        `height="${MARK_HEIGHT}" fill="url(#hatch)"/>`
      : '';
    return (
      `<g class="period" data-from="${esc(period.from)}"><title>${esc(periodTitle(table, p))}</title>` +
      bars(verdicts[p]!, x, barWidth, scale) +
      bars(checks[p]!, x + barWidth, barWidth, scale) +
      `${mark}</g>`
    );
  });
  const labels = table.periods.flatMap((period, p) =>
    p % every === 0
      ? [
          `<text class="x-label" x="${n(LEFT + (p + 0.5) * slot)}" y="${LABEL_Y}" ` +
            `text-anchor="middle">${esc(period.from)}</text>`,
        ]
      : [],
  );
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" ` +
    `role="img" aria-label="${esc(text.label)}" aria-describedby="${esc(text.describedBy)}">` +
    `<title>${esc(text.label)}</title><defs>${hatchPattern('hatch')}</defs>` +
    grid.join('') +
    periods.join('') +
    `<line class="axis-line" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${PLOT_BOTTOM}" y2="${PLOT_BOTTOM}"/>` +
    labels.join('') +
    '</svg>'
  );
}

/** One legend entry's swatch: a small square in the series' colour, or the hidden marker. */
function swatch(inner: string): string {
  return `<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${inner}</svg>`;
}

/** The legend under the chart, as an HTML list (it wraps and prints as text). */
export function chartLegend(table: PublishedTable): string {
  const item = (css: string, label: string) =>
    `<li>${swatch(`<rect class="${css}" width="16" height="16"/>`)}${label}</li>`;
  const series = [
    ...VERDICT_STACK.map((s) => item(s.css, `${MEASURE_LABELS[s.measure]} (left bar)`)),
    ...CHECK_STACK.map((s) => item(s.css, `${MEASURE_LABELS[s.measure]} (right bar)`)),
  ];
  if (table.periods.some((_, p) => hasHidden(table, p))) {
    const mark =
      `<defs>${hatchPattern('hatch-key')}</defs>` +
      '<rect class="hid-box" x="0.5" y="3.5" width="15" height="9" fill="url(#hatch-key)"/>';
    series.push(
      `<li>${swatch(mark)}Hatched mark under a period: a number there is hidden, and its bar ` +
        'leaves that part out</li>',
    );
  }
  return `<ul class="legend">${series.join('')}</ul>`;
}
