// Site calibration with people (staff console), English: the reference shape for the other
// languages. The kiosk's own sentences (problems, refusals) stay in English, like its other
// explanations.
import type { SiteInterruption } from '@contract/site-calibration.js';
import type { SiteStep } from '../../console/site-calibration/site-values';
import type { ValueProblem } from '../../console/site-calibration/site-values';

export const siteEn = {
  title: 'Site calibration with people',
  inUse: 'In use: {{calibration}}',
  inUseNone: 'No site calibration for this sensor: none is needed, it resolves the face.',
  modelOnly: 'Readings rest on the physical model only: run a site calibration.',
  calibrationLine:
    '{{date}}, offset {{offset}} ± {{se}}, spread {{spread}}, {{n}} volunteers (sensor {{sensor}})',
  metres: '{{value}} m',
  metresRange: '{{min}}–{{max}} m',
  percent: '{{value}} %',
  steps: {
    label: 'Site calibration steps',
    intro: 'Start',
    volunteers: 'Volunteers',
    result: 'Fit',
    done: 'Done',
  },
  intro: {
    heading: 'Calibrate this kiosk against a clinical thermometer',
    what: 'A low-resolution sensor cannot see the hottest spot of a face, so its readings rest on a physical model. Reading real people here fits the kiosk to this site: this sensor, its lens, this room and this distance.',
    volunteers: 'At least {{min}} volunteers who feel well.',
    thermometer: 'A clinical thermometer (oral or ear).',
    order:
      'Each volunteer steps up to the kiosk and holds still; right after the kiosk’s reading, take their temperature with the thermometer and type it here. The kiosk’s own reading is not shown, so it cannot sway what you type.',
    privacy:
      'The values stay in the kiosk’s memory for this session only, and only the fitted offset is saved. Locking the console discards them.',
    elsewhere:
      'A site calibration is open in another console session: finish it there, or lock that console to discard it.',
    start: 'Start',
  },
  volunteers: {
    heading: 'Volunteers',
    intro:
      'Press “Read next volunteer”, ask them to step up to the kiosk and hold still, then type the thermometer’s reading once the kiosk has taken its own.',
    count: 'Volunteers with a value: {{n}} (at least {{min}} needed)',
    table: 'Volunteers in this session',
    volunteer: 'Volunteer',
    kiosk: 'Kiosk',
    thermometer: 'Thermometer',
    actions: 'Actions',
    waiting: 'Waiting for the kiosk’s reading…',
    taken: 'Reading taken',
    valueLabel: 'Thermometer reading of volunteer {{n}} ({{unit}})',
    save: 'Save',
    clear: 'Clear',
    drop: 'Drop',
    dropLabel: 'Drop volunteer {{n}}',
    readNext: 'Read next volunteer',
    fit: 'Fit',
    discard: 'Discard the session',
    errors: {
      number: 'Type the thermometer reading as a number, e.g. {{example}}',
      range: 'Outside {{min}}–{{max}}: check the thermometer and type the value again',
    },
  },
  result: {
    heading: 'Fit',
    offset: 'Offset (body − the kiosk’s corrected face maximum)',
    offsetValue: '{{offset}} ± {{se}} (standard error)',
    spread: 'Spread between volunteers (1σ)',
    n: 'Volunteers',
    distance: 'Where they stood',
    expected: 'To expect at the {{threshold}} threshold',
    sensitivity: 'A person at {{at}} is referred: {{share}}',
    specificity: 'A person at {{at}} passes: {{share}}',
    problems: 'Fix these before accepting:',
    noProblems: 'The fit passed its checks: it can be accepted.',
    saving: 'Saving…',
    discard: 'Discard',
    back: 'Back to the volunteers',
    accept: 'Accept and use',
  },
  done: {
    saved: 'Site calibration saved: the kiosk uses it from the next reading.',
    again: 'Start a new site calibration',
  },
  ended: {
    discarded: 'The last session was discarded: nothing was saved.',
    interrupted: {
      locked:
        'The session was interrupted by locking the console: the values were discarded; start again.',
      'auto-lock':
        'The session was interrupted by the auto-lock: the values were discarded; start again.',
      'pin-changed':
        'The session was interrupted by a change of the staff PIN: the values were discarded; start again.',
      'sensor-changed':
        'The session was interrupted because the sensor changed: the values were discarded; start again.',
    },
  },
};

export type SiteMessages = typeof siteEn;

/** The keys that must follow the contract and the wizard's own steps and checks. */
interface FollowsContract {
  steps: Record<SiteStep, string>;
  volunteers: { errors: Record<ValueProblem, string> };
  ended: { interrupted: Record<SiteInterruption, string> };
}
// A compile-time check only: fails when the contract gains a value English has no text for.
const _followsContract: FollowsContract = siteEn;
