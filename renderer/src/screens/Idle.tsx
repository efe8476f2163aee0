import type { ScreenText } from '../view';

export function IdleScreen({ text }: { text: ScreenText }) {
  return (
    <section className="screen screen-idle">
      <h1 className="headline">{text.title}</h1>
      {text.detail && <p className="detail">{text.detail}</p>}
    </section>
  );
}
