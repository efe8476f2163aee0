import { t } from '../strings';

// Always in view in demo mode, so nobody mistakes simulated results for real screening.
export function DemoBadge() {
  return (
    <div className="demo-badge" data-testid="demo-badge">
      {t('demo.badge')}
    </div>
  );
}
