// The blackbody region as four numbers: follows the drag, and can be typed instead (the keyboard
// alternative to dragging). Each field says the range it must be in.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '@contract/staff.js';
import { sameRegion, type Size } from '../thermal/geometry';
import {
  checkRegionDraft,
  REGION_FIELDS,
  regionDraft,
  type RegionDraft,
  type RegionField,
} from './region-fields';

const TEST_IDS: Record<RegionField, string> = {
  col: 'cal-col',
  row: 'cal-row',
  width: 'cal-width',
  height: 'cal-height',
};

interface Props {
  region: Region | null;
  /** Unknown until the first frame: the fields wait for it. */
  image: Size | null;
  onChange: (region: Region | null) => void;
}

export function RegionFields({ region, image, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [shown, setShown] = useState({ draft: regionDraft(region), region });
  // A drag (or the kiosk's saved region) changed it: show the new numbers.
  if (!sameRegion(shown.region, region)) {
    setShown({ draft: region ? regionDraft(region) : shown.draft, region });
  }

  const checked = image ? checkRegionDraft(shown.draft, image) : null;

  function change(field: RegionField, text: string) {
    const draft: RegionDraft = { ...shown.draft, [field]: text };
    const next = image ? checkRegionDraft(draft, image).region : null;
    setShown({ draft, region: next });
    onChange(next);
  }

  return (
    <fieldset className="cal-region-fields" disabled={!image}>
      <legend>{t('thermal.calibration.region.fields')}</legend>
      {REGION_FIELDS.map((field) => {
        const range = checked?.errors[field];
        const errorId = `${id}-${field}-error`;
        return (
          <div className="thermal-field" key={field}>
            <label htmlFor={`${id}-${field}`}>{t(`thermal.calibration.region.${field}`)}</label>
            <input
              id={`${id}-${field}`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={shown.draft[field]}
              aria-invalid={range ? true : undefined}
              aria-describedby={range ? errorId : undefined}
              data-testid={TEST_IDS[field]}
              onChange={(e) => change(field, e.target.value)}
            />
            {range && (
              <p id={errorId} className="thermal-field-error">
                {t('thermal.calibration.region.range', { min: range.min, max: range.max })}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
