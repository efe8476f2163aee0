// The report's one stylesheet. It goes into a single <style> element whose SHA-256 the page's
// Content-Security-Policy names, so the file runs no script and loads nothing, yet is styled.
// Dark text on white (prints as it shows), system fonts only (no font file), numbers right-aligned
// in tabular figures. The chart's colours keep the console's roles (pass green, refer orange,
// retry blue; confirmed amber, not confirmed violet, declined grey), darkened to stand out from a
// white page (each at least 3:1 against white, WCAG 1.4.11).
export const REPORT_STYLE = `
:root { color-scheme: light; }
body {
  margin: 0 auto;
  padding: 1rem 1.5rem 3rem;
  max-width: 72rem;
  font: 1rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: #1a1a1a;
  background: #ffffff;
}
h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.6rem; border-bottom: 2px solid #1a1a1a; }
a { color: #0b57a4; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.25rem; margin: 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.left-out { border: 3px solid #b3261e; padding: 0 1rem 0.5rem; background: #fdf0ef; }
.left-out h2 { color: #8c1d18; border-bottom-color: #8c1d18; }
.left-out li { margin: 0.3rem 0; }
.ok { color: #1e5e24; font-weight: 600; }
.chart-box { margin: 0.5rem 0; }
.chart { display: block; width: 100%; height: auto; max-height: 26rem; }
.chart .grid { stroke: #d0d4d9; stroke-width: 1; }
.chart .axis-line { stroke: #5f6368; stroke-width: 1; }
.chart text { fill: #333333; font-size: 12px; font-family: inherit; }
.s-pass { fill: #2e7d32; }
.s-refer { fill: #d84315; }
.s-retry { fill: #1565c0; }
.s-confirmed { fill: #a15c00; }
.s-notConfirmed { fill: #6a4fb3; }
.s-declined { fill: #5f7480; }
.hid-ink { fill: #333333; }
.hid-box { stroke: #333333; stroke-width: 1; }
.legend { display: flex; flex-wrap: wrap; gap: 0.3rem 1.4rem; list-style: none; padding: 0; margin: 0.4rem 0; }
.legend li { display: flex; align-items: center; gap: 0.4rem; }
.legend svg { width: 1rem; height: 1rem; flex: none; }
table { border-collapse: collapse; margin: 0.5rem 0 0.25rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { padding: 0.2rem 0.7rem; border-bottom: 1px solid #c4c9cf; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #1a1a1a; }
th.n, td.n { text-align: right; white-space: nowrap; }
.nowrap { white-space: nowrap; }
tbody th[scope="row"] { min-width: 4em; }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid #1a1a1a; }
td.hid abbr { color: #4a4a4a; text-decoration: none; cursor: help; }
.note { color: #3c4043; margin: 0.2rem 0 1rem; }
@page { margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  .left-out { background: none; }
  .chart { max-height: 16cm; }
  .chart-box, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  tfoot { display: table-row-group; }
  a { color: inherit; text-decoration: none; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
