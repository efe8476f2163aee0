// The walk-through screens end to end in Debian's Chromium: every screen reached from the simulator
// (paused from a kiosk started without a sensor), the wording, live guidance and sound cues, the
// language switch (Arabic right to left), axe-core on each screen, and three screen sizes.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { tempDir } from '../support/paths.js';
import { startDemoHost, startKioskHost, withLanguage, type DemoHost } from './demo-host.js';
import {
  axeFindings,
  expectAccessible,
  layoutProblems,
  recordScreens,
  recordLayouts,
  recordTones,
  screenLayouts,
  screensSeen,
  tonesPlayed,
  watchProblems,
} from './kiosk-checks.js';

// The browser kiosk launches Chromium with this autoplay policy (electron/cli/browser.ts), and so
// do these tests, so the sound cues play without a tap first. demo.spec.ts runs without it: there
// the cues are blocked, and must fail silently.
test.use({
  locale: 'en-US',
  launchOptions: {
    executablePath: process.env.KIOSK_TEST_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--autoplay-policy=no-user-gesture-required',
    ],
  },
});

const GUIDANCE: Record<string, string> = {
  'step-closer': 'Please step closer',
  'step-back': 'Please step back a little',
  'hold-still': 'Please hold still',
  'one-person': 'One person at a time, please',
  measuring: 'Measuring…',
};

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 800, height: 480 },
];
const LANGUAGES = ['en', 'es', 'fr', 'zh', 'ar'];

const TIMEOUT = { timeout: 30_000 };

function screen(page: Page, name: string, reason?: string) {
  return page.locator(
    reason ? `[data-screen="${name}"] [data-reason="${reason}"]` : `[data-screen="${name}"]`,
  );
}

function heading(page: Page, name: string) {
  return page.locator('main').getByRole('heading', { level: 1, name, exact: true });
}

test.afterAll(() => {
  // For the run's record: every axe finding, including the moderate and minor ones that pass.
  console.log(`axe findings (all impacts): ${axeFindings.length}`);
  for (const f of axeFindings) console.log(`  ${f.where}: ${f.id} (${f.impact}) ${f.help}`);
});

