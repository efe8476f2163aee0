// The one walk-through screen for the current view (choose-screen.ts decides which).
import './screens/screens.css';
import type { ScreenText, View } from './choose-screen';
import { DiscreetReferScreen } from './screens/DiscreetRefer';
import { IdleScreen } from './screens/Idle';
import { MeasuringScreen } from './screens/Measuring';
import { PassScreen } from './screens/Pass';
import { PausedScreen } from './screens/Paused';
import { ReferScreen } from './screens/Refer';
import { RetryScreen } from './screens/Retry';

export function ScreenFor({
  view,
  text,
  discreet = false,
}: {
  view: View;
  text: ScreenText;
  /** A refer shown as the staff's discreet-referral setting asks (see DiscreetRefer.tsx). */
  discreet?: boolean;
}) {
  switch (view.screen) {
    case 'idle':
      return <IdleScreen text={text} />;
    case 'measuring':
      return <MeasuringScreen text={text} progress={view.progress} guidance={view.guidance} />;
    case 'pass':
      return <PassScreen text={text} temperatureC={view.temperatureC} />;
    case 'refer':
      if (discreet) return <DiscreetReferScreen text={text} />;
      return <ReferScreen text={text} temperatureC={view.temperatureC} />;
    case 'retry':
      return <RetryScreen text={text} reason={view.reason} />;
    case 'paused':
      return <PausedScreen text={text} reason={view.reason} readyAt={view.readyAt} />;
  }
}
