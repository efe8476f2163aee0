// Pass: two short words and a tick, the biggest thing on any screen; the estimate under it only
// when staff turned it on.
import { CheckIcon } from '../parts/Icons';
import { useShownTemperature } from '../use-shown-temperature';
import type { ScreenText } from '../choose-screen';

export function PassScreen({ text, temperatureC }: { text: ScreenText; temperatureC?: number }) {
  const shown = useShownTemperature(temperatureC);
  return (
    <section className="screen screen-pass">
      <CheckIcon />
      <h1 className="headline">{text.title}</h1>
      {shown && (
        <p className="shown-temperature" data-testid="shown-temperature">
          <bdi>{shown}</bdi>
        </p>
      )}
    </section>
  );
}
