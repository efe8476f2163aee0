// First run: the kiosk has no staff PIN yet, so the first person at the console chooses one (it
// opens the console at once). Anyone at the kiosk could do this, so it is done when installing.
import { useTranslation } from 'react-i18next';
import { useKioskStore } from '../../store/kiosk-store';
import { callErrorText } from '../shared/call-error';
import { useKioskApi } from '../shared/staff-api';
import { NewPinForm, type SaveOutcome } from './NewPinForm';

export function SetPinForm() {
  const { t } = useTranslation();
  const api = useKioskApi();

  const save = async (pin: string): Promise<SaveOutcome> => {
    if (!api) return { ok: false, message: t('console.unreachable') };
    const result = await api.call('staffSetPin', { pin });
    if (!result.ok) return { ok: false, message: callErrorText(result.error, t) };
    if (result.value.status === 'unlocked') {
      useKioskStore.getState().setSession(result.value.session, result.value.role);
      return { ok: true, message: null };
    }
    // Another console set a PIN first: the kiosk's 'staff' event brings the PIN pad back.
    return { ok: false, message: t('console.setPin.alreadySet') };
  };

  return (
    <section className="console-pin" aria-labelledby="set-pin-title">
      <h3 id="set-pin-title" className="console-heading">
        {t('console.setPin.title')}
      </h3>
      <p className="console-text">{t('console.setPin.intro')}</p>
      <NewPinForm prefix="pin" saveLabel={t('console.setPin.save')} autoFocus onSave={save} />
    </section>
  );
}
