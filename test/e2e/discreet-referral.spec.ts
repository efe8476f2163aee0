// Discreet referral end to end in Chromium over the browser kiosk. Staff turn it on in Settings;
// the kiosk restarts on the same database (the setting is kept) and people walk past: a refer then
// wears the pass's colour, tick and chime, says only "Please see the staff member" and shows no
// estimate, while it is still counted as a refer; with the console open, the next refer chimes
// there (its own cue) and the waiting referral is made prominent.
import { consoleView, saveSettings, unlock } from './console-page.js';
import { WITH_SOUND_CUES } from './fixtures/chromium.js';
import { expect, test } from './fixtures/kiosk.js';
import {
  expectAccessible,
  recordScreens,
  recordTones,
  screensSeen,
  tonesPlayed,
} from './kiosk-checks.js';
import { TIMEOUT } from './screen-page.js';

test.use(WITH_SOUND_CUES);
test.use({
  kioskSetup: {
    args: ['--sequence', 'normal', '--seed', '3', '--warm-up', '0'],
    initScripts: [recordScreens, recordTones],
  },
});

const PASS_TONES = [659.25, 880];
const CONSOLE_CHIME = [783.99, 587.33];

test('a discreet refer looks and sounds like a pass, is counted as a refer, and chimes at the console', async ({
  page,
  kiosk,
  problems,
}) => {
  test.setTimeout(180_000);
  // Staff turn discreet referral on (off by default) and show the estimate, which a discreet
  // refer must still not show.
  await expect(page.getByTestId('today-counts')).toContainText('1 screened', { timeout: 60_000 });
  await unlock(page);
  await saveSettings(page, async (p) => {
    await expect(p.getByTestId('setting-discreet-referral')).not.toBeChecked();
    await p.getByTestId('setting-discreet-referral').check();
    await p.getByTestId('setting-show-temperature').check();
  });

  // Same database, new people: a pass, a refer, a pass, a refer.
  const next = await kiosk.restart([
    '--sequence',
    'normal,fever,normal,fever',
    '--seed',
    '3',
    '--rate',
    '4',
    '--warm-up',
    '0',
  ]);
  await page.goto(next.kioskUrl);
  // The old page's link to the stopped kiosk failed while it restarted, as it should: only what
  // happens from here on counts.
  problems.length = 0;

  // The refer: data-screen stays the truth for staff tools; everything a bystander sees is a pass.
  const refer = page.locator('[data-screen="refer"]');
  await expect(refer).toBeVisible({ timeout: 60_000 });
  await expect(refer).toHaveClass(/app-pass/);
  await expect(refer.locator('.screen-pass.screen-discreet')).toBeVisible();
  await expect(refer.getByRole('heading', { level: 1 })).toHaveText('Please see the staff member');
  await expect(refer.getByTestId('shown-temperature')).toHaveCount(0);
  await expect(refer.getByText('second check')).toHaveCount(0);
  await expectAccessible(page, 'discreet refer');
  // Its chime is the pass's, note for note (the pass before it played the same two).
  await expect.poll(() => tonesPlayed(page)).toHaveLength(4);
  expect(await tonesPlayed(page)).toEqual([...PASS_TONES, ...PASS_TONES]);
  const titles = (await screensSeen(page)).map((s) => `${s.screen}: ${s.title}`);
  expect(titles).toContain('refer: Please see the staff member');

  // The console, open before the second refer: the first waits, the second chimes there.
  await unlock(page);
  await expect(page.getByTestId('second-check-waiting')).toHaveText(
    '1 referral waiting for a second check',
  );
  await expect(page.getByTestId('second-check-waiting')).toHaveText(
    '2 referrals waiting for a second check',
    { timeout: 60_000 },
  );
  await expect(page.getByTestId('second-check-panel')).toHaveAttribute('data-prominent', 'true');
  // The console's chime came after the first four tones (it plays only with the console open).
  // (AudioParam values are 32-bit floats: compared to the hundredth of a hertz.)
  const tones = (await tonesPlayed(page)).map((hz) => Math.round(hz * 100) / 100);
  const chime = tones.indexOf(CONSOLE_CHIME[0]!);
  expect(chime, tones.join(', ')).toBeGreaterThanOrEqual(4);
  expect(tones.slice(chime, chime + 2)).toEqual(CONSOLE_CHIME);
  // The worker heard a pass for it, never the refer's tone.
  expect(tones).not.toContain(329.63);
  await expectAccessible(page, 'console: a discreet referral waiting');

  // Counted as refers: today's counts say 2 referred (the Export tab's total).
  await page.getByTestId('tab-export').click();
  await expect(consoleView(page, 'export')).toBeVisible();
  await expect(page.getByTestId('export-total-refer')).toHaveText('2', TIMEOUT);
  expect(problems).toEqual([]);
});
