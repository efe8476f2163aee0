// One volunteer: whether the kiosk has read them (never what it read), the thermometer value staff
// type once it has, with its sentence next to the field, and clearing or dropping.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SITE_LIMITS, type VolunteerSlot } from '@contract/site-calibration.js';
import { callErrorText } from '../shared/call-error';
import { useTemperature } from '../../i18n/use-locale';
import { checkClinicalValue, type ValueProblem } from './site-values';
import type { SiteControls } from './use-site-wizard';

/** The example in the "not a number" sentence, °C. */
const EXAMPLE_C = 36.8;

function ValueField({ v, w }: { v: VolunteerSlot; w: SiteControls }) {
  const { t } = useTranslation();
  const fmt = useTemperature();
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<ValueProblem | null>(null);
  const refused = w.valueErrors.get(v.slot) ?? null;
  const digits = fmt.units === 'C' ? 0 : 1;
  const message = problem
    ? t(`site.volunteers.errors.${problem}`, {
        example: fmt.temp(EXAMPLE_C, 1),
        min: fmt.temp(SITE_LIMITS.clinicalC.min, digits),
        max: fmt.temp(SITE_LIMITS.clinicalC.max, digits),
      })
    : refused
      ? callErrorText(refused, t)
      : null;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const checked = checkClinicalValue(text, fmt.units);
    if ('problem' in checked) return setProblem(checked.problem);
    setProblem(null);
    // The typed text is forgotten as soon as the kiosk holds the value.
    if (await w.enterValue(v.slot, checked.c)) setText('');
  };

  return (
    <form className="site-value" onSubmit={(e) => void submit(e)}>
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-label={t('site.volunteers.valueLabel', { n: v.slot, unit: fmt.unit })}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        data-testid={`site-value-${v.slot}`}
        onChange={(e) => {
          setText(e.target.value);
          setProblem(null);
        }}
      />
      <button type="submit" data-testid={`site-save-${v.slot}`} disabled={w.busy !== null}>
        {t('site.volunteers.save')}
      </button>
      {message && (
        <p id={`${id}-error`} className="thermal-field-error" data-testid={`site-error-${v.slot}`}>
          <bdi>{message}</bdi>
        </p>
      )}
    </form>
  );
}

export function VolunteerRow({ v, w }: { v: VolunteerSlot; w: SiteControls }) {
  const { t } = useTranslation();
  const fmt = useTemperature();
  return (
    <tr data-testid={`site-volunteer-${v.slot}`} data-reading={v.reading}>
      <th scope="row">{v.slot}</th>
      <td>{v.reading === 'taken' ? t('site.volunteers.taken') : t('site.volunteers.waiting')}</td>
      <td>
        {v.reading === 'waiting' ? (
          '—'
        ) : v.clinicalC === null ? (
          <ValueField v={v} w={w} />
        ) : (
          <span className="site-typed">
            <span data-testid={`site-typed-${v.slot}`}>{fmt.temp(v.clinicalC, 2)}</span>
            <button
              type="button"
              data-testid={`site-clear-${v.slot}`}
              disabled={w.busy !== null}
              onClick={() => void w.remove(v.slot, 'value')}
            >
              {t('site.volunteers.clear')}
            </button>
          </span>
        )}
      </td>
      <td>
        <button
          type="button"
          data-testid={`site-drop-${v.slot}`}
          aria-label={t('site.volunteers.dropLabel', { n: v.slot })}
          disabled={w.busy !== null}
          onClick={() => void w.remove(v.slot, 'volunteer')}
        >
          {t('site.volunteers.drop')}
        </button>
      </td>
    </tr>
  );
}
