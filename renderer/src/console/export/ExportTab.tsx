// The HR export: a range of days, the counts over it as a chart (with the same numbers as a table)
// and totals, the second checks staff recorded with the share confirmed, and the download of the
// kiosk's CSV for that range. Open to staff and to HR (whose
// PIN opens nothing else). The form is checked with the contract's ExportQuerySchema as it is
// typed; the chart and totals follow the range, and today's counts as people walk past.
import './export.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_EXPORT_DAYS, SUPPRESS_LIMITS } from '@contract/export.js';
import { formatCount, formatDate, formatShortDate } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { callErrorText } from '../shared/call-error';
import { Card, Facts } from '../shared/Facts';
import { NumberField, SelectField, TextField } from '../shared/fields';
import { useStaffCall } from '../shared/staff-api';
import { BundleSection } from './BundleSection';
import { ConditionsDownload } from './ConditionsDownload';
import { CountsChart } from './CountsChart';
import { CHECK_SERIES, VERDICT_SERIES } from './chart-series';
import type { CountsChartData } from './counts-chart';
import { CountsTable } from './CountsTable';
import { saveCsv } from './download';
import {
  defaultExportForm,
  readExportForm,
  type ExportForm,
  type ExportProblem,
} from './export-form';
import { SecondChecksSummary } from './SecondChecksSummary';
import { useRangeCounts } from './use-range-counts';
import { checksByDate, useRangeSecondChecks } from './use-range-second-checks';

type Downloaded = { ok: true; text: string } | { ok: false; text: string } | null;

