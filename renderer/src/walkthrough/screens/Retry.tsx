// Retry: the reason, in plain words, is the headline: it says what to change.
import { useTranslation } from 'react-i18next';
import type { RetryReason } from '@contract/schemas.js';
import { RetryIcon } from '../parts/Icons';
import type { ScreenText } from '../choose-screen';

/** Reasons whose text already says to wait and try again, and is a long sentence. */
const LONG: ReadonlySet<RetryReason> = new Set(['too-cold', 'too-warm', 'uncertain']);
const SAYS_TRY_AGAIN: ReadonlySet<RetryReason> = new Set(['too-cold', 'too-warm']);

export function RetryScreen({ text, reason }: { text: ScreenText; reason: RetryReason }) {
  const { t } = useTranslation();
  return (
    <section className="screen screen-retry" data-reason={reason}>
      <RetryIcon />
      {!SAYS_TRY_AGAIN.has(reason) && <p className="kicker">{t('retry.title')}</p>}
      <h1 className={LONG.has(reason) ? 'headline headline-long' : 'headline'}>{text.title}</h1>
    </section>
  );
}
