// Second checks and the referral-rate warning (the console's panel and the Export tab), English:
// the reference shape for the other languages.
import type { ReferralRateCheck } from '@contract/second-checks.js';

type Warning = Exclude<ReferralRateCheck['verdict'], 'ok' | 'not-enough-data'>;

export const secondCheckEn = {
  title: 'Second check',
  waiting: '{{count}} referrals waiting for a second check',
  waiting_one: '{{count}} referral waiting for a second check',
  waiting_other: '{{count}} referrals waiting for a second check',
  ask: 'After the clinical thermometer, tap what it said:',
  outcome: {
    confirmed: 'Confirmed (≥ {{threshold}} on a clinical thermometer)',
    'not-confirmed': 'Not confirmed',
    declined: 'Declined / not checked',
  },
  saving: 'Saving…',
  recorded: 'Recorded.',
  private: 'Only how many of each outcome per hour is kept: no name, no time, no temperature.',
  rate: {
    title: {
      'too-many': 'More referrals than the calibration expects',
      'too-few': 'Fewer referrals than the calibration expects',
    } satisfies Record<Warning, string>,
    causes: {
      'too-many':
        'Usually a cold draught, sunlight on the sensor or on people, or a stale calibration: check the entrance and calibrate again if it is due.',
      'too-few':
        'Usually a blocked view: check that nothing stands between the sensor and people’s faces.',
    } satisfies Record<Warning, string>,
    figures:
      'Last {{days}} days: {{referred}} of {{screened}} people referred ({{observed}} %); the calibration expects {{expected}} % (between {{low}} % and {{high}} % is not a warning).',
  },
  export: {
    title: 'Second checks',
    share:
      'Confirmed: {{confirmed}} of {{checked}} checked referrals ({{share}} %, 95 % interval {{low}}–{{high}} %)',
    noneChecked: 'Confirmed: no referral in this range has a checked outcome yet.',
    declined: 'Declined or not checked: {{n}}',
    referred: 'Referrals in the range: {{n}}',
    confirmed: 'Confirmed',
    notConfirmed: 'Not confirmed',
    declinedShort: 'Declined',
  },
};

export type SecondCheckMessages = typeof secondCheckEn;
