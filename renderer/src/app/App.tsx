// The page: the walk-through screen (walkthrough/), one large, calm message chosen from the kiosk's
// state and the link (fed by transport/use-kiosk-feed.ts), in the language chosen on screen, with
// a sound cue on each verdict. The staff console (console/) opens over it as a modal dialog; the
// screen underneath keeps running (and is inert meanwhile).
import '../walkthrough/walkthrough.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KioskApiProvider } from '../console/shared/staff-api';
import { StaffConsole } from '../console/shell/StaffConsole';
import { useIdleLanguage } from '../i18n/use-idle-language';
import { useVerdictSound } from '../sound/use-verdict-sound';
import { useKioskStore } from '../store/kiosk-store';
import type { ApiSource } from '../transport/api-source';
import { useKioskFeed } from '../transport/use-kiosk-feed';
import { currentView, screenText } from '../walkthrough/choose-screen';
import { DemoBadge } from '../walkthrough/parts/DemoBadge';
import { LanguageSwitch } from '../walkthrough/parts/LanguageSwitch';
import { StaffFooter } from '../walkthrough/parts/StaffFooter';
import { ScreenFor } from '../walkthrough/ScreenFor';

export function App({ source }: { source: ApiSource }) {
  useKioskFeed(source);
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
