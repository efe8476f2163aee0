// A temperature typed in the chosen unit and handed on in °C (null while it is not a number).
// The typed text is kept as typed; it is rewritten only when the value or the unit changes
// from outside.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromDisplayUnits, toDisplayUnits, type Units } from '@contract/settings.js';
import { inputNumber, parseNumber } from '../../i18n/format';

export interface TemperatureInputProps {
  label: string;
  testId: string;
  valueC: number | null;
  units: Units;
  onChange: (c: number | null) => void;
  /** A problem with the value (out of range, …), shown under the input. */
  error?: string | null;
  /** Always shown under the input. */
  hint?: string;
  disabled?: boolean;
}

interface Shown {
  text: string;
  valueC: number | null;
  units: Units;
}

const textFor = (c: number | null, units: Units, fallback: string) =>
  c === null ? fallback : inputNumber(toDisplayUnits(c, units), 2);

export function TemperatureInput(props: TemperatureInputProps) {
  const { label, testId, valueC, units, onChange, error, hint, disabled } = props;
  const { t } = useTranslation();
  const id = useId();
  const [shown, setShown] = useState<Shown>(() => ({
    text: textFor(valueC, units, ''),
    valueC,
    units,
  }));
  // Changed from outside (the kiosk's value arrived, the unit was switched): show the new value.
  if (shown.valueC !== valueC || shown.units !== units) {
    setShown({ text: textFor(valueC, units, shown.text), valueC, units });
  }

  const typed = parseNumber(shown.text);
  const message = typed === null ? t('thermal.input.notNumber') : (error ?? null);

  function change(text: string) {
    const n = parseNumber(text);
    const c = n === null ? null : fromDisplayUnits(n, units);
    setShown({ text, valueC: c, units });
    onChange(c);
  }

  const described = [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean);
  return (
    <div className="thermal-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={shown.text}
        disabled={disabled}
        aria-invalid={message ? true : undefined}
        aria-describedby={described.length > 0 ? described.join(' ') : undefined}
        data-testid={testId}
        onChange={(e) => change(e.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="thermal-hint">
          {hint}
        </p>
      )}
      {message && (
        <p id={`${id}-error`} className="thermal-field-error">
          {message}
        </p>
      )}
    </div>
  );
}
