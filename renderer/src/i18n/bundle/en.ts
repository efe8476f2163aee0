// Signed counts bundles for HR's multi-site roll-up (the Export tab's section and the two settings),
// English: the reference shape for the other languages. Plural keys keep a bare form worded to suit
// any number, for the forms English lacks (see console/en.ts).
import type { FolderProblem, SiteProblem } from '../../console/settings/bundle-settings';

export const bundleEn = {
  title: 'Signed bundle for HR’s roll-up',
  intro:
    'A file of this kiosk’s hourly counts for the range above, signed by the kiosk, for HR to combine with other kiosks’ in the multi-site roll-up. Counts only: nothing about any person.',
  fingerprint: 'This kiosk’s key fingerprint',
  register: 'HR registers this kiosk by adding this fingerprint to the roll-up’s key list.',
  site: 'Site',
  kiosk: 'Kiosk',
  daily: 'Every day',
  download: 'Download signed bundle',
  downloading: 'Signing the bundle…',
  saved: 'Saved a bundle of {{count}} days: {{filename}}',
  saved_one: 'Saved a bundle of {{count}} day: {{filename}}',
  saved_other: 'Saved a bundle of {{count}} days: {{filename}}',
  tooLong: 'Nothing was downloaded: a bundle holds at most {{max}} days, so shorten the range.',
  folder: {
    off: 'Off: no folder is set (staff can choose one in Settings).',
    writes: 'Writes to {{folder}} every day; last written {{when}}.',
    notYet: 'Writes to {{folder}} every day; nothing written there yet.',
    /** The kiosk's own sentence (English, from the core, already saying what failed). */
    problem: '{{problem}}',
  },
  settings: {
    legend: 'Signed bundles for HR’s roll-up',
    siteName: 'Site name',
    siteNameHint:
      'The site HR groups this kiosk under in the roll-up, e.g. Head office (at most {{max}} characters).',
    bundleFolder: 'Folder for the daily bundle',
    bundleFolderHint:
      'The kiosk writes this month’s (and last month’s) signed bundle to this folder every day, e.g. a USB stick or a share the operating system mounted. The kiosk itself opens no network connection. Leave empty for never.',
    errors: {
      site: {
        empty: 'Enter a name, e.g. Head office',
        long: 'Use at most {{max}} characters',
        formula: 'Must not start with = + - or @',
        control: 'Must not contain control characters',
      } satisfies Record<SiteProblem, string>,
      folder: {
        relative:
          'Enter a full path, e.g. /media/usb/bundles or E:\\bundles, or leave it empty for never',
        long: 'Use at most {{max}} characters',
        control: 'Must not contain control characters',
      } satisfies Record<FolderProblem, string>,
    },
  },
};

export type BundleMessages = typeof bundleEn;
