// The HR export: a range of days, the counts over it as a chart (with the same numbers as a table)
// and totals, and the download of the kiosk's CSV for that range. Open to staff and to HR (whose
// PIN opens nothing else). The form is checked with the contract's ExportQuerySchema as it is
// typed; the chart and totals follow the range, and today's counts as people walk past.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_EXPORT_DAYS, SUPPRESS_LIMITS } from '../../../../electron/contract/export.js';
import type { ApiError } from '../../../../electron/contract/api.js';
import type { DailyCount } from '../../../../electron/contract/schemas.js';
import { formatCount, formatDate, formatShortDate } from '../../format';
import { useKioskStore } from '../../store';
import { useLocale } from '../../use-locale';
import { callErrorText } from '../call-error';
import { NumberField, SelectField, TextField } from '../settings/fields';
import { useStaffCall } from '../staff-api';
import { CountsChart } from './CountsChart';
import type { CountsChartData } from './counts-chart';
import { saveCsv } from './download';
import {
  defaultExportForm,
  fillDays,
  readExportForm,
  totals,
  type ExportForm,
  type ExportProblem,
} from './export-form';
import './export.css';

type Downloaded = { ok: true; text: string } | { ok: false; text: string } | null;

/** The counts the kiosk sent for a range ("from|to"), kept with the range they answer. */
interface Fetched {
  range: string;
  counts: DailyCount[] | null;
  error: ApiError | null;
}

export function ExportTab() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const staffCall = useStaffCall();
  const [form, setForm] = useState<ExportForm>(() => defaultExportForm());
  const [pending, setPending] = useState(false);
  const [downloaded, setDownloaded] = useState<Downloaded>(null);
  const [fetched, setFetched] = useState<Fetched | null>(null);
  // A new verdict changes today's counts: the chart asks again.
  const todayScreened = useKioskStore((s) => s.today?.screened ?? 0);

  const read = readExportForm(form);
  const problems = read.ok ? {} : read.problems;
  const range = read.ok ? { from: read.query.from, to: read.query.to } : null;
  const rangeKey = range ? `${range.from}|${range.to}` : null;

  useEffect(() => {
    if (!rangeKey) return;
    const [from, to] = rangeKey.split('|') as [string, string];
    let active = true;
    void staffCall('getCounts', { range: { from, to } }).then((result) => {
      if (!active) return;
      setFetched((previous) =>
        result.ok
          ? { range: rangeKey, counts: result.value, error: null }
          : // The last good counts for this range stay up beside the error.
            {
              range: rangeKey,
              counts: previous?.range === rangeKey ? previous.counts : null,
              error: result.error,
            },
      );
    });
    return () => {
      active = false;
    };
  }, [rangeKey, todayScreened, staffCall]);

  const days = useMemo(() => {
    if (!rangeKey || fetched?.range !== rangeKey || !fetched.counts) return null;
    const [from, to] = rangeKey.split('|') as [string, string];
    return fillDays(from, to, fetched.counts);
  }, [rangeKey, fetched]);
  const sum = useMemo(() => (days ? totals(days) : null), [days]);
  const rtl = i18n.dir() === 'rtl';
  const chartData = useMemo<CountsChartData | null>(
    () =>
      days && {
        labels: days.map((d) => formatShortDate(d.date, locale)),
        titles: days.map((d) => formatDate(d.date, locale)),
        series: (['pass', 'refer', 'retry'] as const).map((key) => ({
          key,
          label: t(`console.export.series.${key}`),
          values: days.map((d) => d[key]),
        })),
        rtl,
      },
    [days, locale, t, rtl],
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
    (['screened', 'pass', 'refer', 'retry'] as const).map((key) => ({ key, value: sum[key] }));

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
          {fetched?.error && fetched.range === rangeKey && (
            <p className="console-error" data-testid="export-counts-error">
              <bdi>{callErrorText(fetched.error, t)}</bdi>
            </p>
          )}
        </div>
      </form>

      <section className="console-card" aria-labelledby="export-totals-title">
        <h3 id="export-totals-title" className="console-card-title">
          {t('console.export.totals')}
        </h3>
        {!range && <p className="console-note">{t('console.export.chartHidden')}</p>}
        {range && !totalFacts && <p className="console-note">{t('console.loading')}</p>}
        {totalFacts && (
          <dl className="facts export-totals">
            {totalFacts.map((f) => (
              <div key={f.key} className="fact">
                <dt>{t(`console.export.${f.key}`)}</dt>
                <dd data-testid={`export-total-${f.key}`}>{count(f.value)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section className="console-card" aria-labelledby="export-chart-title">
        <h3 id="export-chart-title" className="console-card-title">
          {t('console.export.chart')}
        </h3>
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
            <details className="export-details">
              <summary className="export-summary">{t('console.export.table')}</summary>
              {/* It scrolls on its own: focusable, so the keyboard can scroll it too. */}
              <div
                className="export-table-box"
                role="region"
                aria-labelledby="export-table-caption"
                tabIndex={0}
              >
                <table className="export-table" data-testid="export-table">
                  <caption id="export-table-caption">
                    {t('console.export.tableCaption', { from, to })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('console.export.date')}</th>
                      <th scope="col">{t('console.export.screened')}</th>
                      <th scope="col">{t('console.export.pass')}</th>
                      <th scope="col">{t('console.export.refer')}</th>
                      <th scope="col">{t('console.export.retry')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {days.map((d) => (
                      <tr key={d.date} data-date={d.date}>
                        <th scope="row">{formatDate(d.date, locale)}</th>
                        <td>{count(d.screened)}</td>
                        <td>{count(d.pass)}</td>
                        <td>{count(d.refer)}</td>
                        <td>{count(d.retry)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t('console.export.total')}</th>
                      <td>{count(sum.screened)}</td>
                      <td>{count(sum.pass)}</td>
                      <td>{count(sum.refer)}</td>
                      <td>{count(sum.retry)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            </details>
          </>
        )}
      </section>
    </div>
  );
}
