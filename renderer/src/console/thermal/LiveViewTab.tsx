// The staff console's live thermal view: the image with the regions the kiosk found, a colour
// scale, and the coldest, warmest and pointed-at temperatures.
import './thermal.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThermalView } from '@contract/staff.js';
import type { TFunction } from 'i18next';
import { ColourBar } from './ColourBar';
import type { Overlay } from './draw';
import type { Cell } from './geometry';
import { OVERLAY_KINDS } from './overlay-style';
import { OverlayLegend } from './OverlayLegend';
import { Readouts } from './Readouts';
import { ThermalCanvas } from './ThermalCanvas';
import { ThermalControls } from './ThermalControls';
import { ThermalMessage } from './ThermalMessage';
import { useThermalView } from './use-thermal-view';
import { useColourScale, useViewOptions } from './view-options';

function overlaysOf(view: ThermalView | null, t: TFunction): Overlay[] {
  if (!view) return [];
  return OVERLAY_KINDS.flatMap((kind) => {
    const region = view.regions[kind];
    return region ? [{ kind, region, label: t(`thermal.overlay.${kind}`) }] : [];
  });
}

export function LiveViewTab() {
  const { t } = useTranslation();
  const feed = useThermalView();
  const palette = useViewOptions((s) => s.palette);
  const scale = useColourScale(feed.view);
  const [cursor, setCursor] = useState<Cell | null>(null);
  const overlays = useMemo(() => overlaysOf(feed.view, t), [feed.view, t]);

  return (
    <section className="thermal" aria-labelledby="thermal-title">
      <h2 id="thermal-title" className="thermal-title">
        {t('thermal.title')}
      </h2>
      <div className="thermal-layout">
        <div className="thermal-image">
          <ThermalCanvas
            view={feed.view}
            palette={palette}
            scale={scale}
            overlays={overlays}
            onHover={setCursor}
          />
          <ColourBar palette={palette} scale={scale} />
        </div>
        <div className="thermal-side">
          <ThermalMessage feed={feed} />
          <Readouts view={feed.view} cursor={cursor} />
          <OverlayLegend />
          <ThermalControls />
        </div>
      </div>
    </section>
  );
}
