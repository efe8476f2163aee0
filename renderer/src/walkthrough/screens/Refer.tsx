// A request for a second check, never a diagnosis: the note under it says so, more quietly.
// The estimate shows only when staff turned it on, and sits under the request, not above it.
import { ThermometerIcon } from '../parts/Icons';
import { useShownTemperature } from '../use-shown-temperature';
import type { ScreenText } from '../choose-screen';

export function ReferScreen({ text, temperatureC }: { text: ScreenText; temperatureC?: number }) {
  const shown = useShownTemperature(temperatureC);
  return (
    <section className="screen screen-refer">
      <ThermometerIcon />
      <h1 className="headline">{text.title}</h1>
      {shown && (
        <p className="shown-temperature" data-testid="shown-temperature">
          <bdi>{shown}</bdi>
        </p>
      )}
      {text.detail && <p className="detail note">{text.detail}</p>}
    </section>
  );
}
