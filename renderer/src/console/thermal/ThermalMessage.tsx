// Why there is no image: still waiting for the first frame, or the call failed (with its message).
import { useTranslation } from 'react-i18next';
import { callErrorText } from '../shared/call-error';
import type { ThermalFeed } from './use-thermal-view';

export function ThermalMessage({ feed }: { feed: ThermalFeed }) {
  const { t } = useTranslation();
  if (feed.error) {
    return (
      <p
        className="thermal-message thermal-message-error"
        role="alert"
        data-testid="thermal-message"
      >
        {t('thermal.error')} <bdi>{callErrorText(feed.error, t)}</bdi>
      </p>
    );
  }
  if (!feed.view) {
    return (
      <p className="thermal-message" role="status" data-testid="thermal-message">
        {t('thermal.waiting')}
      </p>
    );
  }
  return null;
}
