// The chart's numbers as a table, folded away under the chart: one row per day, then the totals.
// It scrolls on its own, so it is focusable for the keyboard to scroll it too.
import { useTranslation } from 'react-i18next';
import type { DailyCount } from '@contract/schemas.js';
import { formatCount, formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import type { Totals } from './export-form';

const COLUMNS = ['screened', 'pass', 'refer', 'retry'] as const;

function CountCells({ counts }: { counts: Totals }) {
  const locale = useLocale();
  return COLUMNS.map((key) => <td key={key}>{formatCount(counts[key], locale)}</td>);
}

export function CountsTable({
  days,
  sum,
  caption,
}: {
  days: DailyCount[];
  sum: Totals;
  caption: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <details className="export-details">
      <summary className="export-summary">{t('console.export.table')}</summary>
      <div
        className="export-table-box"
        role="region"
        aria-labelledby="export-table-caption"
        tabIndex={0}
      >
        <table className="export-table" data-testid="export-table">
          <caption id="export-table-caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.export.date')}</th>
              {COLUMNS.map((key) => (
                <th key={key} scope="col">
                  {t(`console.export.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date} data-date={d.date}>
                <th scope="row">{formatDate(d.date, locale)}</th>
                <CountCells counts={d} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('console.export.total')}</th>
              <CountCells counts={sum} />
            </tr>
          </tfoot>
        </table>
      </div>
    </details>
  );
}
