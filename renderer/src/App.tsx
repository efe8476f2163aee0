// The walk-through screen: one large, calm message chosen from the kiosk's state and the link,
// in the language chosen on screen, with a sound cue on each verdict. The staff console opens over
// it as a modal dialog; the screen underneath keeps running (and is inert meanwhile).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiSource } from './api-source';
import { KioskApiProvider } from './console/staff-api';
import { StaffConsole } from './console/StaffConsole';
import { DemoBadge } from './parts/DemoBadge';
import { LanguageSwitch } from './parts/LanguageSwitch';
import { StaffFooter } from './parts/StaffFooter';
import { IdleScreen } from './screens/Idle';
import { MeasuringScreen } from './screens/Measuring';
import { PassScreen } from './screens/Pass';
import { PausedScreen } from './screens/Paused';
import { ReferScreen } from './screens/Refer';
import { RetryScreen } from './screens/Retry';
import { useKioskStore } from './store';
import { useIdleLanguage } from './use-idle-language';
import { useKioskSync } from './use-kiosk-sync';
import { useVerdictSound } from './use-verdict-sound';
import { currentView, screenText, type ScreenText, type View } from './view';

function ScreenFor({ view, text }: { view: View; text: ScreenText }) {
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

export function App({ source }: { source: ApiSource }) {
  useKioskSync(source);
  useVerdictSound();
  useIdleLanguage();
  const { t } = useTranslation();
  const connection = useKioskStore((s) => s.connection);
  const state = useKioskStore((s) => s.state);
  const mode = useKioskStore((s) => s.mode);
  const [consoleOpen, setConsoleOpen] = useState(false);

  const api = source.kind === 'ready' ? source.api : null;
  const view = currentView(source.kind === 'blocked' ? source.reason : null, connection, state);
  const text = screenText(view, t);

  return (
    <KioskApiProvider api={api}>
      <div className={`app app-${view.screen}`} data-screen={view.screen} inert={consoleOpen}>
        <header className="topbar">
          <LanguageSwitch />
          {mode === 'demo' && <DemoBadge />}
        </header>
        <main className="stage">
          <ScreenFor view={view} text={text} />
        </main>
        {/* Announces each new headline once; the measuring progress is deliberately not in it. */}
        <div className="visually-hidden" aria-live="polite" aria-atomic="true">
          {text.detail ? `${text.title}. ${text.detail}` : text.title}
        </div>
        <StaffFooter onOpenConsole={api ? () => setConsoleOpen(true) : null} />
      </div>
      {consoleOpen && <StaffConsole onClose={() => setConsoleOpen(false)} />}
    </KioskApiProvider>
  );
}
