// The deployment pack's papers in every language (registered as i18next's 'pack' namespace).
import { packAr } from './ar';
import { packEn, type PackMessages } from './en';
import { packEs } from './es';
import { packFr } from './fr';
import { packZh } from './zh';

export type { PackMessages };

export const PACK_MESSAGES = { en: packEn, es: packEs, fr: packFr, zh: packZh, ar: packAr };
