// Step 4: the fit staff accepted is saved and used from the next reading.
import { useTranslation } from 'react-i18next';
import type { SiteControls } from './use-site-wizard';
import { useSiteText } from './use-site-text';

export function DoneStep({ w }: { w: SiteControls }) {
  const { t } = useTranslation();
  const text = useSiteText();
  const ended = w.state?.ended;
  return (
    <>
      <h3 className="cal-heading cal-ok" tabIndex={-1} data-testid="site-done">
        {t('site.done.saved')}
      </h3>
      {ended?.how === 'accepted' && <p>{text.calibration(ended.calibration)}</p>}
      <div className="cal-buttons">
        <button
          type="button"
          data-testid="site-again"
          disabled={w.busy !== null}
          onClick={() => void w.start()}
        >
          {t('site.done.again')}
        </button>
      </div>
    </>
  );
}
