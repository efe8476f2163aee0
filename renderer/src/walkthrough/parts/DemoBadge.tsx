// Always in view in demo mode, so nobody mistakes simulated results for real screening; it also
// gives the demo's fixed staff and HR PINs, so anyone trying the kiosk can open the console.
import './DemoBadge.css';
import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store/kiosk-store';

export function DemoBadge() {
  const { t } = useTranslation();
  const demoPin = useKioskStore((s) => s.staffInfo?.demoPin ?? null);
  const demoHrPin = useKioskStore((s) => s.staffInfo?.demoHrPin ?? null);
  const text = !demoPin
    ? t('demo.badge')
    : demoHrPin
      ? t('demo.badgeWithPins', { pin: demoPin, hrPin: demoHrPin })
      : t('demo.badgeWithPin', { pin: demoPin });
  return (
    <div className="demo-badge" data-testid="demo-badge">
      {text}
    </div>
  );
}
