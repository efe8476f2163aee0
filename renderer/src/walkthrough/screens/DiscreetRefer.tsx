// Discreet referral (a staff setting, off by default): a refer in the pass's colour, tick and
// sound, so the people queueing behind cannot tell; the sentence asks the person to see the staff
// member, whose console chimes. The estimate is never shown here, even when staff turned it on:
// it would give the referral away.
import { CheckIcon } from '../parts/Icons';
import type { ScreenText } from '../choose-screen';

export function DiscreetReferScreen({ text }: { text: ScreenText }) {
  return (
    <section className="screen screen-pass screen-discreet" data-discreet="true">
      <CheckIcon />
      <h1 className="headline">{text.title}</h1>
    </section>
  );
}
