import type { ScreenText } from '../view';

export function PausedScreen({ text }: { text: ScreenText }) {
  return (
    <section className="screen screen-paused">
      <h1 className="headline">{text.title}</h1>
      {text.detail && <p className="detail">{text.detail}</p>}
    </section>
  );
}
