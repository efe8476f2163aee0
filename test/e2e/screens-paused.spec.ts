// The paused screen of a kiosk started without a sensor, in Debian's Chromium: why it is paused,
// in every language (Arabic right to left) with axe-core on it; the language it starts in (?lang,
// else the staff's default, never the browser's; an on-screen choice not kept); and that it fits
// three screen sizes in every language.
import { expect, test } from './fixtures/kiosk.js';
import { WITH_SOUND_CUES } from './fixtures/chromium.js';
import { expectAccessible, layoutProblems, watchProblems } from './kiosk-checks.js';
import { heading, LANGUAGES, screen, SIZES, TIMEOUT, withLanguage } from './screen-page.js';

// As the other screens specs (one browser for them all): the sound cues are not what is tested.
test.use(WITH_SOUND_CUES);
test.use({ kioskSetup: { command: 'start' } });

test.describe('paused: a kiosk started without a sensor', () => {
  test('says screening is paused, and why, in every language; passes axe', async ({
    page,
    problems,
  }) => {
    await expect(screen(page, 'paused', 'sensor-disconnected')).toBeVisible(TIMEOUT);
    await expect(heading(page, 'Screening paused — staff notified')).toBeVisible();
    await expect(page.locator('main').getByText('Thermal sensor not connected')).toBeVisible();
    await expect(page.getByTestId('sensor-status')).toBeVisible();
    await expect(page.getByTestId('connection-state')).toContainText('open');
    await expectAccessible(page, 'paused');

    const languages = page.getByTestId('language-switch');
    await languages.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(heading(page, 'الفحص متوقف مؤقتًا — تم إبلاغ الموظفين')).toBeVisible();
    await expect(page.locator('main').getByText('المستشعر الحراري غير متصل')).toBeVisible();
    await expectAccessible(page, 'paused (Arabic)');
    for (const [label, title] of [
      ['Español', 'Control en pausa: se ha avisado al personal'],
      ['Français', 'Dépistage en pause — personnel prévenu'],
      ['中文', '筛查已暂停 — 已通知工作人员'],
    ] as const) {
      await languages.getByRole('button', { name: label }).click();
      await expect(heading(page, title)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    }
    expect(problems).toEqual([]);
  });

  test("starts in ?lang, else the staff's default language; an on-screen choice is not kept", async ({
    browser,
    kiosk,
  }) => {
    const open = async (locale: string, url: string) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(url);
      await expect(screen(page, 'paused')).toBeVisible(TIMEOUT);
      return { page, problems };
    };

    const fromUrl = await open('es-ES', withLanguage(kiosk.kioskUrl, 'fr'));
    await expect(heading(fromUrl.page, 'Dépistage en pause — personnel prévenu')).toBeVisible();
    await expect(fromUrl.page.locator('html')).toHaveAttribute('lang', 'fr');

    // The browser's own language does not decide: the staff's default (English here) does.
    const fromSettings = await open('es-ES', kiosk.kioskUrl);
    await expect(heading(fromSettings.page, 'Screening paused — staff notified')).toBeVisible();

    // Chosen on screen: holds for this visit, and is gone after a reload (the next person).
    await fromSettings.page
      .getByTestId('language-switch')
      .getByRole('button', { name: 'العربية' })
      .click();
    await expect(fromSettings.page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(heading(fromSettings.page, 'الفحص متوقف مؤقتًا — تم إبلاغ الموظفين')).toBeVisible();
    await fromSettings.page.reload();
    await expect(heading(fromSettings.page, 'Screening paused — staff notified')).toBeVisible();
    await expect(fromSettings.page.locator('html')).toHaveAttribute('dir', 'ltr');

    for (const { problems } of [fromUrl, fromSettings]) expect(problems).toEqual([]);
  });

  test('fits 1920×1080, 1080×1920 and 800×480 in every language', async ({
    page,
    kiosk,
    problems,
  }) => {
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const lang of LANGUAGES) {
        await page.goto(withLanguage(kiosk.kioskUrl, lang));
        await expect(screen(page, 'paused', 'sensor-disconnected')).toBeVisible(TIMEOUT);
        expect(await layoutProblems(page), `paused ${lang} ${size.width}×${size.height}`).toEqual(
          [],
        );
      }
    }
    expect(problems).toEqual([]);
  });
});
