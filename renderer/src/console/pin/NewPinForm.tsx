// A new PIN typed twice, checked against the kiosk's rules before it is sent: the first PIN of a
// new kiosk, and a change of PIN in the settings. Test ids follow the id prefix: <prefix>-new,
// <prefix>-confirm, <prefix>-save, error-<prefix>-new, error-<prefix>-confirm, <prefix>-message.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { checkNewPin, pinDigits, type NewPinProblems } from './pin-rules';

/** What saving said: an error to show, or a success message (null: nothing to add). */
export type SaveOutcome = { ok: true; message: string | null } | { ok: false; message: string };

export function NewPinForm({
  prefix,
  saveLabel,
  autoFocus = false,
  onSave,
  actions,
  outcome: shownOutcome,
  onOutcome,
}: {
  prefix: 'pin' | 'pin-change' | 'hr-pin';
  saveLabel: string;
  autoFocus?: boolean;
  onSave: (pin: string) => Promise<SaveOutcome>;
  /** More buttons beside the save button (e.g. removing the HR PIN). */
  actions?: ReactNode;
  /** Given, the message line is the caller's: other actions can report in it too. */
  outcome?: SaveOutcome | null;
  onOutcome?: (outcome: SaveOutcome | null) => void;
}) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<NewPinProblems>({});
  const [ownOutcome, setOwnOutcome] = useState<SaveOutcome | null>(null);
  const outcome = onOutcome ? (shownOutcome ?? null) : ownOutcome;
  const setOutcome = onOutcome ?? setOwnOutcome;
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (pending) return;
    const found = checkNewPin(pin, confirm);
    setProblems(found);
    setOutcome(null);
    if (found.pin || found.confirm) {
      document.getElementById(found.pin ? `${prefix}-new` : `${prefix}-confirm`)?.focus();
      return;
    }
    setPending(true);
    const saved = await onSave(pin);
    setPending(false);
    setOutcome(saved);
    if (saved.ok) {
      setPin('');
      setConfirm('');
    }
  };

  const field = (
    which: 'new' | 'confirm',
    value: string,
    set: (v: string) => void,
    problem: string | null,
  ) => {
    const id = `${prefix}-${which}`;
    const hintId = `${id}-hint`;
    const errorId = `error-${id}`;
    return (
      <div className="console-field">
        <label className="console-label" htmlFor={id}>
          {t(which === 'new' ? 'console.newPin.new' : 'console.newPin.confirm')}
        </label>
        <input
          id={id}
          className="console-input pin-input"
          data-testid={id}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          autoFocus={autoFocus && which === 'new'}
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${errorId} ${hintId}` : hintId}
          onChange={(e) => set(pinDigits(e.target.value))}
        />
        <p id={hintId} className="console-hint">
          {t(which === 'new' ? 'console.newPin.newHint' : 'console.newPin.confirmHint')}
        </p>
        {problem && (
          <p id={errorId} className="console-error" data-testid={errorId}>
            {problem}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="console-form" noValidate onSubmit={(e) => void submit(e)}>
      {field('new', pin, setPin, problems.pin ? t('console.pinRules.format') : null)}
      {field(
        'confirm',
        confirm,
        setConfirm,
        problems.confirm ? t('console.pinRules.mismatch') : null,
      )}
      <div className="console-actions">
        <button
          type="submit"
          className="console-button console-primary"
          data-testid={`${prefix}-save`}
          disabled={pending}
        >
          {saveLabel}
        </button>
        {actions}
      </div>
      <p
        className={outcome?.ok ? 'console-success' : 'console-error'}
        data-testid={`${prefix}-message`}
        role="status"
      >
        {outcome?.message}
      </p>
    </form>
  );
}
