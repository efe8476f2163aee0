// Readiness before verdicts and the conditions record (English, the reference shape for the other
// languages): the walk-through's warm-up countdown and calibration warning, the Status tab's
// readiness card, and the Export tab's conditions record. Registered as i18next's 'readiness'
// namespace (../index.ts).
export const readinessEn = {
  /** Under "Warming up the sensor" on the paused screen; time is m:ss. */
  countdown: 'Screening starts in {{time}}',
  footer: {
    overdue: 'Camera calibration overdue: calibrate again with the blackbody',
  },
  status: {
    title: 'Ready to screen?',
    verdicts: 'Verdicts',
    ready: 'given now',
    waiting: 'waiting: {{reason}}',
    warmUp: 'Sensor warm-up',
    warmUpLeft: 'ready in {{time}}',
    warmUpDone: 'done',
    room: 'Room',
    roomState: {
      ok: 'in range',
      cold: 'too cold: verdicts wait',
      warm: 'too warm: verdicts wait',
      unknown: 'not reported by this sensor',
    },
    reference: 'Reference blackbody',
    referenceStable: 'stable',
    referenceNone: 'none set up',
    referenceUnstable: 'not stable: verdicts wait',
    calibration: 'Camera calibration',
    calibrationOverdue: 'overdue',
    calibrationCurrent: 'up to date',
    calibrationShipped: 'as shipped (never calibrated on site)',
    overdue:
      'The camera calibration is more than {{days}} days old (setting “{{setting}}”): calibrate again with the blackbody. Screening goes on meanwhile.',
  },
  conditions: {
    title: 'Conditions record',
    intro:
      'For compliance files, one row per day: minutes the kiosk was ready, minutes paused and why, the room’s lowest and highest temperature as the sensor read it, the reference’s stability and the calibration’s age. Durations only: nothing about any person.',
    summary:
      '{{days}} days recorded in the range: {{ready}} minutes ready, {{paused}} minutes paused.',
    empty: 'Nothing recorded in this range yet: the kiosk adds each minute it runs.',
    rangeFirst: 'Choose a valid range above first.',
    download: 'Download conditions record',
    downloading: 'Preparing…',
    downloaded: 'Downloaded {{filename}} ({{count}} rows).',
    downloaded_one: 'Downloaded {{filename}} ({{count}} row).',
    downloaded_other: 'Downloaded {{filename}} ({{count}} rows).',
  },
};

export type ReadinessMessages = typeof readinessEn;
