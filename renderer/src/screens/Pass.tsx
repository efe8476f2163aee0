import { CheckIcon } from '../parts/Icons';
import type { ScreenText } from '../view';

export function PassScreen({ text }: { text: ScreenText }) {
  return (
    <section className="screen screen-pass">
      <CheckIcon />
      <h1 className="headline">{text.title}</h1>
    </section>
  );
}
