// The roll-up's table as CSV (RFC 4180): a header, then one record per group × period, then the
// totals; CRLF after every record including the last; no BOM (the file starts with "site").
//
// Totals follow the table's margins, after all the group × period rows:
//   - each group over the whole range: its site (and kiosk), period_from = the first period's
//     start, period_to = the last period's end;
//   - each period over every group: site `All`, kiosk `All` (empty when grouping by site);
//   - the grand total: `All` (and `All`) over the whole range.
// A hidden count is written `suppressed`, never empty or 0, so a spreadsheet never sums it as 0.
import { cellIndex, MEASURE_COUNT, type PublishedTable } from './rollup-table.js';
import { COUNT_HEADERS, csvField } from '../records/csv-field.js';

const CRLF = '\r\n';
export const ALL = 'All';
export const SUPPRESSED = 'suppressed';

export const CSV_HEADER = ['site', 'kiosk', 'period_from', 'period_to', ...COUNT_HEADERS] as const;

export function reportCsv(table: PublishedTable): string {
  const G = table.groups.length;
  const P = table.periods.length;
  const byKiosk = table.groupBy === 'kiosk';
  const whole = `${csvField(table.periods[0]?.from ?? '')},${csvField(table.periods[P - 1]?.to ?? '')}`;
  // Each name and period quoted once, not once per record: a year of 1,500 kiosks is 550,000.
  const groupNames = table.groups.map(
    (group) => `${csvField(group.site)},${byKiosk ? csvField(group.kiosk ?? '') : ''}`,
  );
  const periods = table.periods.map((p) => `${csvField(p.from)},${csvField(p.to)}`);
  const allNames = byKiosk ? `${ALL},${ALL}` : `${ALL},`;
  const cells = table.cells;
  const counts = (g: number, p: number): string => {
    const at = cellIndex({ periods: P }, g, p, 0);
    let fields = '';
    for (let m = 0; m < MEASURE_COUNT; m++) {
      const v = cells[at + m];
      // A missing cell (a table shorter than its shape) is hidden too, never 0.
      fields += v === null || v === undefined ? `,${SUPPRESSED}` : `,${v}`;
    }
    return fields;
  };

  const lines = [CSV_HEADER.join(',')];
  for (let g = 0; g < G; g++) {
    for (let p = 0; p < P; p++) lines.push(`${groupNames[g]},${periods[p]}${counts(g, p)}`);
  }
  for (let g = 0; g < G; g++) lines.push(`${groupNames[g]},${whole}${counts(g, P)}`);
  for (let p = 0; p < P; p++) lines.push(`${allNames},${periods[p]}${counts(G, p)}`);
  lines.push(`${allNames},${whole}${counts(G, P)}`);
  return lines.join(CRLF) + CRLF;
}
