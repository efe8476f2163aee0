// The console forms' fields: each labelled, with an optional hint and, when the value is bad, a
// message tied to it (aria-describedby, aria-invalid). Test ids: setting-<id> and error-<id> in the
// settings; with another scope (e.g. 'export'), export-<id> and error-export-<id>.
import type { ReactNode } from 'react';

function describedBy(hintId: string | null, errorId: string | null): string | undefined {
  return [errorId, hintId].filter(Boolean).join(' ') || undefined;
}

interface FieldProps {
  id: string;
  /** The form the field belongs to: 'setting' unless told. */
  scope?: string;
  label: string;
  hint?: string | null;
  problem?: string | null;
}

/** The element ids (also test ids) of a field's input, hint and message. */
function fieldIds({ id, scope = 'setting' }: FieldProps) {
  const base = scope === 'setting' ? id : `${scope}-${id}`;
  return { input: `${scope}-${id}`, hint: `hint-${base}`, error: `error-${base}` };
}

function FieldFrame(props: FieldProps & { children: ReactNode }) {
  const { label, hint, problem, children } = props;
  const ids = fieldIds(props);
  return (
    <div className="console-field">
      <label className="console-label" htmlFor={ids.input}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={ids.hint} className="console-hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={ids.error} className="console-error" data-testid={ids.error}>
          {problem}
        </p>
      )}
    </div>
  );
}

function aria(props: FieldProps) {
  const ids = fieldIds(props);
  return {
    id: ids.input,
    'data-testid': ids.input,
    'aria-invalid': props.problem ? true : undefined,
    'aria-describedby': describedBy(props.hint ? ids.hint : null, props.problem ? ids.error : null),
  } as const;
}

/** A line of text or a date (the date picker's value is YYYY-MM-DD whatever the language). */
export function TextField(
  props: FieldProps & {
    value: string;
    type?: 'text' | 'date';
    maxLength?: number;
    onChange: (value: string) => void;
  },
) {
  const { value, type = 'text', maxLength, onChange } = props;
  return (
    <FieldFrame {...props}>
      <input
        className={
          type === 'date' ? 'console-input console-date' : 'console-input console-text-input'
        }
        type={type}
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        value={value}
        {...aria(props)}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldFrame>
  );
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
  const { value, min, max, step, unit, onChange } = props;
  return (
    <FieldFrame {...props}>
      <div className="console-inline">
        <input
          className="console-input console-number"
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
  const { value, options, onChange } = props;
  return (
    <FieldFrame {...props}>
      <select
        className="console-input"
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
  const { value, min, max, step, valueText, onChange } = props;
  return (
    <FieldFrame {...props}>
      <div className="console-inline">
        <input
          className="console-range"
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          aria-valuetext={valueText}
          {...aria(props)}
          onChange={(e) => onChange(e.target.value)}
        />
        <output htmlFor={fieldIds(props).input} className="console-output">
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
