// A small line for staff: sensor link, today's anonymous totals, page link, whether readings rest
// on the physical model only (no site calibration yet), an overdue camera calibration (a warning,
// not a pause), last API error, and the discreet button that opens the PIN-protected staff
// console. It shows counts and link states only, never a temperature.
import './StaffFooter.css';
import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { DailyCount, SensorStatus } from '@contract/schemas.js';
import { useKioskStore } from '../../store/kiosk-store';

/** Parts joined by " · ", each isolated so a port or an error in Latin script keeps its own
 * direction inside Arabic text (otherwise "/dev/pts/0" renders as "dev/pts/0/"). */
function Parts({ parts }: { parts: readonly string[] }) {
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && ' · '}
      <bdi>{part}</bdi>
    </Fragment>
  ));
}

function sensorParts(sensor: SensorStatus | null, t: TFunction): string[] {
  if (!sensor) return [t('staff.sensorUnknown')];
  const parts = [t(`staff.sensorState.${sensor.state}`)];
  if (sensor.fault) parts.push(t(`staff.sensorFault.${sensor.fault}`));
  if (sensor.port) parts.push(sensor.port);
  if (sensor.protocol)
    parts.push(sensor.baud ? `${sensor.protocol} @ ${sensor.baud}` : sensor.protocol);
  if (sensor.rateHz !== null && sensor.state === 'streaming') parts.push(`${sensor.rateHz} Hz`);
  // The last problem stays visible while the link is unwell, so staff know what to fix.
  if (sensor.lastError && (sensor.fault || sensor.state !== 'streaming'))
    parts.push(sensor.lastError);
  return parts;
}

function todayParts(today: DailyCount | null, t: TFunction): string[] {
  if (!today) return [t('staff.today.unknown')];
  return [
    t('staff.today.screened', { n: today.screened }),
    t('staff.today.pass', { n: today.pass }),
    t('staff.today.refer', { n: today.refer }),
    t('staff.today.retry', { n: today.retry }),
  ];
}

/** onOpenConsole is null when the page cannot reach the kiosk: there is no console to open. */
export function StaffFooter({ onOpenConsole }: { onOpenConsole: (() => void) | null }) {
  const { t } = useTranslation();
  const sensor = useKioskStore((s) => s.sensor);
  const today = useKioskStore((s) => s.today);
  const connection = useKioskStore((s) => s.connection);
  const lastError = useKioskStore((s) => s.lastError);
  const room = useKioskStore((s) => s.room);
  const modelOnly = useKioskStore((s) => s.physicalModelOnly);
  const overdue = useKioskStore((s) => s.calibrationOverdue);
  const { t: tr } = useTranslation('readiness');
  return (
    <footer className="staff" aria-label={t('staff.label')}>
      <span data-testid="sensor-status">
        {t('staff.sensorLabel')}: <Parts parts={sensorParts(sensor, t)} />
      </span>
      <span data-testid="today-counts">
        {t('staff.todayLabel')}: <Parts parts={todayParts(today, t)} />
      </span>
      <span data-testid="connection-state">
        {t('staff.linkLabel')}: {t(`staff.link.${connection}`)}
      </span>
      {(room === 'cold' || room === 'warm') && (
        <span className="staff-error" data-testid="room-warning">
          {t(`staff.room.${room}`)}
        </span>
      )}
      {modelOnly && (
        <span className="staff-error" data-testid="model-notice">
          {t('staff.physicalModelOnly')}
        </span>
      )}
      {overdue && (
        <span className="staff-error" data-testid="calibration-overdue">
          {tr('footer.overdue')}
        </span>
      )}
      {lastError && (
        <span className="staff-error" data-testid="api-error">
          {t('staff.error')}: <bdi>{lastError}</bdi>
        </span>
      )}
      {onOpenConsole && (
        <button
          type="button"
          className="staff-open"
          data-testid="staff-open"
          aria-haspopup="dialog"
          onClick={onOpenConsole}
        >
          {t('console.open')}
        </button>
      )}
    </footer>
  );
}