export function ExportTab() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const staffCall = useStaffCall();
  const [form, setForm] = useState<ExportForm>(() => defaultExportForm());
  const [pending, setPending] = useState(false);
  const [downloaded, setDownloaded] = useState<Downloaded>(null);

  const read = readExportForm(form);
  const problems = read.ok ? {} : read.problems;
  const range = read.ok ? { from: read.query.from, to: read.query.to } : null;
  const { days, sum, error: countsError } = useRangeCounts(range);
  const secondChecks = useRangeSecondChecks(range);
  const checks = useMemo(() => checksByDate(secondChecks), [secondChecks]);
  const rtl = i18n.dir() === 'rtl';
  const chartData = useMemo<CountsChartData | null>(
    () =>
      days && {
        labels: days.map((d) => formatShortDate(d.date, locale)),
        titles: days.map((d) => formatDate(d.date, locale)),
        series: [
          ...VERDICT_SERIES.map((key) => ({
            key,
            label: t(`console.export.series.${key}`),
            values: days.map((d) => d[key]),
          })),
          ...CHECK_SERIES.map((key) => ({
            key,
            label: t(`secondCheck.export.${key === 'declined' ? 'declinedShort' : key}`),
            values: days.map((d) => checks.get(d.date)?.[key] ?? 0),
          })),
        ],
        rtl,
      },
    [days, checks, locale, t, rtl],
  );

  const edit = (change: Partial<ExportForm>): void => {
    setForm((f) => ({ ...f, ...change }));
    setDownloaded(null);
  };

  const count = (n: number) => formatCount(n, locale);
  const suppressBounds = { min: count(SUPPRESS_LIMITS.min), max: count(SUPPRESS_LIMITS.max) };
  const problemText = (problem: ExportProblem | undefined): string | null =>
    problem
      ? t(
          `console.export.errors.${problem}`,
          problem === 'too-long' ? { max: count(MAX_EXPORT_DAYS) } : suppressBounds,
        )
      : null;

  const download = async (): Promise<void> => {
    if (pending) return;
    setDownloaded(null);
    if (!read.ok) {
      setDownloaded({ ok: false, text: t('console.export.fixFields') });
      document.getElementById(`export-${read.first}`)?.focus();
      return;
    }
    setPending(true);
    const result = await staffCall('exportCounts', { query: read.query });
    setPending(false);
    if (!result.ok) {
      setDownloaded({ ok: false, text: callErrorText(result.error, t) });
      return;
    }
    const { filename, csv, rows } = result.value;
    saveCsv(filename, csv);
    setDownloaded({
      ok: true,
      text: t('console.export.downloaded', { filename, count: rows }),
    });
  };

  const from = range ? formatDate(range.from, locale) : '';
  const to = range ? formatDate(range.to, locale) : '';
  const totalFacts =
    sum &&
    (['screened', 'pass', 'refer', 'retry'] as const).map((key) => ({
      label: t(`console.export.${key}`),
      value: count(sum[key]),
      testId: `export-total-${key}`,
    }));

  return (
    <div className="console-tab-body export">
      <p className="console-text">{t('console.export.intro')}</p>
      <form
        className="console-form export-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void download();
        }}
      >
        <fieldset className="console-fieldset export-fields">
          <legend>{t('console.export.query')}</legend>
          <TextField
            id="from"
            scope="export"
            type="date"
            label={t('console.export.from')}
            problem={problemText(problems.from)}
            value={form.from}
            onChange={(from) => edit({ from })}
          />
          <TextField
            id="to"
            scope="export"
            type="date"
            label={t('console.export.to')}
            hint={t('console.export.dateHint')}
            problem={problemText(problems.to)}
            value={form.to}
            onChange={(to) => edit({ to })}
          />
          <SelectField
            id="by"
            scope="export"
            label={t('console.export.by')}
            value={form.by}
            options={[
              { value: 'day', label: t('console.export.byOptions.day') },
              { value: 'hour', label: t('console.export.byOptions.hour') },
            ]}
            onChange={(by) => edit({ by })}
          />
          <NumberField
            id="suppress"
            scope="export"
            label={t('console.export.suppress')}
            hint={t('console.export.suppressHint', suppressBounds)}
            problem={problemText(problems.suppress)}
            value={form.suppress}
            min={SUPPRESS_LIMITS.min}
            max={SUPPRESS_LIMITS.max}
            step={1}
            onChange={(suppress) => edit({ suppress })}
          />
        </fieldset>
        <div className="console-actions">
          <button
            type="submit"
            className="console-button console-primary"
            data-testid="export-download"
            disabled={pending}
          >
            {pending ? t('console.export.downloading') : t('console.export.download')}
          </button>
        </div>
        <div role="status">
          {downloaded?.ok === true && (
            <p className="console-success" data-testid="export-done">
              <bdi>{downloaded.text}</bdi>
            </p>
          )}
          {downloaded?.ok === false && (
            <p className="console-error" data-testid="export-error">
              <bdi>{downloaded.text}</bdi>
            </p>
          )}
          {countsError && (
            <p className="console-error" data-testid="export-counts-error">
              <bdi>{callErrorText(countsError, t)}</bdi>
            </p>
          )}
        </div>
      </form>

      <Card id="export-totals-title" title={t('console.export.totals')}>
        {!range && <p className="console-note">{t('console.export.chartHidden')}</p>}
        {range && !totalFacts && <p className="console-note">{t('console.loading')}</p>}
        {totalFacts && <Facts className="export-totals" facts={totalFacts} />}
      </Card>

      <Card id="export-second-checks-title" title={t('secondCheck.export.title')}>
        {!range && <p className="console-note">{t('console.export.chartHidden')}</p>}
        {secondChecks && <SecondChecksSummary checks={secondChecks} />}
      </Card>

      <Card id="export-chart-title" title={t('console.export.chart')}>
        {!range && <p className="console-note">{t('console.export.chartHidden')}</p>}
        {days && sum && chartData && (
          <>
            <CountsChart
              data={chartData}
              label={t('console.export.chartLabel', {
                from,
                to,
                screened: count(sum.screened),
                pass: count(sum.pass),
                refer: count(sum.refer),
                retry: count(sum.retry),
              })}
            />
            <CountsTable
              days={days}
              sum={sum}
              checks={checks}
              caption={t('console.export.tableCaption', { from, to })}
            />
          </>
        )}
      </Card>
      <ConditionsDownload range={range} />
      <BundleSection range={range} firstBad={read.ok ? null : `export-${read.first}`} />
    </div>
  );
}
