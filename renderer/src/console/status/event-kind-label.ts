// A device event's kind as staff read it, in their language: the labels are the audit texts in
// i18n/audit (one per kind of the contract, checked by their type).
import type { TFunction } from 'i18next';
import type { DeviceEventKind } from '@contract/device-events.js';

export function eventKindLabel(kind: DeviceEventKind, t: TFunction): string {
  return t(`audit.kind.${kind}`);
}
