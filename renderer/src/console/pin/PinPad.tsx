// Unlocking the console: a PIN field and a large on-screen keypad for the touch screen. The kiosk
// tells from the PIN whose it is: the staff PIN opens everything, the HR PIN the export. Wrong PINs
// say how many tries are left; after too many the kiosk refuses for a while, counted down here.
import './pin.css';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnlockResult } from '@contract/staff.js';
import { useKioskStore } from '../../store/kiosk-store';
import { callErrorText } from '../shared/call-error';
import type { LockNotice } from '../shell/console-view';
import { useKioskApi } from '../shared/staff-api';
import { Keypad } from './Keypad';
import { isPinFormat, pinDigits } from './pin-rules';
import { useCountdown } from './use-countdown';

type Message =
  | { kind: 'inactivity' }
  | { kind: 'format' }
  | { kind: 'wrong'; triesLeft: number }
  | { kind: 'error'; text: string };

function messageText(message: Message, t: TFunction): string {
  switch (message.kind) {
    case 'inactivity':
      return t('console.pin.inactivity');
    case 'format':
      return t('console.pinRules.format');
    case 'wrong':
      return t('console.pin.wrong', { count: message.triesLeft });
    case 'error':
      return message.text;
  }
}

export function PinPad({ notice, onNoPin }: { notice: LockNotice; onNoPin: () => void }) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const demoPin = useKioskStore((s) => s.staffInfo?.demoPin ?? null);
  const demoHrPin = useKioskStore((s) => s.staffInfo?.demoHrPin ?? null);
  const [pin, setPin] = useState('');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<Message | null>(
    notice === 'inactivity' ? { kind: 'inactivity' } : null,
  );
  const [lockedSeconds, startLockout] = useCountdown();
  const lockedOut = lockedSeconds > 0;

  const answer = (result: UnlockResult): void => {
    switch (result.status) {
      case 'unlocked':
        useKioskStore.getState().setSession(result.session, result.role);
        return;
      case 'wrong-pin':
        setMessage({ kind: 'wrong', triesLeft: result.triesLeft });
        return;
      case 'locked-out':
        setMessage(null);
        startLockout(result.retryInSeconds);
        return;
      case 'no-pin':
        onNoPin();
        return;
    }
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (lockedOut || pending) return;
    if (!api) {
      setMessage({ kind: 'error', text: t('console.unreachable') });
      return;
    }
    if (!isPinFormat(pin)) {
      setMessage({ kind: 'format' });
      return;
    }
    setPending(true);
    const result = await api.call('staffUnlock', { pin });
    setPending(false);
    setPin('');
    if (result.ok) answer(result.value);
    else setMessage({ kind: 'error', text: callErrorText(result.error, t) });
  };

  const text = lockedOut
    ? t('console.pin.lockedOut', { n: lockedSeconds })
    : message && messageText(message, t);

  return (
    <form className="console-pin" noValidate onSubmit={(e) => void submit(e)}>
      <h3 className="console-heading">{t('console.pin.title')}</h3>
      {demoPin && (
        <p className="console-hint" data-testid="pin-demo-hint">
          {demoHrPin
            ? t('console.pin.demoWithHr', { pin: demoPin, hrPin: demoHrPin })
            : t('console.pin.demo', { pin: demoPin })}
        </p>
      )}
      <label className="console-label" htmlFor="pin-input">
        {t('console.pin.label')}
      </label>
      <input
        id="pin-input"
        className="console-input pin-input"
        data-testid="pin-input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        autoFocus
        value={pin}
        aria-describedby={text ? 'pin-message' : undefined}
        aria-invalid={message?.kind === 'format' || message?.kind === 'wrong' || undefined}
        onChange={(e) => setPin(pinDigits(e.target.value))}
      />
      <p
        id="pin-message"
        className={message?.kind === 'inactivity' && !lockedOut ? 'console-note' : 'console-error'}
        data-testid="pin-message"
        role="status"
      >
        {text}
      </p>
      <Keypad
        onDigit={(d) => setPin((p) => pinDigits(p + d))}
        onBack={() => setPin((p) => p.slice(0, -1))}
        onClear={() => setPin('')}
      />
      <button
        type="submit"
        className="console-button console-primary pin-submit"
        data-testid="pin-submit"
        disabled={lockedOut || pending}
      >
        {t('console.pin.submit')}
      </button>
    </form>
  );
}