test.describe('from the simulator: normal, fever, far, cold, pair', () => {
  let host: DemoHost;

  test.beforeAll(async () => {
    // Half the default frame rate: each screen stays up long enough for axe to run on it.
    host = await startDemoHost([
      '--sequence',
      'normal,fever,far,cold,pair',
      '--seed',
      '3',
      '--rate',
      '4',
      '--db',
      join(tempDir(), 'counts.sqlite'),
    ]);
  });

  test.afterAll(async () => {
    await host?.stop();
  });

  test('measuring, pass, refer, retry and idle read right, pass axe, and verdicts chime', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const problems = watchProblems(page);
    await page.addInitScript(recordScreens);
    await page.addInitScript(recordTones);
    await page.goto(host.kioskUrl);
    const main = page.locator('main');

    // Measuring: the live guidance is the headline, over the progress bar.
    await expect(screen(page, 'measuring')).toBeVisible({ timeout: 20_000 });
    await expect(main.locator('progress')).toBeVisible();
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(
      new RegExp(`^(${Object.values(GUIDANCE).join('|')})$`),
    );
    await expectAccessible(page, 'measuring');

    // Pass: a soft rising two-note chime.
    await expect(screen(page, 'pass')).toBeVisible(TIMEOUT);
    await expect(heading(page, 'You may enter')).toBeVisible();
    await expectAccessible(page, 'pass');
    await expect.poll(() => tonesPlayed(page)).toHaveLength(2);
    const [pass1, pass2] = (await tonesPlayed(page)) as [number, number];
    expect(pass2).toBeGreaterThan(pass1);

    // Refer: a request for a second check, never a diagnosis; a gentler, lower two-note tone.
    await expect(screen(page, 'refer')).toBeVisible(TIMEOUT);
    await expect(heading(page, 'Please see staff for a quick second check')).toBeVisible();
    await expect(
      main.getByText(
        'This is a screening, not a diagnosis. Staff will confirm with a clinical thermometer.',
      ),
    ).toBeVisible();
    await expectAccessible(page, 'refer');
    await expect.poll(() => tonesPlayed(page)).toHaveLength(4);
    const [, , refer1, refer2] = (await tonesPlayed(page)) as number[];
    expect(refer1).not.toBe(refer2);
    expect(Math.max(refer1!, refer2!)).toBeLessThan(Math.min(pass1, pass2));

    // Retries, each reason in plain words.
    await expect(screen(page, 'retry', 'too-far')).toBeVisible(TIMEOUT);
    await expect(heading(page, 'Please step closer')).toBeVisible();
    await expect(main.getByText('Please try again')).toBeVisible();
    await expectAccessible(page, 'retry (too far)');

    await expect(screen(page, 'retry', 'too-cold')).toBeVisible(TIMEOUT);
    await expect(
      heading(
        page,
        'You seem to have just come in from the cold — please wait a few minutes, then try again',
      ),
    ).toBeVisible();
    await expectAccessible(page, 'retry (too cold)');

    // Two people at once.
    await expect(screen(page, 'retry', 'one-person')).toBeVisible(TIMEOUT);
    await expect(heading(page, 'One person at a time, please')).toBeVisible();
    await expectAccessible(page, 'retry (one person)');

    // Idle: how to use it, and what it keeps (nothing personal).
    await expect(screen(page, 'idle')).toBeVisible(TIMEOUT);
    await expect(heading(page, 'Please step up to the screen')).toBeVisible();
    for (const step of ['One person at a time', 'Remove hat and glasses', 'Look at the sensor'])
      await expect(main.getByRole('listitem').filter({ hasText: step })).toBeVisible();
    await expect(
      main.getByText('No images, no names and no temperatures are stored.'),
    ).toBeVisible();
    await expectAccessible(page, 'idle');
    expect(await layoutProblems(page)).toEqual([]);

    // Retries make no sound: still the two verdict cues only.
    expect(await tonesPlayed(page)).toHaveLength(4);

    // Everything the screen showed, in order: each guidance with its words, and the verdicts.
    const seen = await screensSeen(page);
    const measuring = seen.filter((s) => s.screen === 'measuring');
    for (const m of measuring) expect(m.title).toBe(GUIDANCE[m.guidance ?? '']);
    expect([...new Set(measuring.map((m) => m.guidance))]).toEqual(
      expect.arrayContaining(['step-closer', 'hold-still', 'one-person', 'measuring']),
    );
    const verdicts = seen
      .filter((s) => s.screen === 'pass' || s.screen === 'refer' || s.screen === 'retry')
      .map((s) => (s.reason ? `${s.screen}:${s.reason}` : s.screen));
    expect(verdicts).toEqual([
      'pass',
      'refer',
      'retry:too-far',
      'retry:too-cold',
      'retry:one-person',
    ]);

    // The language switch: Arabic reads right to left and the layout mirrors.
    const languages = page.getByTestId('language-switch');
    await languages.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(heading(page, 'يُرجى التقدّم نحو الشاشة')).toBeVisible();
    await expect(languages.getByRole('button', { name: 'العربية' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const switchBox = (await languages.boundingBox())!;
    expect(switchBox.x).toBeGreaterThan(page.viewportSize()!.width / 2);
    await expectAccessible(page, 'idle (Arabic)');
    expect(await layoutProblems(page)).toEqual([]);

    await languages.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(heading(page, '请走到屏幕前')).toBeVisible();
    await expect(page.getByText('不存储任何图像、姓名或体温。')).toBeVisible();
    expect((await languages.boundingBox())!.x).toBeLessThan(page.viewportSize()!.width / 2);
    await expectAccessible(page, 'idle (Chinese)');

    expect(problems).toEqual([]);
  });
});

test.describe('paused: a kiosk started without a sensor', () => {
  let host: DemoHost;

  test.beforeAll(async () => {
    host = await startKioskHost('start', ['--db', join(tempDir(), 'counts.sqlite')]);
  });

  test.afterAll(async () => {
    await host?.stop();
  });

  test('says screening is paused, and why, in every language; passes axe', async ({ page }) => {
    const problems = watchProblems(page);
    await page.goto(host.kioskUrl);
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
  }) => {
    const open = async (locale: string, url: string) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(url);
      await expect(screen(page, 'paused')).toBeVisible(TIMEOUT);
      return { page, problems };
    };

    const fromUrl = await open('es-ES', withLanguage(host.kioskUrl, 'fr'));
    await expect(heading(fromUrl.page, 'Dépistage en pause — personnel prévenu')).toBeVisible();
    await expect(fromUrl.page.locator('html')).toHaveAttribute('lang', 'fr');

    // The browser's own language does not decide: the staff's default (English here) does.
    const fromSettings = await open('es-ES', host.kioskUrl);
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

  test('fits 1920×1080, 1080×1920 and 800×480 in every language', async ({ page }) => {
    const problems = watchProblems(page);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const lang of LANGUAGES) {
        await page.goto(withLanguage(host.kioskUrl, lang));
        await expect(screen(page, 'paused', 'sensor-disconnected')).toBeVisible(TIMEOUT);
        expect(await layoutProblems(page), `paused ${lang} ${size.width}×${size.height}`).toEqual(
          [],
        );
      }
    }
    expect(problems).toEqual([]);
  });
});

test.describe('layouts: 1920×1080, 1080×1920 and 800×480, in every language', () => {
  let host: DemoHost;

  test.beforeAll(async () => {
    // The first person (too far) leaves time for every page to connect before the pass.
    host = await startDemoHost([
      '--sequence',
      'far,normal,fever,cold,pair',
      '--seed',
      '3',
      '--rate',
      '5',
      '--db',
      join(tempDir(), 'counts.sqlite'),
    ]);
  });

  test.afterAll(async () => {
    await host?.stop();
  });

  test('nothing overflows or is cut off on any screen', async ({ browser }) => {
    test.setTimeout(150_000);
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const pages = await Promise.all(
      SIZES.flatMap((size) =>
        LANGUAGES.map(async (lang) => {
          const page = await context.newPage();
          const problems = watchProblems(page);
          await recordLayouts(page);
          await page.setViewportSize(size);
          await page.goto(withLanguage(host.kioskUrl, lang));
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
