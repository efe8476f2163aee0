// Changing the staff PIN from an unlocked console. The kiosk then ends every other open console
// session. The demo's PIN is fixed (it is printed on the screen), so there the kiosk refuses.
import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store/kiosk-store';
import { callErrorText } from '../shared/call-error';
import { NewPinForm, type SaveOutcome } from '../pin/NewPinForm';
import { useStaffCall } from '../shared/staff-api';

export function ChangePin() {
  const { t } = useTranslation();
  const staffCall = useStaffCall();
  const demoPin = useKioskStore((s) => s.staffInfo?.demoPin ?? null);

  const save = async (pin: string): Promise<SaveOutcome> => {
    const result = await staffCall('staffChangePin', { pin });
    if (result.ok) return { ok: true, message: t('console.changePin.done') };
    if (demoPin && result.error.code === 'rejected')
      return { ok: false, message: t('console.changePin.demoFixed') };
    return { ok: false, message: callErrorText(result.error, t) };
  };

  return (
    <section className="console-card" aria-labelledby="change-pin-title">
      <h3 id="change-pin-title" className="console-card-title">
        {t('console.changePin.title')}
      </h3>
      {demoPin && <p className="console-hint">{t('console.changePin.demoFixed')}</p>}
      <NewPinForm prefix="pin-change" saveLabel={t('console.changePin.save')} onSave={save} />
    </section>
  );
}
