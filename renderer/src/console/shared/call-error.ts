// A failed call in words for staff: what kind of failure, in their language, then the kiosk's own
// explanation (English, from the core) for the details.
import type { TFunction } from 'i18next';
import type { ApiError } from '@contract/api.js';

export function callErrorText(error: ApiError, t: TFunction): string {
  return t(`console.callError.${error.code}`, { message: error.message });
}
