// The live guidance is the headline; the bar shows how far the reading has got.
import { useTranslation } from 'react-i18next';
import type { Guidance } from '@contract/schemas.js';
import type { ScreenText } from '../choose-screen';

export function MeasuringScreen({
  text,
  progress,
  guidance,
}: {
  text: ScreenText;
  progress: number;
  guidance: Guidance;
}) {
  const { t } = useTranslation();
  return (
    <section className="screen screen-measuring" data-guidance={guidance}>
      <h1 className="headline">{text.title}</h1>
      {/* A native <progress> needs no inline style, which the CSP would otherwise have to allow. */}
      <progress
        className="progress"
        max={1}
        value={progress}
        aria-label={t('measuring.progress')}
      />
    </section>
  );
}
