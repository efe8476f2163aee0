// Every user-facing text, in one table per language keyed by id. Ids for reasons are derived from
// the contract's enums, so a new reason there fails the type check until it has a text here.
import type { PauseReason, RetryReason, SensorStatus } from '../../electron/contract/schemas.js';
import type { LinkState } from './link';

/** Why the screen is paused: the kiosk's own reasons plus the page's link to the kiosk. */
export type PausedWhy = PauseReason | 'link-connecting' | 'link-lost' | 'no-token';

export type StringId =
  | 'idle.title'
  | 'idle.hint'
  | 'measuring.title'
  | 'measuring.progress'
  | 'pass.title'
  | 'pass.detail'
  | 'refer.title'
  | 'refer.detail'
  | 'retry.title'
  | `retry.reason.${RetryReason}`
  | 'paused.title'
  | `paused.reason.${PausedWhy}`
  | 'demo.badge'
  | 'staff.label'
  | 'staff.sensor'
  | 'staff.sensor.unknown'
  | `staff.sensor.${SensorStatus['state']}`
  | `staff.sensor.fault.${NonNullable<SensorStatus['fault']>}`
  | 'staff.room.cold'
  | 'staff.room.warm'
  | 'staff.today'
  | 'staff.today.unknown'
  | 'staff.today.screened'
  | 'staff.today.pass'
  | 'staff.today.refer'
  | 'staff.today.retry'
  | 'staff.link'
  | `staff.link.${LinkState}`
  | 'staff.error';

export type StringTable = Record<StringId, string>;

export const en: StringTable = {
  'idle.title': 'Please step up to the screen',
  'idle.hint': 'One person at a time · remove hat and glasses',
  'measuring.title': 'Hold still',
  'measuring.progress': 'Measuring',
  'pass.title': '✓ PASS',
  'pass.detail': 'You may enter',
  'refer.title': 'Please see staff for a second check',
  'refer.detail':
    'This is not a diagnosis. A staff member will confirm with a clinical thermometer.',
  'retry.title': 'Please try again',
  'retry.reason.too-far': 'Step closer to the screen',
  'retry.reason.too-close': 'Please step back a little',
  'retry.reason.uncertain':
    'The reading was not clear enough — please stand still, facing the screen',
  'retry.reason.one-person': 'One person at a time, please',
  'retry.reason.hold-still': 'Please hold still',
  'retry.reason.too-cold':
    'You seem to have just come in from the cold — please wait a few minutes, then try again',
  'retry.reason.too-warm':
    'You seem warm from outside or exercise — please wait a few minutes, then try again',
  'paused.title': 'Screening paused — please see staff',
  'paused.reason.starting': 'Starting…',
  'paused.reason.sensor-disconnected': 'Thermal sensor not connected',
  'paused.reason.sensor-stalled': 'Thermal sensor stopped sending',
  'paused.reason.sensor-frozen': 'Thermal sensor image is frozen',
  'paused.reason.sensor-garbage': 'Thermal sensor data unreadable (wrong baud rate?)',
  'paused.reason.blackbody-missing': 'Reference blackbody not in view',
  'paused.reason.blackbody-moved': 'Reference blackbody has moved',
  'paused.reason.blackbody-unstable': 'Reference blackbody reading unstable',
  'paused.reason.blackbody-out-of-tolerance': 'Reference blackbody reading out of tolerance',
  'paused.reason.records-unavailable': 'Count storage unavailable',
  'paused.reason.estimator-restarting': 'Restarting the temperature estimator…',
  'paused.reason.link-connecting': 'Connecting to the kiosk…',
  'paused.reason.link-lost': 'Connection to the kiosk lost — reconnecting…',
  'paused.reason.no-token':
    'This kiosk page must be opened from the URL the kiosk printed (it carries an access token)',
  'demo.badge': 'DEMO — simulated sensor',
  'staff.label': 'Staff information',
  'staff.sensor': 'Sensor',
  'staff.sensor.unknown': 'unknown',
  'staff.sensor.none': 'none',
  'staff.sensor.connecting': 'connecting',
  'staff.sensor.detecting': 'detecting protocol',
  'staff.room.cold': 'Room below 18 °C: readings less reliable',
  'staff.room.warm': 'Room above 24 °C: readings less reliable',
  'staff.sensor.fault.stalled': 'stalled',
  'staff.sensor.fault.frozen': 'frozen',
  'staff.sensor.fault.garbage': 'unreadable data',
  'staff.sensor.streaming': 'streaming',
  'staff.sensor.disconnected': 'disconnected',
  'staff.today': 'Today',
  'staff.today.unknown': 'no counts yet',
  'staff.today.screened': 'screened',
  'staff.today.pass': 'pass',
  'staff.today.refer': 'refer',
  'staff.today.retry': 'retry',
  'staff.link': 'Link',
  'staff.link.connecting': 'connecting',
  'staff.link.open': 'open',
  'staff.link.lost': 'lost',
  'staff.error': 'Last error',
};

/** Looks up a text in the current language (English until a language setting exists). */
export function t(id: StringId): string {
  return en[id];
}
