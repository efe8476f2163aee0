// Everything staff need to judge whether screening can be trusted right now, refreshed every
// second while shown: whether verdicts are given or what they wait for (warm-up, room,
// reference; an overdue calibration), the sensor link, the reference blackbody, the room, the calibration, what
// the sensor can screen and the site calibration it rests on, the estimator worker and today's
// anonymous counts; below them, the device's recent events (the audit trail).
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffStatus } from '@contract/staff.js';
import { callErrorText } from '../shared/call-error';
import { formatCount, formatDate } from '../../i18n/format';
import { useStaffCall } from '../shared/staff-api';
import { useLocale, useTemperature } from '../../i18n/use-locale';
import { usePoll } from '../shared/use-poll';
import { Card, Facts, type Fact } from '../shared/Facts';
import { ReadinessCard } from './ReadinessCard';
import { RecentEvents } from './RecentEvents';
import { sensorFacts } from './sensor-facts';
import { siteFacts } from './site-facts';
import { useSiteText } from '../site-calibration/use-site-text';

const POLL_MS = 1000;
/** The room where readings are reliable (DESIGN.md), for the hint under the room. */
const RELIABLE_ROOM_C = { min: 18, max: 24 } as const;

/** One card: its facts, then any hint or warning about them (ids and test ids from its name). */
function StatusCard({
  name,
  title,
  facts,
  children,
}: {
  name: string;
  title: string;
  facts: readonly Fact[];
  children?: ReactNode;
}) {
  return (
    <Card id={`status-${name}-title`} testId={`status-${name}`} title={title}>
      <Facts facts={facts} />
      {children}
    </Card>
  );
}

function Sections({ status }: { status: StaffStatus }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { temp: temperature } = useTemperature();
  const siteText = useSiteText();
  const none = t('console.status.none');
  const count = (n: number) => formatCount(n, locale);
  const { blackbody, calibration, worker, today } = status;
  const region = blackbody.region;

  const blackbodyFacts: Fact[] = [
    {
      label: t('console.status.blackbody.state'),
      value: t(`console.status.blackbodyState.${blackbody.state}`),
      warn: blackbody.state !== 'ok',
    },
    {
      label: t('console.status.blackbody.setPoint'),
      value: blackbody.setC === null ? t('console.status.notSet') : temperature(blackbody.setC),
    },
    {
      label: t('console.status.blackbody.region'),
      value: region ? t('console.status.region', region) : t('console.status.notSet'),
    },
  ];
  const roomFacts: Fact[] = [
    {
      label: t('console.status.room.state'),
      value: t(`console.status.roomState.${status.room}`),
      warn: status.room === 'cold' || status.room === 'warm',
    },
    {
      label: t('console.status.room.ambient'),
      value: status.ambientC === null ? t('console.status.unknown') : temperature(status.ambientC),
    },
  ];
  const calibrationFacts: Fact[] = [
    {
      label: t('console.status.calibration.kind'),
      value: t(`console.status.calibrationKind.${calibration.kind}`),
    },
    {
      label: t('console.status.calibration.date'),
      value: calibration.date ? formatDate(calibration.date, locale) : none,
    },
    {
      label: t('console.status.calibration.age'),
      value: calibration.ageDays === null ? none : count(calibration.ageDays),
      warn: calibration.stale,
    },
  ];
  const workerFacts: Fact[] = [
    {
      label: t('console.status.worker.state'),
      value: t(`console.status.workerState.${worker.state}`),
      warn: worker.state !== 'running',
    },
    { label: t('console.status.worker.crashes'), value: count(worker.crashes) },
    { label: t('console.status.worker.processed'), value: count(worker.framesProcessed) },
    { label: t('console.status.worker.dropped'), value: count(worker.framesDropped) },
  ];
  const accessFacts: Fact[] = [
    {
      label: t('console.status.access.hrPin'),
      value: t(
        status.hrPinSet ? 'console.status.access.hrPinSet' : 'console.status.access.hrPinNotSet',
      ),
    },
  ];
  const todayFacts: Fact[] = [
    { label: t('console.status.today.date'), value: formatDate(today.date, locale) },
    { label: t('console.status.today.screened'), value: count(today.screened) },
    { label: t('console.status.today.pass'), value: count(today.pass) },
    { label: t('console.status.today.refer'), value: count(today.refer) },
    { label: t('console.status.today.retry'), value: count(today.retry) },
  ];

  return (
    <>
      {status.recordsNotice !== null && (
        <section
          className="console-notice"
          data-testid="status-records-notice"
          aria-labelledby="status-records-title"
        >
          <h3 id="status-records-title" className="console-card-title">
            {t('console.status.records.title')}
          </h3>
          <p className="console-text">{t('console.status.records.lead')}</p>
          {/* The kiosk's own words (English, like its other explanations). */}
          <p className="console-warning" lang="en" dir="auto" data-testid="status-records-text">
            {status.recordsNotice}
          </p>
        </section>
      )}
      <div className="console-cards">
        <ReadinessCard status={status} />
        <StatusCard
          name="sensor"
          title={t('console.status.sensor.title')}
          facts={sensorFacts(status.sensor, t, locale)}
        />
        <StatusCard
          name="blackbody"
          title={t('console.status.blackbody.title')}
          facts={blackbodyFacts}
        />
        <StatusCard name="room" title={t('console.status.room.title')} facts={roomFacts}>
          <p className="console-hint">
            {t('console.status.room.hint', {
              min: temperature(RELIABLE_ROOM_C.min),
              max: temperature(RELIABLE_ROOM_C.max),
            })}
          </p>
        </StatusCard>
        <StatusCard
          name="calibration"
          title={t('console.status.calibration.title')}
          facts={calibrationFacts}
        />
        <StatusCard
          name="site"
          title={t('console.status.site.title')}
          facts={siteFacts(calibration, t, siteText)}
        >
          {calibration.physicalModelOnly && (
            <p className="console-warning" data-testid="status-model-only">
              {t('console.status.site.modelOnly')}
            </p>
          )}
        </StatusCard>
        <StatusCard name="worker" title={t('console.status.worker.title')} facts={workerFacts} />
        <StatusCard name="today" title={t('console.status.today.title')} facts={todayFacts} />
        <StatusCard name="access" title={t('console.status.access.title')} facts={accessFacts} />
      </div>
    </>
  );
}

export function StatusTab() {
  const { t } = useTranslation();
  const staffCall = useStaffCall();
  const ask = useCallback(() => staffCall('getStaffStatus', {}), [staffCall]);
  const { value, error } = usePoll(ask, POLL_MS);
  return (
    <div className="console-tab-body">
      <p className="console-error" data-testid="status-message" role="status">
        {error ? callErrorText(error, t) : null}
      </p>
      {value ? (
        <Sections status={value} />
      ) : (
        !error && <p className="console-note">{t('console.loading')}</p>
      )}
      <RecentEvents />
    </div>
  );
}
