// The conditions record for compliance files, below the HR export: for the export's range, how
// many days were recorded and the minutes ready and paused, and the download of its own CSV
// (conditions_<from>_<to>.csv, built by the kiosk). Open to staff and HR, like the counts.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConditionsDay } from '@contract/conditions.js';
import type { DateRange } from '@contract/schemas.js';
import { formatCount } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { callErrorText } from '../shared/call-error';
import { Card } from '../shared/Facts';
import { useStaffCall } from '../shared/staff-api';
import { saveCsv } from './download';

/** What the last download said, for the range it was asked for. */
type Said = { ok: boolean; text: string; key: string | null } | null;

/** The record's days for a range ("from|to"), kept with the range they answer. */
function useRangeConditions(range: DateRange | null): ConditionsDay[] | null {
  const staffCall = useStaffCall();
  const [fetched, setFetched] = useState<{ key: string; days: ConditionsDay[] } | null>(null);
  const key = range ? `${range.from}|${range.to}` : null;
  useEffect(() => {
    if (!key) return;
    const [from, to] = key.split('|') as [string, string];
    let active = true;
    void staffCall('getConditions', { range: { from, to } }).then((result) => {
      if (active && result.ok) setFetched({ key, days: result.value });
    });
    return () => {
      active = false;
    };
  }, [key, staffCall]);
  return fetched?.key === key ? fetched.days : null;
}

export function ConditionsDownload({ range }: { range: DateRange | null }) {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('readiness');
  const locale = useLocale();
  const staffCall = useStaffCall();
  const days = useRangeConditions(range);
  const [pending, setPending] = useState(false);
  const [said, setSaid] = useState<Said>(null);
  const rangeKey = range ? `${range.from}|${range.to}` : null;
  // What was said about one range is not left under another.
  const shown = said?.key === rangeKey ? said : null;

  const count = (n: number) => formatCount(n, locale);
  const ready = days?.reduce((n, d) => n + d.readyMinutes, 0) ?? 0;
  const paused =
    days?.reduce(
      (n, d) => n + Object.values(d.pausedMinutes).reduce((m, v) => m + (v ?? 0), 0),
      0,
    ) ?? 0;

  const download = async (): Promise<void> => {
    if (pending) return;
    const key = rangeKey;
    if (!range) return setSaid({ ok: false, text: tr('conditions.rangeFirst'), key });
    setPending(true);
    setSaid(null);
    const result = await staffCall('exportConditions', { range });
    setPending(false);
    if (!result.ok) return setSaid({ ok: false, text: callErrorText(result.error, t), key });
    const { filename, csv, rows } = result.value;
    saveCsv(filename, csv);
    setSaid({ ok: true, text: tr('conditions.downloaded', { filename, count: rows }), key });
  };

  return (
    <Card id="export-conditions-title" testId="export-conditions" title={tr('conditions.title')}>
      <p className="console-text">{tr('conditions.intro')}</p>
      <p className="console-note" data-testid="conditions-summary">
        {!range
          ? tr('conditions.rangeFirst')
          : days === null
            ? t('console.loading')
            : days.length === 0
              ? tr('conditions.empty')
              : tr('conditions.summary', {
                  days: count(days.length),
                  ready: count(ready),
                  paused: count(paused),
                })}
      </p>
      <div className="console-actions">
        <button
          type="button"
          className="console-button"
          data-testid="conditions-download"
          disabled={pending}
          onClick={() => void download()}
        >
          {pending ? tr('conditions.downloading') : tr('conditions.download')}
        </button>
      </div>
      <div role="status">
        {shown && (
          <p
            className={shown.ok ? 'console-success' : 'console-error'}
            data-testid={shown.ok ? 'conditions-done' : 'conditions-error'}
          >
            <bdi>{shown.text}</bdi>
          </p>
        )}
      </div>
    </Card>
  );
}
