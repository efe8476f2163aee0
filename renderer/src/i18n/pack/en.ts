// The deployment pack (Paperwork tab), English: the reference shape for the other languages. The
// papers describe what the kiosk really does (README: privacy, records, security, accuracy); they
// claim no certification. Blank lines are for the controller to fill in by hand.
export const packEn = {
  tab: {
    intro:
      'Printable papers made from this kiosk’s live settings: the sign for the entrance, a record of processing and a DPIA draft. They are drafts to check, complete and sign, not legal advice.',
    language: 'Language of the papers',
    page: 'Paper',
    pages: { sign: 'Entrance sign', record: 'Record of processing', dpia: 'DPIA draft' },
    paper: 'Paper size',
    papers: { a4: 'A4', letter: 'Letter' },
    print: 'Print',
    loading: 'Reading the settings…',
    failed: 'The papers could not be made: {{error}}',
  },
  common: {
    generated: 'Generated from the settings of {{date}}',
    blank: 'blank line, to fill in by hand',
    kiosk: 'Kiosk',
    contact: 'Contact',
    days: '{{n}} days',
    days_one: '{{n}} day',
    days_other: '{{n}} days',
    minutes: '{{n}} minutes',
    minutes_one: '{{n}} minute',
    minutes_other: '{{n}} minutes',
    on: 'on',
    off: 'off',
  },
  sign: {
    title: 'Temperature screening at this entrance',
    measured:
      'What is measured: the skin temperature of your face, by a thermal sensor, only to decide whether you may go in or should see a staff member for a second check.',
    secondCheck:
      'If you are asked to see the staff, a staff member checks your temperature with a clinical thermometer. The kiosk does not make a diagnosis.',
    notStored:
      'No image, no temperature and nothing that identifies you is stored. The kiosk keeps only anonymous counts per hour: how many people passed, were asked to see the staff or to try again.',
    retention: 'These counts are deleted after {{days}}.',
    questions: 'Questions about this screening:',
  },
  record: {
    title: 'Record of processing activities',
    subtitle: 'Temperature screening kiosk, in the style of GDPR Article 30',
    controller: 'Controller (name and contact details)',
    dpo: 'Data protection officer (if any)',
    legalBasis: 'Legal basis (Articles 6 and 9 GDPR)',
    purposeH: 'Purpose',
    purpose:
      'Screening people at the entrance for a raised skin temperature, so that anyone at or above the threshold is offered a second check with a clinical thermometer before entering. An adjunct to other measures, not a diagnosis.',
    subjectsH: 'Data subjects',
    subjects: 'People who use this entrance.',
    categoriesH: 'Categories of data',
    categories:
      'No personal data is stored. Thermal frames of the face (skin temperature) are processed in the kiosk’s memory only, for about a second, to give a result, and are then discarded. Stored: anonymous counts per date, hour, kiosk and outcome; counts of second-check outcomes per hour; a daily record of the device’s conditions; device events; settings and calibrations.',
    recipientsH: 'Recipients',
    recipientsStaff:
      'Staff role (staff PIN): the walk-through screen and the staff console (status, live view, settings, calibration, counts).',
    recipientsHr: 'HR role (HR PIN): the anonymous counts and their export only.',
    recipientsNone: 'Nobody outside the organisation: nothing is sent anywhere.',
    transfersH: 'Transfers to third countries',
    transfers: 'None: the kiosk opens no network connection beyond the machine itself.',
    retentionH: 'Retention',
    retention:
      'Anonymous counts and device events: {{days}}, then deleted (the rows are overwritten in the file). Thermal frames: never stored.',
    securityH: 'Security measures',
    security: {
      memory: 'Thermal frames stay in memory and are never written to disk or logs.',
      pins: 'The staff console needs a PIN, stored only as a salted hash; wrong PINs lock the pad for longer and longer; the console locks itself after {{minutes}} without input.',
      hr: 'A separate HR PIN opens the counts export only.',
      file: 'The records file is readable by the kiosk’s user account only.',
      network:
        'The kiosk answers only on this machine (127.0.0.1) and opens no outbound connection.',
      audit:
        'Device events (PIN failures, unlocks, exports, settings changed) are kept as an audit trail, without personal data.',
    },
  },
  dpia: {
    title: 'Data protection impact assessment (draft)',
    intro:
      'Generated from the kiosk’s settings to help the controller write the DPIA. It describes what the kiosk does; the assessment of necessity, proportionality and risk, and the sign-off, are the controller’s.',
    purposeH: '1. Purpose and necessity',
    purpose:
      'To offer a second check with a clinical thermometer to people whose skin temperature suggests a fever, before they enter. Thermal screening is an adjunct, not a diagnosis: the US FDA guidance “Enforcement Policy for Telethermographic Systems” (2020) expects a raised reading to be confirmed with a clinical thermometer.',
    necessity:
      'Why screening is needed at this entrance, and why less intrusive measures are not enough:',
    flowsH: '2. Data flows',
    flows: {
      sensor: 'Thermal sensor → the kiosk’s memory: frames of skin temperature, over USB.',
      verdict:
        'Memory → result: the temperature is estimated and compared with the threshold; the screen shows pass, see the staff, or try again. Frames and the estimate are then discarded.',
      count: 'Result → anonymous count: one more for this hour, kiosk and outcome.',
      bundle:
        'Anonymous counts → HR: the CSV export, and signed counts bundles (hourly counts, the site’s and kiosk’s names, the conditions record) downloaded in the console or written every day to a folder staff choose, for HR’s roll-up across sites.',
      nothingElse:
        'Nothing else leaves: no image, no temperature, no identifier, no network connection.',
    },
    storedH: '3. What is and is not stored',
    stored:
      'Stored: anonymous counts per date, hour, kiosk and outcome; second-check outcomes (confirmed, not confirmed, declined) counted per hour; a daily record of conditions (minutes ready, minutes paused by reason, room minimum and maximum, calibration age); device events; settings; calibrations (the fit only).',
    notStored:
      'Not stored: images, anyone’s temperature, names or any identifier, the time of a visit, the clinical thermometer’s reading.',
    retentionH: '4. Retention',
    retention:
      'Counts and device events are deleted after {{days}} (the “keep counts for” setting), checked every day.',
    accessH: '5. Who can see what',
    accessScreen:
      'The person screened, and anyone nearby: the result on the screen (pass, see the staff, try again).',
    temperatureShown:
      'The estimated temperature is also shown on the screen (a setting); never stored.',
    temperatureHidden: 'The temperature is not shown on the screen.',
    discreetOn:
      'Discreet referral is on: a referral looks like a pass and asks the person to see the staff member.',
    discreetOff: 'Discreet referral is off: a referral is shown as such on the screen.',
    accessStaff:
      'Staff (staff PIN): the staff console, including a live thermal view that is never stored.',
    accessHr: 'HR (HR PIN): the anonymous counts and their export only.',
    accuracyH: '6. Accuracy of the sensor in use, and its limits',
    noSensor:
      'No sensor is streaming now: connect it and open this page again to include its figures.',
    sensor: 'Sensor',
    canScreen: 'It can screen, within the distances the kiosk enforces.',
    cannotScreen: 'It cannot screen reliably at any distance: the kiosk gives no verdicts with it.',
    mae: 'Mean absolute error',
    sensitivity: 'Fevers referred (sensitivity)',
    specificity: 'Normal temperatures passed (specificity)',
    notAvailable: 'not available',
    source: 'Source',
    limits: 'Limits',
    englishNote: 'The source and the limits are given in English, as the kiosk reports them.',
    noPerfect:
      'No screening is perfect: some people with a fever will pass and some without will be referred. This is why every referral is checked with a clinical thermometer and the kiosk is never the only measure.',
    procedureH: '7. Secondary-check procedure',
    procedure: {
      check:
        'After every referral, a staff member takes the person’s temperature with a clinical thermometer, away from others.',
      confirmed: 'If it is {{threshold}} or more, the person follows this procedure:',
      record:
        'Staff record only the outcome (confirmed, not confirmed, declined or not checked) with one tap in the console: an anonymous count per hour, never the reading or the person.',
      adjunct: 'The kiosk is an adjunct (FDA guidance, 2020): it never decides alone.',
    },
    risksH: '8. Risks and mitigations',
    risk: 'Risk',
    mitigation: 'Mitigation',
    risks: {
      identify: 'Someone identified from stored data',
      identifyM:
        'Nothing identifying is stored: counts per hour only; small counts can be hidden in exports.',
      bystanders: 'Health information seen by bystanders',
      bystandersM:
        'Only a result is shown (the temperature is hidden by default); discreet referral can make a referral look like a pass.',
      missed: 'A fever missed',
      missedM: 'A borderline reading is referred; site calibration; other measures stay in place.',
      wrong: 'Someone referred without a fever',
      wrongM:
        'A clinical thermometer decides; outcomes are counted so staff see the referral rate.',
      access: 'Unauthorised access to the console or the records',
      accessM:
        'PINs with lockout, auto-lock, HR limited to the export, records readable by the kiosk’s user only, no network.',
      misuse: 'Use for another purpose (e.g. attendance)',
      misuseM: 'No identifiers or visit times exist; exports hold counts only.',
      environment: 'Readings disturbed by the room or the sensor',
      environmentM:
        'Warm-up, room range and a stable reference are checked before verdicts; an overdue calibration is flagged.',
    },
    settingsH: '9. Settings in force',
    decision: 'Decision',
    fixed: 'refer at {{threshold}} or above',
    baseline:
      'refer above the recent typical reading + {{deviation}} (starting from {{threshold}})',
    warmUp: 'Warm-up before verdicts',
    discreet: 'Discreet referral',
    showTemperature: 'Temperature shown on the screen',
    keepCounts: 'Keep counts for',
    signH: '10. Sign-off',
    preparedBy: 'Prepared by (name, role, date)',
    dpoAdvice: 'Advice of the data protection officer (date)',
    approvedBy: 'Approved by the controller (name, signature, date)',
    review: 'Next review date',
  },
};

export type PackMessages = typeof packEn;
