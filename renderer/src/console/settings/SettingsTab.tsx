// Every kiosk setting in one form, checked with the kiosk's own bounds before anything is sent
// (bad fields say why, next to them, after the first save). The kiosk applies saved settings at
// once and sends them back as a 'settings' event, which the store applies.
import './settings.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTINGS_LIMITS } from '@contract/settings.js';
import { LANGUAGE_CODES, LANGUAGES } from '../../i18n';
import { useKioskStore } from '../../store/kiosk-store';
import { callErrorText } from '../shared/call-error';
import { useStaffCall } from '../shared/staff-api';
import { useLocale } from '../../i18n/use-locale';
import { ChangePin } from './ChangePin';
import { CheckField, NumberField, RangeField, SelectField, TextField } from '../shared/fields';
import { HrPin } from './HrPin';
import { BundleSettings } from './BundleSettings';
import {
  fieldBounds,
  fieldStep,
  formFromSettings,
  readSettingsForm,
  withUnits,
  type NumberFieldId,
  type SettingsForm,
} from './settings-form';
import { CONTACT_LINE_MAX, KIOSK_NAME_MAX, useProblemTexts } from './use-problem-texts';

type Outcome = { ok: true } | { ok: false; text: string } | null;

export function SettingsTab() {
  const { t } = useTranslation();
  const locale = useLocale();
  const staffCall = useStaffCall();
  // Edited locally: settings saved elsewhere meanwhile do not overwrite what is being typed.
  const [form, setForm] = useState<SettingsForm>(() =>
    formFromSettings(useKioskStore.getState().settings),
  );
  const [checked, setChecked] = useState(false);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const read = readSettingsForm(form);
  // Problems show from the first save on, and then follow the typing.
  const problems = checked && !read.ok ? read.problems : {};

  const edit = (change: (f: SettingsForm) => SettingsForm): void => {
    setForm(change);
    setOutcome(null);
  };
  const setNumber = (id: NumberFieldId, value: string): void =>
    edit((f) => ({ ...f, numbers: { ...f.numbers, [id]: value } }));

  const { unitText, problemText, nameProblemText, contactProblemText } = useProblemTexts(
    form.units,
  );

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setChecked(true);
    setOutcome(null);
    if (!read.ok) {
      document.getElementById(`setting-${read.first}`)?.focus();
      return;
    }
    setPending(true);
    const result = await staffCall('updateSettings', { settings: read.settings });
    setPending(false);
    if (result.ok) {
      setForm(formFromSettings(result.value));
      setChecked(false);
      setOutcome({ ok: true });
    } else {
      setOutcome({ ok: false, text: callErrorText(result.error, t) });
    }
  };

  const number = (id: NumberFieldId, label: string, hint: string | null, inUnits = false) => {
    const { min, max } = fieldBounds(id, form.units);
    return (
      <NumberField
        id={id}
        label={
          inUnits ? t('console.settings.withUnit', { label, unit: unitText(form.units) }) : label
        }
        hint={hint}
        problem={problemText(problems[id])}
        value={form.numbers[id]}
        min={Number(min.toFixed(2))}
        max={Number(max.toFixed(2))}
        step={fieldStep(id)}
        unit={inUnits ? unitText(form.units) : undefined}
        onChange={(v) => setNumber(id, v)}
      />
    );
  };

  const volume = Number(form.numbers.volume);
  const volumeText = Number.isFinite(volume)
    ? new Intl.NumberFormat(`${locale}-u-nu-latn`, { style: 'percent' }).format(volume)
    : form.numbers.volume;

  return (
    <div className="console-tab-body">
      <form className="console-form console-settings" noValidate onSubmit={(e) => void save(e)}>
        <fieldset className="console-fieldset">
          <legend>{t('console.settings.decision')}</legend>
          <SelectField
            id="mode"
            label={t('console.settings.mode')}
            hint={t(`console.settings.modeHint.${form.mode}`)}
            value={form.mode}
            options={[
              { value: 'threshold', label: t('console.settings.modes.threshold') },
              { value: 'baseline', label: t('console.settings.modes.baseline') },
            ]}
            onChange={(mode) => edit((f) => ({ ...f, mode }))}
          />
          {number(
            'threshold',
            t('console.settings.threshold'),
            t('console.settings.thresholdHint'),
            true,
          )}
          {number(
            'deviation',
            t('console.settings.deviation'),
            t(
              form.mode === 'baseline'
                ? 'console.settings.deviationHint'
                : 'console.settings.deviationUnused',
            ),
            true,
          )}
          {number('frames', t('console.settings.frames'), t('console.settings.framesHint'))}
          {number(
            'uncertainty',
            t('console.settings.uncertainty'),
            t('console.settings.uncertaintyHint'),
            true,
          )}
        </fieldset>

        <fieldset className="console-fieldset">
          <legend>{t('console.settings.screen')}</legend>
          <SelectField
            id="units"
            label={t('console.settings.units')}
            value={form.units}
            options={[
              { value: 'C', label: t('console.settings.unitNames.C') },
              { value: 'F', label: t('console.settings.unitNames.F') },
            ]}
            onChange={(units) => edit((f) => withUnits(f, units))}
          />
          <SelectField
            id="language"
            label={t('console.settings.language')}
            hint={t('console.settings.languageHint')}
            value={form.language}
            options={LANGUAGE_CODES.map((code) => ({
              value: code,
              label: LANGUAGES[code].label,
              lang: LANGUAGES[code].htmlLang,
            }))}
            onChange={(language) => edit((f) => ({ ...f, language }))}
          />
          <CheckField
            id="show-temperature"
            label={t('console.settings.showTemperature')}
            hint={t('console.settings.showTemperatureHint')}
            checked={form.showTemperature}
            onChange={(showTemperature) => edit((f) => ({ ...f, showTemperature }))}
          />
          <CheckField
            id="discreet-referral"
            label={t('console.settings.discreetReferral')}
            hint={t('console.settings.discreetReferralHint')}
            checked={form.discreetReferral}
            onChange={(discreetReferral) => edit((f) => ({ ...f, discreetReferral }))}
          />
          {number(
            'result-seconds',
            t('console.settings.resultSeconds'),
            t('console.settings.resultSecondsHint'),
          )}
        </fieldset>

        <fieldset className="console-fieldset">
          <legend>{t('console.settings.sound')}</legend>
          <RangeField
            id="volume"
            label={t('console.settings.volume')}
            problem={problemText(problems.volume)}
            value={form.numbers.volume}
            min={SETTINGS_LIMITS.volume.min}
            max={SETTINGS_LIMITS.volume.max}
            step={SETTINGS_LIMITS.volume.step}
            valueText={volumeText}
            onChange={(v) => setNumber('volume', v)}
          />
          <CheckField
            id="muted"
            label={t('console.settings.muted')}
            checked={form.muted}
            onChange={(muted) => edit((f) => ({ ...f, muted }))}
          />
        </fieldset>

        <fieldset className="console-fieldset">
          <legend>{t('console.settings.consoleAndRecords')}</legend>
          <TextField
            id="kioskName"
            label={t('console.settings.kioskName')}
            hint={t('console.settings.kioskNameHint')}
            problem={nameProblemText(problems.kioskName)}
            value={form.kioskName}
            maxLength={KIOSK_NAME_MAX + 20}
            onChange={(kioskName) => edit((f) => ({ ...f, kioskName }))}
          />
          {number('autolock', t('console.settings.autoLock'), t('console.settings.autoLockHint'))}
          {number(
            'retention',
            t('console.settings.retention'),
            t('console.settings.retentionHint'),
          )}
          <TextField
            id="contactLine"
            label={t('console.settings.contactLine')}
            hint={t('console.settings.contactLineHint', { max: CONTACT_LINE_MAX })}
            problem={contactProblemText(problems.contactLine)}
            value={form.contactLine}
            maxLength={CONTACT_LINE_MAX + 20}
            onChange={(contactLine) => edit((f) => ({ ...f, contactLine }))}
          />
        </fieldset>

        <fieldset className="console-fieldset">
          <legend>{t('console.settings.readiness')}</legend>
          {number('warm-up', t('console.settings.warmUp'), t('console.settings.warmUpHint'))}
          {number(
            'calibration-due',
            t('console.settings.calibrationDue'),
            t('console.settings.calibrationDueHint'),
          )}
        </fieldset>
        <BundleSettings form={form} problems={problems} edit={edit} />

        <div className="console-actions">
          <button
            type="submit"
            className="console-button console-primary"
            data-testid="settings-save"
            disabled={pending}
          >
            {t('console.settings.save')}
          </button>
        </div>
        <div role="status">
          {outcome?.ok === true && (
            <p className="console-success" data-testid="settings-saved">
              {t('console.settings.saved')}
            </p>
          )}
          {outcome?.ok === false && (
            <p className="console-error" data-testid="settings-message">
              <bdi>{outcome.text}</bdi>
            </p>
          )}
          {checked && !read.ok && (
            <p className="console-error" data-testid="settings-invalid">
              {t('console.settings.fixFields')}
            </p>
          )}
        </div>
      </form>
      <div className="console-cards">
        <ChangePin />
        <HrPin />
      </div>
    </div>
  );
}
