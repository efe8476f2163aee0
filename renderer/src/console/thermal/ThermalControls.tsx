// Palette and colour scale choices (shared with the calibration wizard's image).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidScale, isScaleMode, SCALE_MODES } from './colour-map';
import { isPaletteName, PALETTE_NAMES } from './palette';
import { TemperatureInput } from './TemperatureInput';
import { useTemperature } from '../../i18n/use-locale';
import { fixedScaleOf, useViewOptions } from './view-options';

export function ThermalControls() {
  const { t } = useTranslation();
  const { units, unit } = useTemperature();
  const id = useId();
  const o = useViewOptions();
  const fixed = fixedScaleOf(o);
  const invalid = fixed !== null && !isValidScale(fixed) ? t('thermal.scale.invalid') : null;

  return (
    <div className="thermal-controls">
      <div className="thermal-field">
        <label htmlFor={`${id}-palette`}>{t('thermal.palette.label')}</label>
        <select
          id={`${id}-palette`}
          data-testid="thermal-palette"
          value={o.palette}
          onChange={(e) => isPaletteName(e.target.value) && o.setPalette(e.target.value)}
        >
          {PALETTE_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(`thermal.palette.${name}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="thermal-field">
        <label htmlFor={`${id}-scale`}>{t('thermal.scale.label')}</label>
        <select
          id={`${id}-scale`}
          data-testid="thermal-scale"
          value={o.scaleMode}
          onChange={(e) => isScaleMode(e.target.value) && o.setScaleMode(e.target.value)}
        >
          {SCALE_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`thermal.scale.${mode}`)}
            </option>
          ))}
        </select>
      </div>
      {o.scaleMode === 'fixed' && (
        <div className="thermal-fixed-scale">
          <TemperatureInput
            label={t('thermal.scale.min', { unit })}
            testId="thermal-scale-min"
            valueC={o.fixedLowC}
            units={units}
            onChange={o.setFixedLow}
            error={invalid}
          />
          <TemperatureInput
            label={t('thermal.scale.max', { unit })}
            testId="thermal-scale-max"
            valueC={o.fixedHighC}
            units={units}
            onChange={o.setFixedHigh}
            error={invalid}
          />
        </div>
      )}
    </div>
  );
}
