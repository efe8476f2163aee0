// Every walk-through screen (measuring, pass, refer, the retries, idle) fits 1920×1080, 1080×1920
// and 800×480 in every language, in Debian's Chromium: fifteen pages on one kiosk, each checking
// its own layout whenever its screen changes.
import { expect, test } from './fixtures/kiosk.js';
import { WITH_SOUND_CUES } from './fixtures/chromium.js';
import { recordLayouts, screenLayouts, watchProblems } from './kiosk-checks.js';
import { LANGUAGES, SIZES, withLanguage } from './screen-page.js';

// As the other screens specs (one browser for them all).
test.use(WITH_SOUND_CUES);

// The first person (too far) leaves time for every page to connect before the pass.
test.use({
  kioskSetup: { args: ['--sequence', 'far,normal,fever,cold,pair', '--seed', '3', '--rate', '5'] },
});

test.describe('layouts: 1920×1080, 1080×1920 and 800×480, in every language', () => {
  test('nothing overflows or is cut off on any screen', async ({ browser, kiosk }) => {
    test.setTimeout(150_000);
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const pages = await Promise.all(
      SIZES.flatMap((size) =>
        LANGUAGES.map(async (lang) => {
          const page = await context.newPage();
          const problems = watchProblems(page);
          await recordLayouts(page);
          await page.setViewportSize(size);
          await page.goto(withLanguage(kiosk.kioskUrl, lang));
          return { page, problems, label: `${lang} ${size.width}×${size.height}` };
        }),
      ),
    );
    // Each page checks its layout itself whenever its screen changes: a verdict is up only while
    // the person stands there, too short to visit fifteen pages in turn.
    const checkAll = async (name: string, reason?: string): Promise<void> => {
      const key = reason ? `${name}:${reason}` : name;
      for (const { page, label } of pages) {
        await expect
          .poll(async () => key in (await screenLayouts(page)), {
            message: `${key} shown on ${label}`,
            timeout: 45_000,
          })
          .toBe(true);
        expect((await screenLayouts(page))[key], `${key} ${label}`).toEqual([]);
      }
    };
    await checkAll('measuring');
    await checkAll('pass');
    await checkAll('refer');
    await checkAll('retry', 'too-cold');
    await checkAll('retry', 'one-person');
    await checkAll('idle');
    for (const { problems, label } of pages) expect(problems, label).toEqual([]);
    await context.close();
  });
});
