// The audit trail on the Status tab: the latest device events, newest first, each with its local
// time, what happened and the kiosk's short detail (a role, a count, a port; never a person).
// Polled on its own, so it shows even while the status call fails.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceEvent } from '@contract/device-events.js';
import { callErrorText } from '../shared/call-error';
import { formatDateTime } from '../../i18n/format';
import { useStaffCall } from '../shared/staff-api';
import { useLocale } from '../../i18n/use-locale';
import { usePoll } from '../shared/use-poll';
import { eventKindLabel } from './event-kind-label';
import { Card } from '../shared/Facts';

const EVENTS_SHOWN = 20;
/** Events come seldom; a few seconds' delay is plenty for staff watching. */
const POLL_MS = 5000;
const TITLE_ID = 'status-events-title';

function EventTable({ events }: { events: readonly DeviceEvent[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <table aria-labelledby={TITLE_ID} data-testid="status-events-table">
      <thead>
        <tr>
          <th scope="col">{t('audit.time')}</th>
          <th scope="col">{t('audit.event')}</th>
          <th scope="col">{t('audit.detail')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event, i) => (
          // Events have no id of their own; rows hold no state, so the position is key enough.
          <tr key={i} data-kind={event.kind}>
            <td>
              <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
            </td>
            <td>{eventKindLabel(event.kind, t)}</td>
            {/* The kiosk's own words (English, like its other explanations). */}
            <td lang="en" dir="auto">
              {event.detail}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RecentEvents() {
  const { t } = useTranslation();
  const staffCall = useStaffCall();
  const ask = useCallback(() => staffCall('getDeviceEvents', { limit: EVENTS_SHOWN }), [staffCall]);
  const { value, error } = usePoll(ask, POLL_MS);
  return (
    <Card id={TITLE_ID} testId="status-events" title={t('audit.title')}>
      <p className="console-error" data-testid="status-events-message" role="status">
        {error ? callErrorText(error, t) : null}
      </p>
      {value === null ? (
        !error && <p className="console-note">{t('console.loading')}</p>
      ) : value.length === 0 ? (
        <p className="console-note" data-testid="status-events-empty">
          {t('audit.empty')}
        </p>
      ) : (
        <EventTable events={value} />
      )}
    </Card>
  );
}
