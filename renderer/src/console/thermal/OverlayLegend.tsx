// What each outline on the image marks.
import { useTranslation } from 'react-i18next';
import { OVERLAY_KINDS, type OverlayKind } from './overlay-style';

export function OverlayLegend({ kinds = OVERLAY_KINDS }: { kinds?: readonly OverlayKind[] }) {
  const { t } = useTranslation();
  return (
    <div className="thermal-legend">
      <h3 className="thermal-subheading" id="thermal-legend-heading">
        {t('thermal.overlay.legend')}
      </h3>
      <ul aria-labelledby="thermal-legend-heading" data-testid="thermal-legend">
        {kinds.map((kind) => (
          <li key={kind}>
            <span className={`thermal-swatch thermal-swatch-${kind}`} aria-hidden="true" />
            {t(`thermal.overlay.${kind}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
