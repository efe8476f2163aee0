// English: the reference resource. Its shape is the type every other language must match, and the
// keys that follow the contract's enums are checked against them below, so a new reason in the
// contract fails the type check until it has a text here (and then in every language).
import type { Guidance, RetryReason, SensorStatus } from '@contract/schemas.js';
import type { LinkState } from '../../transport/link';
import type { PausedWhy } from '../../walkthrough/choose-screen';
import { auditEn } from '../audit/en';
import { secondCheckEn } from '../second-check/en';
import { bundleEn } from '../bundle/en';
import { consoleEn } from '../console/en';
import { siteEn } from '../site/en';
import { thermalEn } from '../thermal/en';
import { LTR_TEMPERATURE } from './temperature-text';

export const en = {
  app: {
    title: 'Thermal screening',
  },
  language: {
    label: 'Language',
  },
  idle: {
    title: 'Please step up to the screen',
    steps: {
      onePerson: 'One person at a time',
      hatGlasses: 'Remove hat and glasses',
      lookAtSensor: 'Look at the sensor',
    },
    privacy: 'No images, no names and no temperatures are stored.',
  },
  measuring: {
    progress: 'Measuring progress',
    guidance: {
      'step-closer': 'Please step closer',
      'step-back': 'Please step back a little',
      'hold-still': 'Please hold still',
      'one-person': 'One person at a time, please',
      measuring: 'Measuring…',
    },
  },
  pass: {
    title: 'You may enter',
  },
  refer: {
    title: 'Please see staff for a quick second check',
    /** Discreet referral: the pass's look; only this sentence differs. */
    discreet: 'Please see the staff member',
    note: 'This is a screening, not a diagnosis. Staff will confirm with a clinical thermometer.',
  },
  retry: {
    title: 'Please try again',
    reason: {
      'too-far': 'Please step closer',
      'too-close': 'Please step back a little',
      'one-person': 'One person at a time, please',
      'hold-still': 'Please hold still',
      'too-cold':
        'You seem to have just come in from the cold — please wait a few minutes, then try again',
      'too-warm':
        'You seem to have just come in from the heat or exercise — please wait a few minutes, then try again',
      uncertain: 'The reading was not clear — please stand still, facing the screen',
    },
  },
  paused: {
    title: 'Screening paused — staff notified',
    reason: {
      starting: 'Starting…',
      'sensor-disconnected': 'Thermal sensor not connected — staff need to connect it',
      'sensor-stalled': 'Thermal sensor stopped sending',
      'sensor-frozen': 'Thermal sensor image is frozen',
      'sensor-garbage': 'Thermal sensor data unreadable (wrong baud rate?)',
      'sensor-problem': 'The thermal sensor reports a problem — staff can see it in the console',
      'sensor-detecting': 'Recognising the thermal sensor…',
      'blackbody-missing': 'Reference blackbody not in view',
      'blackbody-moved': 'Reference blackbody has moved',
      'blackbody-unstable': 'Reference blackbody reading unstable',
      'blackbody-out-of-tolerance': 'Reference blackbody reading out of tolerance',
      'records-unavailable': 'Count storage unavailable',
      'estimator-restarting': 'Restarting the temperature estimator…',
      'warming-up': 'Warming up the sensor',
      'room-too-cold': 'The room is too cold for reliable screening (18–24 °C)',
      'room-too-warm': 'The room is too warm for reliable screening (18–24 °C)',
      'link-connecting': 'Connecting to the kiosk…',
      'link-lost': 'Connection to the kiosk lost — reconnecting…',
      'no-token':
        'This kiosk page must be opened from the URL the kiosk printed (it carries an access token)',
    },
  },
  console: consoleEn,
  thermal: thermalEn,
  site: siteEn,
  audit: auditEn,
  secondCheck: secondCheckEn,
  bundle: bundleEn,
  demo: {
    badge: 'DEMO — simulated sensor',
    badgeWithPin: 'DEMO — simulated sensor · Staff PIN {{pin}}',
    badgeWithPins: 'DEMO — simulated sensor · Staff PIN {{pin}} · HR PIN {{hrPin}}',
  },
  temperature: LTR_TEMPERATURE,
  staff: {
    label: 'Staff information',
    sensorLabel: 'Sensor',
    sensorUnknown: 'unknown',
    sensorState: {
      none: 'none',
      connecting: 'connecting',
      detecting: 'detecting protocol',
      streaming: 'streaming',
      disconnected: 'disconnected',
    },
    sensorFault: {
      device: 'the sensor reports a problem',
      stalled: 'stalled',
      frozen: 'frozen',
      garbage: 'unreadable data',
    },
    room: {
      cold: 'Room below 18 °C: verdicts wait until it is back in range',
      warm: 'Room above 24 °C: verdicts wait until it is back in range',
    },
    todayLabel: 'Today',
    today: {
      unknown: 'no counts yet',
      screened: '{{n}} screened',
      pass: '{{n}} pass',
      refer: '{{n}} refer',
      retry: '{{n}} retry',
    },
    linkLabel: 'Link',
    link: {
      connecting: 'connecting',
      open: 'open',
      lost: 'lost',
    },
    error: 'Last error',
    physicalModelOnly: 'Readings rest on the physical model only: run a site calibration',
  },
};

/** The shape of every language's resource: the same keys, any wording. */
export type Messages = typeof en;

/** The keys that must follow the contract (and the page's own link states). */
interface FollowsContract {
  measuring: { guidance: Record<Guidance, string> };
  retry: { reason: Record<RetryReason, string> };
  paused: { reason: Record<PausedWhy, string> };
  staff: {
    sensorState: Record<SensorStatus['state'], string>;
    sensorFault: Record<NonNullable<SensorStatus['fault']>, string>;
    link: Record<LinkState, string>;
  };
}
// A compile-time check only: fails when the contract gains a value English has no text for.
const _followsContract: FollowsContract = en;
