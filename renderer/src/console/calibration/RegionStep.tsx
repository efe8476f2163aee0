// Step 1: mark the blackbody, by dragging on the live image or by typing the region.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overlay } from '../thermal/draw';
import { regionFromCorners, sameRegion, type Cell } from '../thermal/geometry';
import { ThermalCanvas, type DragPhase } from '../thermal/ThermalCanvas';
import { ThermalMessage } from '../thermal/ThermalMessage';
import type { ThermalFeed } from '../thermal/use-thermal-view';
import { useColourScale, useViewOptions } from '../thermal/view-options';
import { RegionFields } from './RegionFields';
import { StepButtons } from './StepButtons';
import type { WizardControls } from './use-calibration-wizard';
import { usableRegion } from './wizard';

export function RegionStep({ w, feed }: { w: WizardControls; feed: ThermalFeed }) {
  const { view } = feed;
  const { t } = useTranslation();
  const palette = useViewOptions((s) => s.palette);
  const scale = useColourScale(view);
  const anchor = useRef<Cell | null>(null);
  const [dragging, setDragging] = useState(false);
  const { region } = w.state;
  const image = view ? { width: view.width, height: view.height } : null;

  const overlays = useMemo<Overlay[]>(
    () =>
      region
        ? [
            {
              kind: 'blackbody',
              region,
              label: t('thermal.overlay.blackbody'),
              pending: dragging,
            },
          ]
        : [],
    [region, dragging, t],
  );

  function onDrag(phase: DragPhase, cell: Cell) {
    if (phase === 'start') {
      anchor.current = cell;
      setDragging(true);
    }
    if (!anchor.current) return;
    const next = regionFromCorners(anchor.current, cell);
    if (!sameRegion(next, region)) w.dispatch({ type: 'region', region: next });
    if (phase === 'end') {
      anchor.current = null;
      setDragging(false);
    }
  }

  return (
    <>
      <h3 className="cal-heading" tabIndex={-1}>
        {t('thermal.calibration.region.heading')}
      </h3>
      <p className="cal-intro">{t('thermal.calibration.region.intro')}</p>
      <div className="cal-columns">
        <div className="cal-image">
          <ThermalCanvas
            view={view}
            palette={palette}
            scale={scale}
            overlays={overlays}
            onDrag={onDrag}
          />
        </div>
        <div className="cal-panel">
          <ThermalMessage feed={feed} />
          {!image && <p className="thermal-hint">{t('thermal.calibration.region.waiting')}</p>}
          <RegionFields
            region={region}
            image={image}
            onChange={(r) => w.dispatch({ type: 'region', region: r })}
          />
        </div>
      </div>
      <StepButtons
        onNext={() => w.go('setpoint')}
        nextDisabled={usableRegion(w.state, image) === null}
      />
    </>
  );
}
