// Readiness and the conditions record in every language (i18next's 'readiness' namespace).
import { readinessAr } from './ar';
import { readinessEn, type ReadinessMessages } from './en';
import { readinessEs } from './es';
import { readinessFr } from './fr';
import { readinessZh } from './zh';

export type { ReadinessMessages };

export const READINESS_MESSAGES = {
  en: readinessEn,
  es: readinessEs,
  fr: readinessFr,
  zh: readinessZh,
  ar: readinessAr,
};
