// The Status tab's recent device events (the audit trail), English: the reference shape for the
// other languages. Each event's detail stays the kiosk's own English words, like its other
// explanations; only the headings and the kinds' labels are translated.
import type { DeviceEventKind } from '@contract/device-events.js';

export const auditEn = {
  title: 'Recent events',
  empty: 'No events yet',
  time: 'Time',
  event: 'Event',
  detail: 'Detail',
  // `satisfies`: a kind the contract gains fails the type check until it has a label here.
  kind: {
    'kiosk-started': 'Kiosk started',
    'sensor-connected': 'Sensor connected',
    'sensor-lost': 'Sensor lost',
    'calibration-accepted': 'Calibration accepted',
    'settings-changed': 'Settings changed',
    'screening-paused': 'Screening paused',
    'screening-resumed': 'Screening resumed',
    'database-set-aside': 'Damaged database set aside',
    'pin-failed': 'Wrong PIN',
    'pin-locked-out': 'PIN locked out',
    'console-unlocked': 'Console unlocked',
    'counts-exported': 'Counts exported',
    'kiosk-exited': 'Kiosk mode left',
  } satisfies Record<DeviceEventKind, string>,
};

export type AuditMessages = typeof auditEn;
