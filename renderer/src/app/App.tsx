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
import { isDiscreet } from '../walkthrough/discreet';
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
  const discreetReferral = useKioskStore((s) => s.settings.discreetReferral);
  const [consoleOpen, setConsoleOpen] = useState(false);

  const api = source.kind === 'ready' ? source.api : null;
  const view = currentView(source.kind === 'blocked' ? source.reason : null, connection, state);
  const discreet = isDiscreet(view, discreetReferral);
  const text = screenText(view, t, discreet);
  // A discreet refer wears the pass's colours; data-screen stays the truth for staff tools.
  const look = discreet ? 'pass' : view.screen;

  return (
    <KioskApiProvider api={api}>
      <div className={`app app-${look}`} data-screen={view.screen} inert={consoleOpen}>
        <header className="topbar">
          <LanguageSwitch />
          {mode === 'demo' && <DemoBadge />}
        </header>
        <main className="stage">
          <ScreenFor view={view} text={text} discreet={discreet} />
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
