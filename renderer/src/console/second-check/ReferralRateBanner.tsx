// The referral-rate warning: shown when the last days' share of refers is outside what the
// calibration expects, with the likely causes in words and the figures. Asks the kiosk now and
// then (a polled call: it does not keep the console unlocked).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralRateCheck } from '@contract/second-checks.js';
import { formatCount, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { useStaffCall } from '../shared/staff-api';
import { usePoll } from '../shared/use-poll';

const POLL_MS = 20_000;

export function useReferralRate(): ReferralRateCheck | null {
  const staffCall = useStaffCall();
  const ask = useCallback(() => staffCall('getStaffStatus', {}), [staffCall]);
  return usePoll(ask, POLL_MS).value?.referralRate ?? null;
}

export function ReferralRateBanner({ check }: { check: ReferralRateCheck }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (check.verdict !== 'too-many' && check.verdict !== 'too-few') return null;
  const percent = (share: number) => formatNumber(share * 100, locale, 1);
  return (
    <div className="second-check-rate" role="status" data-testid="referral-rate-warning">
      <p className="second-check-rate-title">{t(`secondCheck.rate.title.${check.verdict}`)}</p>
      <p>{t(`secondCheck.rate.causes.${check.verdict}`)}</p>
      <p className="console-note" data-testid="referral-rate-figures">
        {t('secondCheck.rate.figures', {
          days: formatCount(check.days, locale),
          referred: formatCount(check.referred, locale),
          screened: formatCount(check.screened, locale),
          observed: percent(check.screened ? check.referred / check.screened : 0),
          expected: percent(check.expected),
          low: percent(check.low),
          high: percent(check.high),
        })}
      </p>
    </div>
  );
}
