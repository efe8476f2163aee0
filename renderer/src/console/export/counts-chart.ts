// The daily counts as stacked bars (pass, refer, retry per day, and beside them the second checks
// staff recorded: confirmed, not confirmed, declined), drawn with Chart.js. Loaded on
// demand (the Export tab imports this module lazily), and only the pieces a bar chart needs are
// registered. No animation; colours and font come from the console's stylesheet, so the chart
// follows its theme. Chart.js sizes the canvas through element.style (CSSOM), which the kiosk's
// CSP allows: it writes no inline style attribute or <style> element.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { VERDICT_SERIES, type SeriesKey } from './chart-series';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface CountsChartData {
  /** One label per day (short, for the axis) and the full date for the tooltip. */
  labels: string[];
  titles: string[];
  series: { key: SeriesKey; label: string; values: number[] }[];
  rtl: boolean;
}

export interface CountsChart {
  update(data: CountsChartData): void;
  destroy(): void;
}

/** The console's colours (custom properties on .export-chart, see export.css). */
function themeColours(canvas: HTMLCanvasElement) {
  const style = getComputedStyle(canvas);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--chart-text', '#ffffff'),
    grid: read('--chart-grid', 'rgba(143, 163, 184, 0.35)'),
    font: style.fontFamily,
    size: parseFloat(style.fontSize) || 16,
    series: {
      pass: read('--chart-pass', '#4caf50'),
      refer: read('--chart-refer', '#ff8a65'),
      retry: read('--chart-retry', '#64b5f6'),
      confirmed: read('--chart-confirmed', '#ffd54f'),
      notConfirmed: read('--chart-not-confirmed', '#b39ddb'),
      declined: read('--chart-declined', '#90a4ae'),
    } satisfies Record<SeriesKey, string>,
  };
}

type BarConfig = ChartConfiguration<'bar', number[], string>;

function datasets(data: CountsChartData, colours: ReturnType<typeof themeColours>) {
  return data.series.map((s) => ({
    label: s.label,
    data: s.values,
    backgroundColor: colours.series[s.key],
    borderWidth: 0,
    stack: (VERDICT_SERIES as readonly string[]).includes(s.key) ? 'day' : 'checks',
  }));
}

export function createCountsChart(
  canvas: HTMLCanvasElement,
  initial: CountsChartData,
): CountsChart {
  const colours = themeColours(canvas);
  let titles = initial.titles;
  const font = { family: colours.font, size: Math.round(colours.size * 0.85) };
  const config: BarConfig = {
    type: 'bar',
    data: { labels: initial.labels, datasets: datasets(initial, colours) },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      // Dates run left to right in every language (as on a calendar strip); the legend and
      // tooltips follow the page's direction.
      scales: {
        x: {
          stacked: true,
          ticks: { color: colours.text, font, autoSkip: true, maxRotation: 0 },
          grid: { display: false },
          border: { color: colours.grid },
        },
        y: {
          stacked: true,
          beginAtZero: true,
          ticks: { color: colours.text, font, precision: 0 },
          grid: { color: colours.grid },
          border: { color: colours.grid },
        },
      },
      plugins: {
        legend: {
          position: 'bottom',
          rtl: initial.rtl,
          labels: { color: colours.text, font, boxWidth: 16 },
        },
        tooltip: {
          rtl: initial.rtl,
          callbacks: { title: (items) => titles[items[0]?.dataIndex ?? 0] ?? '' },
        },
      },
    },
  };
  const chart = new Chart(canvas, config);
  return {
    update(data) {
      titles = data.titles;
      chart.data.labels = data.labels;
      chart.data.datasets = datasets(data, colours);
      const plugins = chart.options.plugins;
      if (plugins?.legend) plugins.legend.rtl = data.rtl;
      if (plugins?.tooltip) plugins.tooltip.rtl = data.rtl;
      chart.update();
    },
    destroy() {
      chart.destroy();
    },
  };
}
