// Paused: screening cannot go on right now; the headline says so and the detail why. While the
// sensor warms up, a countdown to the moment verdicts start (the kiosk's readyAt).
import { useTranslation } from 'react-i18next';
import { PauseIcon } from '../parts/Icons';
import type { PausedWhy, ScreenText } from '../choose-screen';
import { useCountdown } from '../use-countdown';

export function PausedScreen({
  text,
  reason,
  readyAt,
}: {
  text: ScreenText;
  reason: PausedWhy;
  readyAt?: number;
}) {
  return (
    <section className="screen screen-paused" data-reason={reason}>
      <PauseIcon />
      <h1 className="headline">{text.title}</h1>
      {text.detail && <p className="detail">{text.detail}</p>}
      {reason === 'warming-up' && <WarmUpCountdown readyAt={readyAt} />}
    </section>
  );
}

/** role="timer": read when asked, not announced every second. */
function WarmUpCountdown({ readyAt }: { readyAt: number | undefined }) {
  const { t } = useTranslation('readiness');
  const time = useCountdown(readyAt);
  if (time === null) return null;
  return (
    <p className="detail countdown" role="timer" data-testid="warm-up-countdown">
      {t('countdown', { time })}
    </p>
  );
}
