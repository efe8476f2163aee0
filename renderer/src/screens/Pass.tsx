import type { ScreenText } from '../view';

export function PassScreen({ text }: { text: ScreenText }) {
  return (
    <section className="screen screen-pass">
      <h1 className="headline">{text.title}</h1>
      {text.detail && <p className="detail">{text.detail}</p>}
    </section>
  );
}
