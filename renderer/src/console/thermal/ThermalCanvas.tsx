// The thermal image on a canvas sized to its box (aspect ratio kept, pixels crisp), with the
// marked regions drawn on top. Redraws once per animation frame with the latest input only.
// Optionally reports the pixel under the pointer and drags (used to mark the blackbody).
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThermalView } from '@contract/staff.js';
import type { ColourScale } from './colour-map';
import { createOffscreen, drawThermal, type DrawInput, type Offscreen, type Overlay } from './draw';
import { fitRect, pointToCell, type Cell } from './geometry';
import { paletteLut, type PaletteName } from './palette';
import { useTemperature } from '../../i18n/use-locale';

export type DragPhase = 'start' | 'move' | 'end';

export interface ThermalCanvasProps {
  view: ThermalView | null;
  palette: PaletteName;
  scale: ColourScale | null;
  overlays: readonly Overlay[];
  /** The pixel under the pointer, or null when it leaves the image. */
  onHover?: (cell: Cell | null) => void;
  /** A drag with the primary button; cells are clamped to the image. */
  onDrag?: (phase: DragPhase, cell: Cell) => void;
}

interface BoxSize {
  width: number;
  height: number;
  dpr: number;
}

const sameCell = (a: Cell | null, b: Cell | null) =>
  a === b || (a !== null && b !== null && a.col === b.col && a.row === b.row);

export function ThermalCanvas({
  view,
  palette,
  scale,
  overlays,
  onHover,
  onDrag,
}: ThermalCanvasProps) {
  const { t } = useTranslation();
  const fmt = useTemperature();
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const offscreen = useRef<Offscreen | null>(null);
  const input = useRef<DrawInput | null>(null);
  const frameRequest = useRef(0);
  const dragging = useRef<number | null>(null);
  const hovered = useRef<Cell | null>(null);
  const [box, setBox] = useState<BoxSize>({ width: 0, height: 0, dpr: 1 });

  // Follow the box's size (window resize, rotation, layout changes).
  useEffect(() => {
    const el = boxRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      const dpr = window.devicePixelRatio || 1;
      setBox((b) =>
        b.width === width && b.height === height && b.dpr === dpr ? b : { width, height, dpr },
      );
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(
    () => () => {
      cancelAnimationFrame(frameRequest.current);
      frameRequest.current = 0;
    },
    [],
  );

  // Keep only the newest input; at most one draw is pending, and it draws whatever is newest.
  useEffect(() => {
    input.current = {
      view,
      lut: paletteLut(palette),
      scale,
      overlays,
      cssWidth: box.width,
      cssHeight: box.height,
      dpr: box.dpr,
    };
    if (frameRequest.current) return;
    frameRequest.current = requestAnimationFrame(() => {
      frameRequest.current = 0;
      const canvas = canvasRef.current;
      if (!canvas || !input.current) return;
      offscreen.current ??= createOffscreen();
      drawThermal(canvas, offscreen.current, input.current);
    });
  }, [view, palette, scale, overlays, box]);

  function cellAt(e: PointerEvent<HTMLCanvasElement>, clamp: boolean): Cell | null {
    if (!view) return null;
    const rect = e.currentTarget.getBoundingClientRect();
    const fit = fitRect({ width: rect.width, height: rect.height }, view);
    return pointToCell(e.clientX - rect.left, e.clientY - rect.top, fit, view, clamp);
  }

  function hover(cell: Cell | null) {
    if (sameCell(cell, hovered.current)) return;
    hovered.current = cell;
    onHover?.(cell);
  }

  function onPointerDown(e: PointerEvent<HTMLCanvasElement>) {
    // A tap on a touch screen shows the temperature there, as hovering does with a mouse.
    hover(cellAt(e, false));
    if (!onDrag || e.button !== 0) return;
    const cell = cellAt(e, false);
    if (!cell) return; // a drag starts on the image
    e.currentTarget.setPointerCapture(e.pointerId);
    dragging.current = e.pointerId;
    onDrag('start', cell);
  }

  function onPointerMove(e: PointerEvent<HTMLCanvasElement>) {
    hover(cellAt(e, false));
    if (onDrag && dragging.current === e.pointerId) {
      const cell = cellAt(e, true);
      if (cell) onDrag('move', cell);
    }
  }

  function endDrag(e: PointerEvent<HTMLCanvasElement>) {
    if (dragging.current !== e.pointerId) return;
    dragging.current = null;
    const cell = cellAt(e, true);
    if (onDrag && cell) onDrag('end', cell);
  }

  const label = view
    ? t('thermal.image.label', {
        width: view.width,
        height: view.height,
        min: fmt.temp(view.minC),
        max: fmt.temp(view.maxC),
      })
    : t('thermal.image.empty');

  return (
    <div className="thermal-canvas-box" ref={boxRef}>
      <canvas
        ref={canvasRef}
        className={onDrag ? 'thermal-canvas thermal-canvas-drag' : 'thermal-canvas'}
        data-testid="thermal-canvas"
        role="img"
        aria-label={label}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        // A finger lifting is not leaving: the tapped temperature stays up.
        onPointerLeave={(e) => e.pointerType === 'mouse' && hover(null)}
      />
    </div>
  );
}
