// The second checks over the chosen range in words: the share of checked referrals a clinical
// thermometer confirmed, with its 95 % interval (Wilson), the declined ones (not in the share),
// and the referrals in the range.
import { useTranslation } from 'react-i18next';
import type { SecondChecks } from '@contract/second-checks.js';
import { formatCount, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';

export function SecondChecksSummary({ checks }: { checks: SecondChecks }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const count = (n: number) => formatCount(n, locale);
  const percent = (share: number) => formatNumber(share * 100, locale, 1);
  const { share } = checks;
  return (
    <div className="export-second-checks">
      <p data-testid="export-confirmed-share">
        {share.share === null || share.low === null || share.high === null
          ? t('secondCheck.export.noneChecked')
          : t('secondCheck.export.share', {
              confirmed: count(share.confirmed),
              checked: count(share.checked),
              share: percent(share.share),
              low: percent(share.low),
              high: percent(share.high),
            })}
      </p>
      <p data-testid="export-declined">
        {t('secondCheck.export.declined', { n: count(checks.declined) })}
      </p>
      <p data-testid="export-referred">
        {t('secondCheck.export.referred', { n: count(checks.referred) })}
      </p>
    </div>
  );
}
