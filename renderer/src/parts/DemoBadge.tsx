import { useTranslation } from 'react-i18next';

// Always in view in demo mode, so nobody mistakes simulated results for real screening.
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <div className="demo-badge" data-testid="demo-badge">
      {t('demo.badge')}
    </div>
  );
}
