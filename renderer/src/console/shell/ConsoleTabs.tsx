// The unlocked console: a row of tabs (arrow keys move between them), the lock and exit buttons,
// and the chosen tab's panel. Only the shown panel is mounted, so only it polls the kiosk.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CalibrationTab } from '../calibration/CalibrationTab';
import type { TabId } from './console-view';
import { ExitConfirm } from './ExitConfirm';
import { ExportTab } from '../export/ExportTab';
import { PaperworkTab } from '../pack/PaperworkTab';
import { SensorTab } from '../sensor/SensorTab';
import { SettingsTab } from '../settings/SettingsTab';
import { SiteCalibrationTab } from '../site-calibration/SiteCalibrationTab';
import { StatusTab } from '../status/StatusTab';
import { LiveViewTab } from '../thermal/LiveViewTab';

function Panel({ tab }: { tab: TabId }) {
  switch (tab) {
    case 'status':
      return <StatusTab />;
    case 'live':
      return <LiveViewTab />;
    case 'sensor':
      return <SensorTab />;
    case 'calibration':
      return <CalibrationTab />;
    case 'site':
      return <SiteCalibrationTab />;
    case 'settings':
      return <SettingsTab />;
    case 'export':
      return <ExportTab />;
    case 'paperwork':
      return <PaperworkTab />;
  }
}

/** The tab an arrow key moves to; the row is mirrored in right-to-left languages. */
function nextTab(tabs: readonly TabId[], tab: TabId, key: string, rtl: boolean): TabId | null {
  const i = tabs.indexOf(tab);
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return tabs[(i + 1) % tabs.length]!;
  if (key === backward) return tabs[(i - 1 + tabs.length) % tabs.length]!;
  if (key === 'Home') return tabs[0]!;
  if (key === 'End') return tabs[tabs.length - 1]!;
  return null;
}

export function ConsoleTabs({
  tabs,
  tab,
  canExit,
  onTab,
  onLock,
  onExited,
}: {
  /** The tabs this session's role may open (HR: the export only). */
  tabs: readonly TabId[];
  tab: TabId;
  /** Only staff may leave kiosk mode. */
  canExit: boolean;
  onTab: (tab: TabId) => void;
  onLock: () => void;
  onExited: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [confirmingExit, setConfirmingExit] = useState(false);
  const buttons = useRef(new Map<TabId, HTMLButtonElement>());

  // Just unlocked: the PIN form that had the focus is gone, so the first tab takes it (on mount
  // only; afterwards the focus follows the person).
  const first = tabs[0];
  useEffect(() => {
    if (first) buttons.current.get(first)?.focus();
  }, [first]);

  const onKeyDown = (event: KeyboardEvent): void => {
    const next = nextTab(tabs, tab, event.key, i18n.dir() === 'rtl');
    if (!next) return;
    event.preventDefault();
    onTab(next);
    buttons.current.get(next)?.focus();
  };

  return (
    <>
      <div className="console-toolbar">
        <div
          className="console-tablist"
          role="tablist"
          aria-label={t('console.tabs.label')}
          onKeyDown={onKeyDown}
        >
          {tabs.map((id) => (
            <button
              key={id}
              ref={(el) => {
                if (el) buttons.current.set(id, el);
                else buttons.current.delete(id);
              }}
              type="button"
              role="tab"
              id={`console-tab-${id}`}
              className="console-tab"
              data-testid={`tab-${id}`}
              aria-selected={id === tab}
              aria-controls={`console-panel-${id}`}
              tabIndex={id === tab ? 0 : -1}
              onClick={() => onTab(id)}
            >
              {t(`console.tabs.${id}`)}
            </button>
          ))}
        </div>
        <div className="console-tools">
          <button
            type="button"
            className="console-button"
            data-testid="console-lock"
            onClick={onLock}
          >
            {t('console.lock')}
          </button>
          {canExit && (
            <button
              type="button"
              className="console-button console-danger"
              data-testid="console-exit"
              aria-expanded={confirmingExit}
              aria-controls="exit-confirm-panel"
              onClick={() => setConfirmingExit(true)}
            >
              {t('console.exit.button')}
            </button>
          )}
        </div>
      </div>
      {canExit && confirmingExit && (
        <ExitConfirm onCancel={() => setConfirmingExit(false)} onExited={onExited} />
      )}
      <div
        className="console-panel"
        role="tabpanel"
        id={`console-panel-${tab}`}
        aria-labelledby={`console-tab-${tab}`}
        tabIndex={0}
      >
        <Panel tab={tab} />
      </div>
    </>
  );
}
