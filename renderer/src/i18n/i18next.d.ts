// Typed keys: t('…') accepts only keys of the English resource, which every language must match.
import 'i18next';
import type { Messages } from './walkthrough/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
