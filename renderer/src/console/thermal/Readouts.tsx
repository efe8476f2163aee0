// The frame's coldest and warmest pixel and the one under the pointer, one decimal, in the
// chosen unit.
import { useTranslation } from 'react-i18next';
import type { ThermalView } from '@contract/staff.js';
import { pixelAt } from './frame-stats';
import type { Cell } from './geometry';
import { useTemperature } from '../../i18n/use-locale';

export function Readouts({ view, cursor }: { view: ThermalView | null; cursor: Cell | null }) {
  const { t } = useTranslation();
  const fmt = useTemperature();
  const none = t('thermal.noValue');
  const under = view && cursor ? pixelAt(view, cursor) : null;
  return (
    <div className="thermal-readouts">
      <h3 className="thermal-subheading">{t('thermal.readout.label')}</h3>
      <dl className="readouts">
        <div>
          <dt>{t('thermal.readout.min')}</dt>
          <dd data-testid="thermal-min">{view ? fmt.temp(view.minC) : none}</dd>
        </div>
        <div>
          <dt>{t('thermal.readout.max')}</dt>
          <dd data-testid="thermal-max">{view ? fmt.temp(view.maxC) : none}</dd>
        </div>
        <div>
          <dt>{t('thermal.readout.cursor')}</dt>
          <dd data-testid="thermal-cursor">{under === null ? none : fmt.temp(under)}</dd>
        </div>
      </dl>
      <p className="thermal-note">{t('thermal.readout.note')}</p>
    </div>
  );
}
