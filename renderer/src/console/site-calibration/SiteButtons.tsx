// The foot of the volunteers and fit steps: discard the session, a step-specific action, and the
// step's main action. Every button waits while the kiosk is busy with one.
import type { SiteControls } from './use-site-wizard';

export interface SiteAction {
  testId: string;
  label: string;
  onClick: () => void;
  /** Beyond the kiosk being busy. */
  disabled?: boolean;
}

export function SiteButtons({
  w,
  discardLabel,
  other,
  primary,
}: {
  w: SiteControls;
  discardLabel: string;
  other: SiteAction;
  primary: SiteAction;
}) {
  const busy = w.busy !== null;
  return (
    <div className="cal-buttons">
      <button
        type="button"
        data-testid="site-discard"
        disabled={busy}
        onClick={() => void w.discard()}
      >
        {discardLabel}
      </button>
      <button
        type="button"
        data-testid={other.testId}
        disabled={other.disabled === true || busy}
        onClick={other.onClick}
      >
        {other.label}
      </button>
      <button
        type="button"
        className="cal-primary"
        data-testid={primary.testId}
        disabled={primary.disabled === true || busy}
        onClick={primary.onClick}
      >
        {primary.label}
      </button>
    </div>
  );
}
