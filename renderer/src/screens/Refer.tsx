import { ThermometerIcon } from '../parts/Icons';
import type { ScreenText } from '../view';

// A request for a second check, never a diagnosis: the note under it says so, more quietly.
export function ReferScreen({ text }: { text: ScreenText }) {
  return (
    <section className="screen screen-refer">
      <ThermometerIcon />
      <h1 className="headline">{text.title}</h1>
      {text.detail && <p className="detail note">{text.detail}</p>}
    </section>
  );
}
