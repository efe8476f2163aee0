// How to use the kiosk, in three pictured steps, and what it does not keep.
import { useTranslation } from 'react-i18next';
import { EyeIcon, NoGlassesIcon, PersonIcon } from '../parts/Icons';
import type { ScreenText } from '../choose-screen';

export function IdleScreen({ text }: { text: ScreenText }) {
  const { t } = useTranslation();
  return (
    <section className="screen screen-idle">
      <h1 className="headline">{text.title}</h1>
      <ol className="steps">
        <li className="step">
          <PersonIcon />
          <span>{t('idle.steps.onePerson')}</span>
        </li>
        <li className="step">
          <NoGlassesIcon />
          <span>{t('idle.steps.hatGlasses')}</span>
        </li>
        <li className="step">
          <EyeIcon />
          <span>{t('idle.steps.lookAtSensor')}</span>
        </li>
      </ol>
      <p className="privacy">{t('idle.privacy')}</p>
    </section>
  );
}
