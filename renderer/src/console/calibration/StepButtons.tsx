// Back and Next at the foot of a step.
import { useTranslation } from 'react-i18next';

interface Props {
  onBack?: () => void;
  onNext?: () => void;
  nextDisabled?: boolean;
  backDisabled?: boolean;
  nextLabel?: string;
}

export function StepButtons({ onBack, onNext, nextDisabled, backDisabled, nextLabel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="cal-buttons">
      {onBack && (
        <button type="button" data-testid="cal-back" disabled={backDisabled} onClick={onBack}>
          {t('thermal.calibration.back')}
        </button>
      )}
      {onNext && (
        <button
          type="button"
          className="cal-primary"
          data-testid="cal-next"
          disabled={nextDisabled}
          onClick={onNext}
        >
          {nextLabel ?? t('thermal.calibration.next')}
        </button>
      )}
    </div>
  );
}
