// The settings form's fields: each labelled, with an optional hint and, when the value is bad, a
// message tied to it (aria-describedby, aria-invalid). Test ids: setting-<id> and error-<id>.
import type { ReactNode } from 'react';

function describedBy(hintId: string | null, errorId: string | null): string | undefined {
  return [errorId, hintId].filter(Boolean).join(' ') || undefined;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string | null;
  problem?: string | null;
}

function FieldFrame({ id, label, hint, problem, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="console-field">
      <label className="console-label" htmlFor={`setting-${id}`}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={`hint-${id}`} className="console-hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`error-${id}`} className="console-error" data-testid={`error-${id}`}>
          {problem}
        </p>
      )}
    </div>
  );
}

function aria({ id, hint, problem }: FieldProps) {
  return {
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy(hint ? `hint-${id}` : null, problem ? `error-${id}` : null),
  } as const;
}

export function NumberField(
  props: FieldProps & {
    value: string;
    min: number;
    max: number;
    step: number;
    /** Shown after the box ("°C"); the label names the unit for screen readers. */
    unit?: string;
    onChange: (value: string) => void;
  },
) {
  const { id, value, min, max, step, unit, onChange } = props;
  return (
    <FieldFrame {...props}>
      <div className="console-inline">
        <input
          id={`setting-${id}`}
          className="console-input console-number"
          data-testid={`setting-${id}`}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={value}
          {...aria(props)}
          onChange={(e) => onChange(e.target.value)}
        />
        {unit && (
          <span className="console-unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </div>
    </FieldFrame>
  );
}

export function SelectField<V extends string>(
  props: FieldProps & {
    value: V;
    options: readonly { value: V; label: string; lang?: string }[];
    onChange: (value: V) => void;
  },
) {
  const { id, value, options, onChange } = props;
  return (
    <FieldFrame {...props}>
      <select
        id={`setting-${id}`}
        className="console-input"
        data-testid={`setting-${id}`}
        value={value}
        {...aria(props)}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function RangeField(
  props: FieldProps & {
    value: string;
    min: number;
    max: number;
    step: number;
    /** The value in words ("50 %"), shown beside the slider and read by screen readers. */
    valueText: string;
    onChange: (value: string) => void;
  },
) {
  const { id, value, min, max, step, valueText, onChange } = props;
  return (
    <FieldFrame {...props}>
      <div className="console-inline">
        <input
          id={`setting-${id}`}
          className="console-range"
          data-testid={`setting-${id}`}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          aria-valuetext={valueText}
          {...aria(props)}
          onChange={(e) => onChange(e.target.value)}
        />
        <output htmlFor={`setting-${id}`} className="console-output">
          {valueText}
        </output>
      </div>
    </FieldFrame>
  );
}

/** A checkbox with its label beside it (the whole row is the touch target). */
export function CheckField({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string | null;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="console-field">
      <label className="console-check" htmlFor={`setting-${id}`}>
        <input
          id={`setting-${id}`}
          data-testid={`setting-${id}`}
          type="checkbox"
          checked={checked}
          aria-describedby={hint ? `hint-${id}` : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>{label}</span>
      </label>
      {hint && (
        <p id={`hint-${id}`} className="console-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
