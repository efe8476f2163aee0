// Whether the kiosk can give verdicts now, and what it waits for: the sensor's warm-up (with its
// countdown), the room, the reference blackbody; and whether the camera calibration is overdue
// (a warning: screening goes on). First on the Status tab.
import { useTranslation } from 'react-i18next';
import type { StaffStatus } from '@contract/staff.js';
import { useKioskStore } from '../../store/kiosk-store';
import { useCountdown } from '../../walkthrough/use-countdown';
import { Card, Facts, type Fact } from '../shared/Facts';

export function ReadinessCard({ status }: { status: StaffStatus }) {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('readiness');
  const dueDays = useKioskStore((s) => s.settings.calibrationDueDays);
  const left = useCountdown(status.warmUpEndsAt);
  const { state, room, blackbody, calibration } = status;
  const referenceOk = blackbody.state === 'ok' || blackbody.state === 'not-configured';
  const facts: Fact[] = [
    {
      label: tr('status.verdicts'),
      value:
        state.screen === 'paused'
          ? tr('status.waiting', { reason: t(`paused.reason.${state.reason}`) })
          : tr('status.ready'),
      warn: state.screen === 'paused',
      testId: 'readiness-verdicts',
    },
    {
      label: tr('status.warmUp'),
      value: left === null ? tr('status.warmUpDone') : tr('status.warmUpLeft', { time: left }),
      warn: left !== null,
      testId: 'readiness-warm-up',
    },
    {
      label: tr('status.room'),
      value: tr(`status.roomState.${room}`),
      warn: room === 'cold' || room === 'warm',
      testId: 'readiness-room',
    },
    {
      label: tr('status.reference'),
      value:
        blackbody.state === 'not-configured'
          ? tr('status.referenceNone')
          : blackbody.state === 'ok'
            ? tr('status.referenceStable')
            : tr('status.referenceUnstable'),
      warn: !referenceOk,
      testId: 'readiness-reference',
    },
    {
      label: tr('status.calibration'),
      value:
        calibration.kind === 'shipped'
          ? tr('status.calibrationShipped')
          : calibration.stale
            ? tr('status.calibrationOverdue')
            : tr('status.calibrationCurrent'),
      warn: calibration.stale,
      testId: 'readiness-calibration',
    },
  ];
  return (
    <Card id="status-readiness-title" testId="status-readiness" title={tr('status.title')}>
      <Facts facts={facts} />
      {calibration.stale && (
        <p className="console-warning" data-testid="status-calibration-overdue">
          {tr('status.overdue', {
            days: dueDays,
            setting: t('console.settings.calibrationDue'),
          })}
        </p>
      )}
    </Card>
  );
}
