// The on-screen digits for a touch screen, in the familiar phone layout (always left to right,
// even in Arabic, like any keypad).
import { useTranslation } from 'react-i18next';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export function Keypad({
  onDigit,
  onBack,
  onClear,
}: {
  onDigit: (digit: string) => void;
  onBack: () => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const digit = (d: string) => (
    <button
      key={d}
      type="button"
      className="keypad-key"
      data-testid={`pin-key-${d}`}
      onClick={() => onDigit(d)}
    >
      {d}
    </button>
  );
  return (
    <div className="keypad" role="group" aria-label={t('console.pin.keypad')} dir="ltr">
      {DIGITS.map(digit)}
      <button
        type="button"
        className="keypad-key keypad-word"
        data-testid="pin-key-clear"
        onClick={onClear}
      >
        {t('console.pin.clear')}
      </button>
      {digit('0')}
      <button
        type="button"
        className="keypad-key keypad-word"
        data-testid="pin-key-back"
        aria-label={t('console.pin.backLabel')}
        onClick={onBack}
      >
        {t('console.pin.back')}
      </button>
    </div>
  );
}
