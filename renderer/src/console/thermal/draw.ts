// Draws a frame onto the visible canvas: coloured at sensor resolution on an offscreen canvas,
// then scaled up without smoothing (crisp pixels), then the marked regions on top. Only a few
// thousand table reads per frame: cheap enough for the main thread.
import type { Region, ThermalView } from '@contract/staff.js';
import { paintFrame, type ColourScale } from './colour-map';
import { fitRect, regionToRect, type Rect } from './geometry';
import { OVERLAY_STYLES, PENDING_DASH, type OverlayKind } from './overlay-style';

export interface Overlay {
  kind: OverlayKind;
  region: Region;
  label: string;
  /** Still being dragged. */
  pending?: boolean;
}

export interface DrawInput {
  view: ThermalView | null;
  lut: Uint8ClampedArray;
  scale: ColourScale | null;
  overlays: readonly Overlay[];
  /** The canvas's size in CSS pixels and the device pixel ratio. */
  cssWidth: number;
  cssHeight: number;
  dpr: number;
}

/** The sensor-resolution canvas and its pixel buffer, reused while the size stays the same. */
export interface Offscreen {
  canvas: HTMLCanvasElement;
  image: ImageData | null;
}

export function createOffscreen(): Offscreen {
  return { canvas: document.createElement('canvas'), image: null };
}

function colourFrame(
  off: Offscreen,
  view: ThermalView,
  scale: ColourScale,
  lut: Uint8ClampedArray,
) {
  const ctx = off.canvas.getContext('2d');
  if (!ctx) return;
  if (!off.image || off.image.width !== view.width || off.image.height !== view.height) {
    off.canvas.width = view.width;
    off.canvas.height = view.height;
    off.image = ctx.createImageData(view.width, view.height);
  }
  paintFrame(view.pixels, scale, lut, off.image.data);
  ctx.putImageData(off.image, 0, 0);
}

function drawOverlay(ctx: CanvasRenderingContext2D, o: Overlay, rect: Rect, dpr: number) {
  const style = OVERLAY_STYLES[o.kind];
  const line = 2 * dpr;
  // Inside the region's edge, so the line marks the pixels that belong to it.
  const x = rect.x + line / 2;
  const y = rect.y + line / 2;
  const w = Math.max(0, rect.width - line);
  const h = Math.max(0, rect.height - line);
  // A dark line under the coloured one keeps it visible on every palette.
  ctx.setLineDash([]);
  ctx.lineWidth = line * 2;
  ctx.strokeStyle = 'rgb(0 0 0 / 0.8)';
  ctx.strokeRect(x, y, w, h);
  ctx.setLineDash((o.pending ? PENDING_DASH : style.dash).map((d) => d * dpr));
  ctx.lineWidth = line;
  ctx.strokeStyle = style.colour;
  ctx.strokeRect(x, y, w, h);
  ctx.setLineDash([]);
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Labels a region: above it when there is room in the image, else inside its top edge, else
 * under it; left out when every place collides with a label already drawn (small screens; the
 * legend still tells the outlines apart). Returns where it went.
 */
function drawLabel(
  ctx: CanvasRenderingContext2D,
  o: Overlay,
  rect: Rect,
  fit: Rect,
  dpr: number,
  taken: readonly Rect[],
): Rect | null {
  const size = Math.round(13 * dpr);
  const pad = Math.round(3 * dpr);
  ctx.font = `600 ${size}px system-ui, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif`;
  // Physical alignment: the label sits at the region's left edge in every language.
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  const w = ctx.measureText(o.label).width + pad * 2;
  const h = size + pad * 2;
  const x = Math.max(fit.x, Math.min(rect.x, fit.x + fit.width - w));
  const ys = [rect.y - h >= fit.y ? rect.y - h : rect.y, rect.y + rect.height];
  const place = ys
    .map((y) => ({ x, y, width: w, height: h }))
    .find((r) => r.y + r.height <= fit.y + fit.height && !taken.some((t) => overlaps(r, t)));
  if (!place) return null;
  ctx.fillStyle = 'rgb(0 0 0 / 0.75)';
  ctx.fillRect(place.x, place.y, w, h);
  ctx.fillStyle = OVERLAY_STYLES[o.kind].colour;
  ctx.fillText(o.label, place.x + pad, place.y + pad);
  return place;
}

export function drawThermal(canvas: HTMLCanvasElement, off: Offscreen, input: DrawInput): void {
  const { view, scale, lut, overlays, dpr } = input;
  const width = Math.max(1, Math.round(input.cssWidth * dpr));
  const height = Math.max(1, Math.round(input.cssHeight * dpr));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.clearRect(0, 0, width, height);
  if (!view || !scale) return;

  colourFrame(off, view, scale, lut);
  const fit = fitRect({ width, height }, view);
  // Whole device pixels: no blurred seam at the image's edges.
  const px = { x: Math.round(fit.x), y: Math.round(fit.y) };
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(off.canvas, px.x, px.y, Math.round(fit.width), Math.round(fit.height));

  for (const o of overlays) drawOverlay(ctx, o, regionToRect(o.region, fit, view), dpr);
  const taken: Rect[] = [];
  for (const o of overlays) {
    const placed = drawLabel(ctx, o, regionToRect(o.region, fit, view), fit, dpr, taken);
    if (placed) taken.push(placed);
  }
}
