// The Settings form's messages next to bad fields, in the page's language: a number out of its
// bounds (in the unit on screen), the kiosk's name and the contact line against their schemas.
import { useTranslation } from 'react-i18next';
import type { Units } from '@contract/settings.js';
import type { ContactProblem, FieldProblem, NameProblem } from './settings-form';

/** KioskNameSchema's longest name (the field takes a little more, so the message can say why). */
export const KIOSK_NAME_MAX = 40;
/** ContactLineSchema's longest line (the field takes a little more, as above). */
export const CONTACT_LINE_MAX = 160;

export function useProblemTexts(units: Units) {
  const { t } = useTranslation();
  const unitText = (u: Units): string => t(`temperature.unit.${u}`);
  const problemText = (problem: FieldProblem | undefined): string | null => {
    if (!problem) return null;
    const bounds = { min: problem.min, max: problem.max, unit: unitText(units) };
    if (problem.whole) return t('console.settings.errors.whole', bounds);
    return problem.inUnits
      ? t('console.settings.errors.rangeInUnits', bounds)
      : t('console.settings.errors.range', bounds);
  };
  const nameProblemText = (problem: NameProblem | undefined): string | null =>
    problem ? t(`console.settings.errors.name.${problem}`, { max: KIOSK_NAME_MAX }) : null;
  const contactProblemText = (problem: ContactProblem | undefined): string | null =>
    problem ? t(`console.settings.errors.contact.${problem}`, { max: CONTACT_LINE_MAX }) : null;
  return { unitText, problemText, nameProblemText, contactProblemText };
}
