import { PauseIcon } from '../parts/Icons';
import type { PausedWhy, ScreenText } from '../view';

export function PausedScreen({ text, reason }: { text: ScreenText; reason: PausedWhy }) {
  return (
    <section className="screen screen-paused" data-reason={reason}>
      <PauseIcon />
      <h1 className="headline">{text.title}</h1>
      {text.detail && <p className="detail">{text.detail}</p>}
    </section>
  );
}
