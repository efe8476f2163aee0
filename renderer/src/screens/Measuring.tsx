import { t } from '../strings';
import type { ScreenText } from '../view';

export function MeasuringScreen({ text, progress }: { text: ScreenText; progress: number }) {
  return (
    <section className="screen screen-measuring">
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
