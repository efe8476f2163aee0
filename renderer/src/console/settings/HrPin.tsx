// The HR PIN, set by staff next to their own: it opens the export only (the kiosk refuses every
// other call to an HR session). Staff may replace or remove it; the kiosk refuses one equal to the
// staff PIN, and in the demo, whose PINs are printed on the screen, any change.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/api.js';
import { useKioskStore } from '../../store/kiosk-store';
import { callErrorText } from '../shared/call-error';
import { NewPinForm, type SaveOutcome } from '../pin/NewPinForm';
import { useStaffCall } from '../shared/staff-api';
import { useAsked } from '../shared/use-asked';

export function HrPin() {
  const { t } = useTranslation();
  const staffCall = useStaffCall();
  const demoHrPin = useKioskStore((s) => s.staffInfo?.demoHrPin ?? null);
  // Unknown until the kiosk's status answers.
  const [hrPinSet, setHrPinSet] = useState<boolean | null>(null);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [removing, setRemoving] = useState(false);

  const askStatus = useCallback(() => staffCall('getStaffStatus', {}), [staffCall]);
  const refresh = useAsked(askStatus, (status) => {
    if (status.ok) setHrPinSet(status.value.hrPinSet);
  });

  const refused = (error: ApiError): SaveOutcome => ({
    ok: false,
    message:
      demoHrPin && error.code === 'rejected'
        ? t('console.hrPin.demoFixed', { pin: demoHrPin })
        : callErrorText(error, t),
  });

  const save = async (pin: string): Promise<SaveOutcome> => {
    const result = await staffCall('setHrPin', { pin });
    refresh();
    return result.ok ? { ok: true, message: t('console.hrPin.saved') } : refused(result.error);
  };

  const remove = async (): Promise<void> => {
    if (removing) return;
    setRemoving(true);
    setOutcome(null);
    const result = await staffCall('setHrPin', { pin: null });
    setRemoving(false);
    setOutcome(
      result.ok ? { ok: true, message: t('console.hrPin.removed') } : refused(result.error),
    );
    refresh();
  };

  return (
    <section className="console-card" aria-labelledby="hr-pin-title" data-testid="hr-pin">
      <h3 id="hr-pin-title" className="console-card-title">
        {t('console.hrPin.title')}
      </h3>
      <p className="console-text">{t('console.hrPin.intro')}</p>
      {hrPinSet !== null && (
        <p className="console-note" data-testid="hr-pin-state" data-set={hrPinSet}>
          {t(hrPinSet ? 'console.hrPin.isSet' : 'console.hrPin.notSet')}
        </p>
      )}
      {demoHrPin && (
        <p className="console-hint">{t('console.hrPin.demoFixed', { pin: demoHrPin })}</p>
      )}
      <NewPinForm
        prefix="hr-pin"
        saveLabel={t('console.hrPin.save')}
        onSave={save}
        outcome={outcome}
        onOutcome={setOutcome}
        actions={
          hrPinSet !== false && (
            <button
              type="button"
              className="console-button"
              data-testid="hr-pin-remove"
              disabled={removing}
              onClick={() => void remove()}
            >
              {t('console.hrPin.remove')}
            </button>
          )
        }
      />
    </section>
  );
}
