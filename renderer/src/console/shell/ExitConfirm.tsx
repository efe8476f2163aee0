// Leaving kiosk mode stops screening and closes the app, so it takes a second, deliberate tap.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { callErrorText } from '../shared/call-error';
import { useStaffCall } from '../shared/staff-api';

export function ExitConfirm({
  onCancel,
  onExited,
}: {
  onCancel: () => void;
  onExited: () => void;
}) {
  const { t } = useTranslation();
  const staffCall = useStaffCall();
  const cancel = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<'asking' | 'leaving' | { error: string }>('asking');

  // The safe answer has the focus, so a stray Enter does not end kiosk mode.
  useEffect(() => cancel.current?.focus(), []);

  const confirm = async (): Promise<void> => {
    setState('leaving');
    const result = await staffCall('exitKiosk', {});
    if (result.ok) onExited();
    else setState({ error: callErrorText(result.error, t) });
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    // Escape answers "no" here instead of closing the whole console.
    event.preventDefault();
    onCancel();
  };

  return (
    <div
      id="exit-confirm-panel"
      className="console-confirm"
      role="group"
      aria-labelledby="exit-question"
      onKeyDown={onKeyDown}
    >
      <p id="exit-question" className="console-text">
        {t('console.exit.question')}
      </p>
      <div className="console-actions">
        <button
          type="button"
          className="console-button console-danger"
          data-testid="exit-confirm"
          disabled={state === 'leaving'}
          onClick={() => void confirm()}
        >
          {t('console.exit.confirm')}
        </button>
        <button
          ref={cancel}
          type="button"
          className="console-button"
          data-testid="exit-cancel"
          onClick={onCancel}
        >
          {t('console.exit.cancel')}
        </button>
      </div>
      <p
        className={state === 'leaving' ? 'console-note' : 'console-error'}
        data-testid="exit-message"
        role="status"
      >
        {state === 'leaving' && t('console.exit.leaving')}
        {typeof state === 'object' && state.error}
      </p>
    </div>
  );
}
