// Paused: screening cannot go on right now; the headline says so and the detail why.
import { PauseIcon } from '../parts/Icons';
import type { PausedWhy, ScreenText } from '../choose-screen';

export function PausedScreen({ text, reason }: { text: ScreenText; reason: PausedWhy }) {
  return (
    <section className="screen screen-paused" data-reason={reason}>
      <PauseIcon />
      <h1 className="headline">{text.title}</h1>
      {text.detail && <p className="detail">{text.detail}</p>}
    </section>
  );
}
