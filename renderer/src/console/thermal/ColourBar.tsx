// The colour scale legend: the palette from its coldest to its warmest colour with the
// temperatures at both ends and the middle. Left to right in every language, like the image.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColourScale } from './colour-map';
import { LUT_SIZE, paletteLut, type PaletteName } from './palette';
import { useTemperature } from '../../i18n/use-locale';

export function ColourBar({ palette, scale }: { palette: PaletteName; scale: ColourScale | null }) {
  const { t } = useTranslation();
  const fmt = useTemperature();
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(LUT_SIZE, 1);
    image.data.set(paletteLut(palette));
    ctx.putImageData(image, 0, 0);
  }, [palette]);

  const none = t('thermal.noValue');
  const low = scale ? fmt.temp(scale.lowC) : none;
  const mid = scale ? fmt.temp((scale.lowC + scale.highC) / 2) : none;
  const high = scale ? fmt.temp(scale.highC) : none;

  return (
    <div
      className="thermal-colour-bar"
      dir="ltr"
      role="group"
      aria-label={t('thermal.scale.legend', { low, high })}
      data-testid="thermal-colour-bar"
    >
      <canvas
        ref={ref}
        className="thermal-colour-bar-canvas"
        width={LUT_SIZE}
        height={1}
        aria-hidden="true"
      />
      <div className="thermal-colour-bar-labels" aria-hidden="true">
        <span>{low}</span>
        <span>{mid}</span>
        <span>{high}</span>
      </div>
    </div>
  );
}
