// Typed keys: t('…') accepts only keys of the English resource, which every language must match.
import 'i18next';
import type { Messages } from './walkthrough/en';
import type { PackMessages } from './pack/en';
import type { ReadinessMessages } from './readiness/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages; pack: PackMessages; readiness: ReadinessMessages };
  }
}
