import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../store';

// Always in view in demo mode, so nobody mistakes simulated results for real screening; it also
// gives the demo's fixed staff PIN, so anyone trying the kiosk can open the console.
export function DemoBadge() {
  const { t } = useTranslation();
  const demoPin = useKioskStore((s) => s.staffInfo?.demoPin ?? null);
  return (
    <div className="demo-badge" data-testid="demo-badge">
      {demoPin ? t('demo.badgeWithPin', { pin: demoPin }) : t('demo.badge')}
    </div>
  );
}
