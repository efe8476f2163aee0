// The chart's numbers as a table, folded away under the chart: one row per day, then the totals;
// the second checks staff recorded in the last three columns. It scrolls on its own, so it is
// focusable for the keyboard to scroll it too.
import { useTranslation } from 'react-i18next';
import type { DailyCount } from '@contract/schemas.js';
import type { SecondCheckDay } from '@contract/second-checks.js';
import { formatCount, formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import type { Totals } from './export-form';

const COLUMNS = ['screened', 'pass', 'refer', 'retry'] as const;
const CHECK_COLUMNS = ['confirmed', 'notConfirmed', 'declined'] as const;
type CheckCounts = Omit<SecondCheckDay, 'date'>;
const NO_CHECKS: CheckCounts = { confirmed: 0, notConfirmed: 0, declined: 0 };

function CountCells({ counts, checks }: { counts: Totals; checks: CheckCounts }) {
  const locale = useLocale();
  return (
    <>
      {COLUMNS.map((key) => (
        <td key={key}>{formatCount(counts[key], locale)}</td>
      ))}
      {CHECK_COLUMNS.map((key) => (
        <td key={key} data-column={key}>
          {formatCount(checks[key], locale)}
        </td>
      ))}
    </>
  );
}

export function CountsTable({
  days,
  sum,
  checks,
  caption,
}: {
  days: DailyCount[];
  sum: Totals;
  /** The second checks by date (a day without any is zero). */
  checks: ReadonlyMap<string, SecondCheckDay>;
  caption: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const checkSum = { ...NO_CHECKS };
  for (const d of days) {
    for (const key of CHECK_COLUMNS) checkSum[key] += checks.get(d.date)?.[key] ?? 0;
  }
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
              {CHECK_COLUMNS.map((key) => (
                <th key={key} scope="col">
                  {t(`secondCheck.export.${key === 'declined' ? 'declinedShort' : key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date} data-date={d.date}>
                <th scope="row">{formatDate(d.date, locale)}</th>
                <CountCells counts={d} checks={checks.get(d.date) ?? NO_CHECKS} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('console.export.total')}</th>
              <CountCells counts={sum} checks={checkSum} />
            </tr>
          </tfoot>
        </table>
      </div>
    </details>
  );
}
