// How each marked region is drawn. The legend's swatches in thermal.css use the same colours:
// change both together.
export const OVERLAY_KINDS = ['subject', 'face', 'blackbody'] as const;
export type OverlayKind = (typeof OVERLAY_KINDS)[number];

export interface OverlayStyle {
  colour: string;
  /** Dash pattern in CSS pixels; empty for a solid line. */
  dash: readonly number[];
}

export const OVERLAY_STYLES: Record<OverlayKind, OverlayStyle> = {
  subject: { colour: '#ffffff', dash: [6, 4] },
  face: { colour: '#7dff6b', dash: [] },
  blackbody: { colour: '#ff5cf0', dash: [] },
};

/** A region still being dragged: dotted, so it reads as not yet set. */
export const PENDING_DASH: readonly number[] = [3, 3];
