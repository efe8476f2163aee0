// A small line for staff: sensor link, today's anonymous totals, page link, last API error.
// It shows counts and link states only; the contract carries no temperatures.
import type { DailyCount, SensorStatus } from '../../../electron/contract/schemas.js';
import { useKioskStore } from '../store';
import { t } from '../strings';

function sensorText(sensor: SensorStatus | null): string {
  if (!sensor) return t('staff.sensor.unknown');
  const parts = [t(`staff.sensor.${sensor.state}`)];
  if (sensor.fault) parts.push(t(`staff.sensor.fault.${sensor.fault}`));
  if (sensor.port) parts.push(sensor.port);
  if (sensor.protocol)
    parts.push(sensor.baud ? `${sensor.protocol} @ ${sensor.baud}` : sensor.protocol);
  if (sensor.rateHz !== null && sensor.state === 'streaming') parts.push(`${sensor.rateHz} Hz`);
  // The last problem stays visible while the link is unwell, so staff know what to fix.
  if (sensor.lastError && (sensor.fault || sensor.state !== 'streaming'))
    parts.push(sensor.lastError);
  return parts.join(' · ');
}

function todayText(today: DailyCount | null): string {
  if (!today) return t('staff.today.unknown');
  return [
    `${today.screened} ${t('staff.today.screened')}`,
    `${today.pass} ${t('staff.today.pass')}`,
    `${today.refer} ${t('staff.today.refer')}`,
    `${today.retry} ${t('staff.today.retry')}`,
  ].join(' · ');
}

export function StaffFooter() {
  const sensor = useKioskStore((s) => s.sensor);
  const today = useKioskStore((s) => s.today);
  const connection = useKioskStore((s) => s.connection);
  const lastError = useKioskStore((s) => s.lastError);
  const room = useKioskStore((s) => s.room);
  return (
    <footer className="staff" aria-label={t('staff.label')}>
      <span data-testid="sensor-status">
        {t('staff.sensor')}: {sensorText(sensor)}
      </span>
      <span data-testid="today-counts">
        {t('staff.today')}: {todayText(today)}
      </span>
      <span data-testid="connection-state">
        {t('staff.link')}: {t(`staff.link.${connection}`)}
      </span>
      {(room === 'cold' || room === 'warm') && (
        <span className="staff-error" data-testid="room-warning">
          {t(`staff.room.${room}`)}
        </span>
      )}
      {lastError && (
        <span className="staff-error" data-testid="api-error">
          {t('staff.error')}: {lastError}
        </span>
      )}
    </footer>
  );
}
