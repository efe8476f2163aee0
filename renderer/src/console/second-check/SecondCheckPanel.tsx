// The pending-referral panel at the top of the staff console: "N referrals waiting for a second
// check" and one tap per outcome once the clinical thermometer has spoken. A refusal (nothing
// waiting, the records full) is said next to the buttons; the last tap's answer stays until the
// next refer, so a second tap for the same one is refused in view. The referral-rate warning sits
// in the same place. Staff only: HR's PIN opens the export, and a locked console shows the count.
import './second-check.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondCheckOutcome } from '@contract/second-checks.js';
import { useTemperature } from '../../i18n/use-locale';
import { useKioskStore } from '../../store/kiosk-store';
import { callErrorText } from '../shared/call-error';
import { useStaffCall } from '../shared/staff-api';
import { ReferralRateBanner, useReferralRate } from './ReferralRateBanner';
import { usePendingChime } from './use-pending-chime';

const OUTCOMES: readonly SecondCheckOutcome[] = ['confirmed', 'not-confirmed', 'declined'];

/** The last tap's answer, and how many refers were waiting once it came. */
type Answer = { ok: boolean; text: string; pendingAfter: number } | null;

export function SecondCheckPanel({ unlocked }: { unlocked: boolean }) {
  const { t } = useTranslation();
  const pending = useKioskStore((s) => s.pendingReferrals);
  const prominent = usePendingChime();
  const [last, setLast] = useState<Answer>(null);
  // The answer belongs to the refers waiting when it came: a new refer puts it away.
  const answer = last && pending <= last.pendingAfter ? last : null;

  const waiting = pending > 0 || answer !== null;
  return (
    <section
      className="second-check"
      data-testid="second-check-area"
      aria-label={t('secondCheck.title')}
    >
      {waiting && (
        <div
          className={prominent ? 'second-check-panel second-check-prominent' : 'second-check-panel'}
          data-testid="second-check-panel"
          data-prominent={prominent}
        >
          <p className="second-check-waiting" role="status" data-testid="second-check-waiting">
            {t('secondCheck.waiting', { count: pending })}
          </p>
          {unlocked && <Outcomes onAnswer={setLast} />}
          {unlocked && answer && (
            <p
              className={answer.ok ? 'console-success' : 'console-error'}
              data-testid={answer.ok ? 'second-check-done' : 'second-check-error'}
            >
              <bdi>{answer.text}</bdi>
            </p>
          )}
          <p className="console-note">{t('secondCheck.private')}</p>
        </div>
      )}
      {unlocked && <RateWarning />}
    </section>
  );
}

function RateWarning() {
  const check = useReferralRate();
  return check ? <ReferralRateBanner check={check} /> : null;
}

function Outcomes({ onAnswer }: { onAnswer: (answer: Answer) => void }) {
  const { t } = useTranslation();
  const staffCall = useStaffCall();
  const { temp } = useTemperature();
  const threshold = useKioskStore((s) => s.settings.decision.thresholdC);
  const [saving, setSaving] = useState<SecondCheckOutcome | null>(null);

  const tap = async (outcome: SecondCheckOutcome): Promise<void> => {
    setSaving(outcome);
    const result = await staffCall('recordSecondCheck', { outcome });
    setSaving(null);
    onAnswer(
      result.ok
        ? { ok: true, text: t('secondCheck.recorded'), pendingAfter: result.value.pending }
        : {
            ok: false,
            text: callErrorText(result.error, t),
            pendingAfter: useKioskStore.getState().pendingReferrals,
          },
    );
  };

  return (
    <>
      <p>{t('secondCheck.ask')}</p>
      <div className="second-check-buttons">
        {OUTCOMES.map((outcome) => (
          <button
            key={outcome}
            type="button"
            className="console-button second-check-button"
            data-testid={`second-check-${outcome}`}
            data-outcome={outcome}
            aria-busy={saving === outcome}
            onClick={() => void tap(outcome)}
          >
            {saving === outcome
              ? t('secondCheck.saving')
              : t(`secondCheck.outcome.${outcome}`, { threshold: temp(threshold) })}
          </button>
        ))}
      </div>
    </>
  );
}
