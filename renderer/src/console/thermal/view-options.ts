// How staff like to see the image (palette, colour scale): shared by the live view and the
// calibration wizard, kept in memory for the session only.
import { useMemo } from 'react';
import { create } from 'zustand';
import type { ThermalView } from '@contract/staff.js';
import { chooseScale, type ColourScale, type ScaleMode } from './colour-map.js';
import type { PaletteName } from './palette.js';

interface ViewOptions {
  palette: PaletteName;
  scaleMode: ScaleMode;
  /** The fixed scale's ends in °C; null while an input holds something unusable. */
  fixedLowC: number | null;
  fixedHighC: number | null;
  setPalette: (palette: PaletteName) => void;
  setScaleMode: (mode: ScaleMode) => void;
  setFixedLow: (c: number | null) => void;
  setFixedHigh: (c: number | null) => void;
}

export const useViewOptions = create<ViewOptions>()((set) => ({
  palette: 'iron',
  scaleMode: 'auto',
  // Skin and a warm blackbody sit in this range.
  fixedLowC: 25,
  fixedHighC: 40,
  setPalette: (palette) => set({ palette }),
  setScaleMode: (scaleMode) => set({ scaleMode }),
  setFixedLow: (fixedLowC) => set({ fixedLowC }),
  setFixedHigh: (fixedHighC) => set({ fixedHighC }),
}));

/** The fixed scale as chosen, or null when an end is missing. */
export function fixedScaleOf(o: Pick<ViewOptions, 'fixedLowC' | 'fixedHighC'>): ColourScale | null {
  return o.fixedLowC === null || o.fixedHighC === null
    ? null
    : { lowC: o.fixedLowC, highC: o.fixedHighC };
}

/** The scale the frame is drawn with (auto when the fixed one is not usable). */
export function useColourScale(view: ThermalView | null): ColourScale | null {
  const mode = useViewOptions((s) => s.scaleMode);
  const low = useViewOptions((s) => s.fixedLowC);
  const high = useViewOptions((s) => s.fixedHighC);
  return useMemo(
    () =>
      view ? chooseScale(mode, view, fixedScaleOf({ fixedLowC: low, fixedHighC: high })) : null,
    [view, mode, low, high],
  );
}
