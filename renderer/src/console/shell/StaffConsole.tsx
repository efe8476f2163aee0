// The staff console: a full-screen modal dialog over the walk-through screen. Locked, it asks for
// the PIN (or for a first PIN); unlocked, it shows the tabs. Closing it always locks it, so the
// next person to open it needs the PIN again.
// The console-wide styles, before any tab's own (which build on them).
import './console.css';
import '../shared/cards.css';
import '../shared/forms.css';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store/kiosk-store';
import { ConsoleTabs } from './ConsoleTabs';
import { shownTab, tabsFor, type ConsoleView, type LockNotice, type TabId } from './console-view';
import { PinPad } from '../pin/PinPad';
import { SetPinForm } from '../pin/SetPinForm';
import { SecondCheckPanel } from '../second-check/SecondCheckPanel';
import { useStaffCall } from '../shared/staff-api';
import { useAutoLock } from './use-auto-lock';

const TITLE_ID = 'console-title';

export function StaffConsole({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const session = useKioskStore((s) => s.session);
  const role = useKioskStore((s) => s.role ?? 'staff');
  const pinSet = useKioskStore((s) => s.staffInfo?.pinSet ?? null);
  const staffCall = useStaffCall();
  const [tab, setTab] = useState<TabId>('status');
  const [notice, setNotice] = useState<LockNotice>(null);
  const [noPinReply, setNoPinReply] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // Read while rendering the first time: by the first effect, focus is already inside the dialog.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  // Set while this console locks itself, so that lock is not mistaken for an expired session.
  const lockingOnPurpose = useRef(false);

  const lock = useCallback(
    (why: LockNotice) => {
      if (!useKioskStore.getState().session) return;
      lockingOnPurpose.current = true;
      // The call reads the session before it is cleared below; its answer does not matter. The
      // kiosk is told an auto-lock apart (a site calibration it ends says so).
      void staffCall('staffLock', { why: why === 'inactivity' ? 'auto-lock' : 'staff' });
      useKioskStore.getState().setSession(null);
      lockingOnPurpose.current = false;
      setNotice(why);
      setTab('status');
    },
    [staffCall],
  );

  useEffect(
    () =>
      useKioskStore.subscribe((s, previous) => {
        if (s.session && !previous.session) setNoPinReply(false);
        // A staff call answered 'unauthorized' (expired, or the kiosk restarted) cleared it.
        if (previous.session && !s.session && !lockingOnPurpose.current) {
          setNotice('inactivity');
          setTab('status');
        }
      }),
    [],
  );

  const activity = useAutoLock(useCallback(() => lock('inactivity'), [lock]));

  const close = useCallback(() => {
    lock(null);
    onClose();
  }, [lock, onClose]);

  // Focus moves into the dialog (to its first field, unless one took it already), and back to
  // the opener after.
  useEffect(() => {
    const dialog = root.current;
    if (dialog && !dialog.contains(document.activeElement)) {
      (dialog.querySelector<HTMLElement>('.console-body input') ?? dialog).focus();
    }
    return () => opener?.focus();
  }, [opener]);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      close();
    }
  };

  const locked = session === null;
  // The kiosk's answer 'no-pin' also counts: the PIN may have been reset while it runs.
  const view: ConsoleView = !locked
    ? shownTab(role, tab)
    : pinSet === false || noPinReply
      ? 'set-pin'
      : 'pin';

  return (
    <div
      ref={root}
      className="console"
      role="dialog"
      aria-modal="true"
      aria-labelledby={TITLE_ID}
      tabIndex={-1}
      data-console={view}
      onPointerDownCapture={activity}
      onKeyDownCapture={activity}
      onKeyDown={onKeyDown}
    >
      <div className="console-bar">
        <h2 id={TITLE_ID} className="console-title">
          {t('console.title')}
        </h2>
        <button
          type="button"
          className="console-button"
          data-testid="console-close"
          onClick={close}
        >
          {t('console.close')}
        </button>
      </div>
      <div className="console-body">
        {/* Refers waiting for their second check, above whatever tab is open (not for HR). */}
        {role === 'staff' && <SecondCheckPanel unlocked={!locked} />}
        {view === 'pin' && <PinPad notice={notice} onNoPin={() => setNoPinReply(true)} />}
        {view === 'set-pin' && <SetPinForm />}
        {!locked && view !== 'pin' && view !== 'set-pin' && (
          <ConsoleTabs
            // A new role (another PIN) starts afresh: its first tab takes the focus.
            key={role}
            tabs={tabsFor(role)}
            tab={view}
            canExit={role === 'staff'}
            onTab={setTab}
            onLock={() => lock(null)}
            onExited={close}
          />
        )}
      </div>
    </div>
  );
}
