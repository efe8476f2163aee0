// The one walk-through screen for the current view (choose-screen.ts decides which).
import './screens/screens.css';
import type { ScreenText, View } from './choose-screen';
import { IdleScreen } from './screens/Idle';
import { MeasuringScreen } from './screens/Measuring';
import { PassScreen } from './screens/Pass';
import { PausedScreen } from './screens/Paused';
import { ReferScreen } from './screens/Refer';
import { RetryScreen } from './screens/Retry';

export function ScreenFor({ view, text }: { view: View; text: ScreenText }) {
  switch (view.screen) {
    case 'idle':
      return <IdleScreen text={text} />;
    case 'measuring':
      return <MeasuringScreen text={text} progress={view.progress} guidance={view.guidance} />;
    case 'pass':
      return <PassScreen text={text} temperatureC={view.temperatureC} />;
    case 'refer':
      return <ReferScreen text={text} temperatureC={view.temperatureC} />;
    case 'retry':
      return <RetryScreen text={text} reason={view.reason} />;
    case 'paused':
      return <PausedScreen text={text} reason={view.reason} />;
  }
}
