// Staff console texts (English, the reference shape for the other languages). Keys that follow
// the contract's enums are checked against them at the end, like the walk-through's.
//
// Plurals: i18next picks key_one / key_other by the language's rules and falls back to the bare
// key for forms a language has that English lacks (Arabic's two, few, many), so each plural key
// also has a bare form, worded to suit any number.
import type { ApiErrorCode } from '@contract/api.js';
import type { Room } from '@contract/schemas.js';
import type { DecisionMode, Units } from '@contract/settings.js';
import type { BlackbodyState, CalibrationInfo, StaffStatus } from '@contract/staff.js';
import type { ExportGrouping } from '@contract/export.js';
import type { TabId } from '../../console/shell/console-view';
import type { ExportProblem } from '../../console/export/export-form';
import type { NameProblem } from '../../console/settings/settings-form';
import { statusEn } from '../status/en';

export const consoleEn = {
  title: 'Staff console',
  open: 'Staff',
  close: 'Close',
  unreachable: 'The kiosk cannot be reached from this page.',
  loading: 'Loading…',
  callError: {
    'invalid-request': 'Not accepted: {{message}}',
    'invalid-response': 'The kiosk sent an unexpected answer: {{message}}',
    unavailable: 'The kiosk cannot be reached: {{message}}',
    internal: 'Something went wrong in the kiosk: {{message}}',
    unauthorized: 'The console is locked: enter the PIN again.',
    rejected: 'The kiosk refused: {{message}}',
  },
  pin: {
    title: 'Enter the staff or HR PIN',
    label: 'PIN',
    submit: 'Unlock',
    keypad: 'PIN keypad',
    clear: 'Clear',
    back: '⌫',
    backLabel: 'Delete the last digit',
    wrong: 'Wrong PIN — tries left: {{count}}',
    wrong_one: 'Wrong PIN — {{count}} try left',
    wrong_other: 'Wrong PIN — {{count}} tries left',
    lockedOut: 'Too many wrong tries — try again in {{n}} s',
    inactivity: 'Locked after inactivity — enter the PIN',
    demo: 'Demo: the staff PIN is {{pin}}',
    demoWithHr: 'Demo: the staff PIN is {{pin}}; the HR PIN (export only) is {{hrPin}}',
  },
  pinRules: {
    format: 'Enter 4 to 8 digits',
    mismatch: 'The two PINs are not the same',
  },
  newPin: {
    new: 'New PIN',
    newHint: '4 to 8 digits',
    confirm: 'The same PIN again',
    confirmHint: 'To make sure it was typed as meant',
  },
  setPin: {
    title: 'Choose the staff PIN',
    intro:
      'This kiosk has no staff PIN yet. Choose one now: staff will need it to open this console.',
    save: 'Save the PIN and open the console',
    alreadySet: 'A staff PIN has just been set: enter it to unlock.',
  },
  tabs: {
    label: 'Console sections',
    status: 'Status',
    live: 'Live view',
    sensor: 'Sensor',
    calibration: 'Calibration',
    site: 'Site calibration',
    settings: 'Settings',
    export: 'Export',
    paperwork: 'Paperwork',
  },
  lock: 'Lock',
  exit: {
    button: 'Exit kiosk mode',
    question: 'Leave kiosk mode? Screening stops and the kiosk closes until it is started again.',
    confirm: 'Yes, exit kiosk mode',
    cancel: 'No, stay',
    leaving: 'Leaving kiosk mode…',
  },
  status: statusEn,
  sensor: {
    title: 'Connect the thermal sensor',
    path: 'Serial port',
    pathHint: 'Choose a listed port ({{n}} found) or type its path.',
    noPorts: 'No serial port found: plug the sensor in and refresh, or type the path.',
    pathMissing: 'Choose or type a serial port',
    refresh: 'Refresh the list',
    protocol: 'Protocol',
    autoProtocol: 'Detect automatically',
    baud: 'Baud rate',
    autoBaud: 'Detect automatically',
    connect: 'Connect',
    disconnect: 'Disconnect',
    connecting: 'Connecting to {{path}}…',
    connected: 'Connected to {{path}}: the sensor is streaming.',
    failed: 'Could not connect to {{path}}: {{error}}',
    detecting: 'Listening on {{path}}: {{reason}}',
    disconnected: 'Sensor disconnected.',
    current: 'Sensor link now',
  },
  settings: {
    kioskName: 'Kiosk name',
    kioskNameHint: 'Names this kiosk in the HR export, e.g. Main entrance.',
    decision: 'Decision',
    mode: 'Decision mode',
    modes: {
      threshold: 'Fixed threshold',
      baseline: 'Running baseline',
    },
    modeHint: {
      threshold: 'A second check for any reading above the threshold.',
      baseline:
        'A second check for readings well above the recent typical reading here (the threshold is its starting point).',
    },
    threshold: 'Threshold',
    thresholdHint: 'Guidance uses 37.3–38.0 °C (99.1–100.4 °F).',
    deviation: 'Above the baseline by',
    deviationHint: 'A reading this far above the running baseline is referred.',
    deviationUnused: 'Used in running-baseline mode only.',
    frames: 'Frames per reading',
    framesHint: 'More frames: steadier readings, a longer wait.',
    uncertainty: 'Largest uncertainty accepted',
    uncertaintyHint: 'A less certain reading asks the person to try again.',
    screen: 'Walk-through screen',
    units: 'Temperature unit',
    unitNames: {
      C: 'Celsius (°C)',
      F: 'Fahrenheit (°F)',
    },
    language: 'Default language',
    languageHint: 'The screen returns to it after each person.',
    showTemperature: 'Show the temperature to workers',
    showTemperatureHint:
      'Off by default for privacy: workers see only the result. It is shown, never stored.',
    resultSeconds: 'Back to the welcome screen after (seconds)',
    resultSecondsHint: 'How long a result stays on the screen.',
    sound: 'Sound',
    volume: 'Volume',
    muted: 'Mute the sound cues',
    consoleAndRecords: 'Console and records',
    autoLock: 'Lock the console after (minutes without input)',
    autoLockHint: 'The PIN is needed again after this.',
    retention: 'Keep daily counts for (days)',
    retentionHint: 'Older anonymous counts are deleted.',
    contactLine: 'Contact line for the sign and papers',
    contactLineHint:
      'Printed as typed, e.g. Ask at reception, ext. 214 (plain text, at most {{max}} characters; left empty, a blank line to fill in by hand).',
    discreetReferral: 'Discreet referral',
    discreetReferralHint:
      'A referral then looks like a pass on the screen (colour and sound) and asks the person to see the staff member; the console chimes and shows it.',
    readiness: 'Readiness',
    warmUp: 'Warm-up before verdicts (minutes)',
    warmUpHint:
      'Thermal sensors drift while they warm up: no verdicts for this long after the sensor starts.',
    calibrationDue: 'Camera calibration due after (days)',
    calibrationDueHint:
      'An older camera calibration is shown as overdue on the Status tab and in the footer.',
    withUnit: '{{label}} ({{unit}})',
    save: 'Save settings',
    saved: 'Saved — in use now.',
    fixFields: 'Nothing was saved: correct the marked fields.',
    errors: {
      range: 'Enter a number from {{min}} to {{max}}',
      rangeInUnits: 'Enter a number from {{min}} to {{max}} {{unit}}',
      whole: 'Enter a whole number from {{min}} to {{max}}',
      name: {
        empty: 'Enter a name, e.g. Main entrance',
        long: 'Use at most {{max}} characters',
        formula: 'Must not start with = + - or @',
        control: 'Must not contain control characters',
      },
      contact: {
        long: 'Use at most {{max}} characters',
        markup: 'Plain text only: no < > or &',
        control: 'Must not contain control characters',
      },
    },
  },
  changePin: {
    title: 'Change the staff PIN',
    save: 'Change the PIN',
    done: 'PIN changed. Other open consoles are locked.',
    demoFixed: 'The demo’s PIN is fixed and cannot be changed.',
  },
  hrPin: {
    title: 'HR PIN (export only)',
    intro:
      'A second PIN for HR: it opens only the Export tab (daily counts and their download), nothing else. It must differ from the staff PIN.',
    isSet: 'An HR PIN is set.',
    notSet: 'No HR PIN is set: only staff can open the console.',
    save: 'Save the HR PIN',
    remove: 'Remove the HR PIN',
    saved: 'HR PIN saved. HR can now open the export with it.',
    removed: 'HR PIN removed.',
    demoFixed: 'The demo’s HR PIN is fixed ({{pin}}) and cannot be changed.',
  },
  export: {
    intro:
      'Anonymous counts of this kiosk per day: no names, images or temperatures exist to export.',
    query: 'Counts to show and download',
    from: 'From',
    to: 'To',
    dateHint: 'Both days included.',
    by: 'Rows in the file',
    byOptions: {
      day: 'One row per day',
      hour: 'One row per hour',
    },
    suppress: 'Hide counts below',
    suppressHint:
      'Optional, {{min}} to {{max}}: in the file, smaller counts (but not 0) are written as “<K”, so small groups cannot be singled out. Empty: every count as it is.',
    download: 'Download CSV',
    downloading: 'Preparing the file…',
    downloaded: 'Downloaded {{filename}} ({{count}} rows).',
    downloaded_one: 'Downloaded {{filename}} ({{count}} row).',
    downloaded_other: 'Downloaded {{filename}} ({{count}} rows).',
    fixFields: 'Nothing was downloaded: correct the marked fields.',
    totals: 'Totals for the range',
    screened: 'Screened',
    pass: 'Passed',
    refer: 'Referred for a second check',
    retry: 'Asked to try again',
    chart: 'Screened per day',
    chartLabel:
      'Bar chart of people screened per day, {{from}} to {{to}}: {{screened}} screened, {{pass}} passed, {{refer}} referred, {{retry}} asked to try again. The numbers per day are in the table below the chart.',
    chartFallback: 'The chart cannot be shown; the table below has the same numbers.',
    chartHidden: 'Choose a valid range to see the counts.',
    series: {
      pass: 'Passed',
      refer: 'Referred',
      retry: 'Try again',
    },
    table: 'Show the numbers as a table',
    tableCaption: 'Counts per day, {{from}} to {{to}}',
    date: 'Day',
    total: 'Total',
    errors: {
      date: 'Enter a date',
      order: 'Must not be before “From”',
      'too-long': 'Choose at most {{max}} days',
      suppress: 'Enter a whole number from {{min}} to {{max}}, or leave it empty',
    },
  },
};

export type ConsoleMessages = typeof consoleEn;

/** The keys that must follow the contract (and the console's own tabs). */
interface FollowsContract {
  callError: Record<ApiErrorCode, string>;
  tabs: Record<TabId, string>;
  status: {
    blackbodyState: Record<BlackbodyState, string>;
    roomState: Record<Room, string>;
    calibrationKind: Record<CalibrationInfo['kind'], string>;
    workerState: Record<StaffStatus['worker']['state'], string>;
  };
  settings: {
    modes: Record<DecisionMode, string>;
    modeHint: Record<DecisionMode, string>;
    unitNames: Record<Units, string>;
    errors: { name: Record<NameProblem, string> };
  };
  export: {
    byOptions: Record<ExportGrouping, string>;
    errors: Record<ExportProblem, string>;
  };
}
// A compile-time check only: fails when the contract gains a value English has no text for.
const _followsContract: FollowsContract = consoleEn;
